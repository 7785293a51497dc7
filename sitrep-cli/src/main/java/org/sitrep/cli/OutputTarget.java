package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command writes its data: a UTF-8 file, or "-" for the command line's stdout. */
final class OutputTarget {
  private OutputTarget() {}

  static Writer open(String out, CommandSpec spec) throws IOException {
    if (out.equals("-")) {
      // Closing only flushes: stdout belongs to the command line, which tests capture.
      return new BufferedWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException { flush(); }
      };
    }
    return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
  }
}
