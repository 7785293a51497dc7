package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.core.pipeline.PipelineConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the sub-commands; errors map to CONTRACT.md's exit codes in one place. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Who did what to whom, where and when, and who said so: events and statements from conflict news.",
    subcommands = {ExtractCommand.class, IngestCommand.class, ExportCommand.class, QueryCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required (extract, bench, eval)");
  }

  /** A configured command line: usage errors exit 2, missing or broken resources 3, bad input 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepCommand());
    cl.setExitCodeExceptionMapper(SitrepCommand::exitCode);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      err.println("sitrep " + cmd.getCommandName() + ": " + message(ex));
      err.flush();
      return exitCode(ex);
    });
    return cl;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException || ex instanceof UsageException) return ExitCodes.USAGE;
    if (ex instanceof ResourceFormatException || ex instanceof PipelineConfigException) return ExitCodes.RESOURCE;
    if (ex instanceof BadInputException) return ExitCodes.SOME_INPUT_FAILED;
    if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) return ExitCodes.RESOURCE;
    return ExitCodes.RESOURCE;
  }

  private static String message(Throwable ex) {
    String m = ex.getMessage();
    return m == null ? ex.getClass().getSimpleName() : m;
  }
}
