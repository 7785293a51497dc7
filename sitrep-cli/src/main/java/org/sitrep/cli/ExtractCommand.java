package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.pipeline.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ./sitrep extract: articles in, one JSON object per article out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract entities, places, times, statements and events from articles (JSON Lines or a .txt file).")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE|-",
      description = "JSON Lines input, a .txt article, a .json, .html, .rss, .atom or .xml file, or - for stdin (default: -).")
  String in = "-";

  @Option(names = "--out", paramLabel = "FILE|-", description = "JSON Lines output, or - for stdout (default: -).")
  String out = "-";

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that have none; anchors relative dates like 'yesterday'.")
  String published;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: 1).")
  int threads = 1;

  @Option(names = "--max-chars", paramLabel = "N", description = "Refuse articles longer than this (default: ${DEFAULT-VALUE}).")
  int maxChars = ExtractorConfig.DEFAULT_MAX_CHARS;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
    LocalDate date;
    try {
      date = published == null ? null : ArticleParser.parseDate(published, "--published");
    } catch (BadInputException e) {
      throw new UsageException(e.getMessage());
    }
    ObjectMapper mapper = new ObjectMapper();
    try (InputReader input = InputReader.open(in, System.in, date); Writer w = OutputTarget.open(out, spec)) {
      Extractor extractor = new Extractor(new ExtractorConfig(maxChars, true));
      ExtractionRunner runner = new ExtractionRunner(extractor, mapper, date);
      int failed = runner.run(input, threads, r -> {
        try {
          w.write(mapper.writeValueAsString(r.json()));
          w.write('\n');
          if (r.failed()) spec.commandLine().getErr().println("sitrep extract: " + r.json().get("error").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      w.flush();
      return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
  }

}
