package org.sitrep.cli;

import org.sitrep.store.SourceRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.core.extract.ArticleWorkers;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.json.ExtractionJson;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Runs the extractor over input records on N threads and hands results on in input order. A record that fails
 * becomes its own {"id","error"} object and the run goes on.
 */
final class ExtractionRunner {
  /** Result of one record: the output object and whether it is an error line. */
  record Result(ObjectNode json, boolean failed) {}

  private final Extractor extractor;
  private final ArticleParser parser = new ArticleParser();
  private final ExtractionJson json;
  private final LocalDate published;

  ExtractionRunner(Extractor extractor, ObjectMapper mapper, LocalDate published) {
    this.extractor = extractor;
    this.json = new ExtractionJson(mapper);
    this.published = published;
  }

  /** Processes all records; returns the number of failed ones. */
  int run(Iterator<SourceRecord> records, int threads, Consumer<Result> sink) throws InterruptedException {
    int failed = 0;
    if (threads <= 1) {
      while (records.hasNext()) failed += emit(process(records.next()), sink);
      return failed;
    }
    ExecutorService pool = ArticleWorkers.create(threads, "sitrep-extract");
    try {
      ArrayDeque<Future<Result>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      while (records.hasNext()) {
        SourceRecord r = records.next();
        window.add(pool.submit(() -> process(r)));
        if (window.size() >= maxInFlight) failed += emit(get(window.poll()), sink);
      }
      while (!window.isEmpty()) failed += emit(get(window.poll()), sink);
    } finally {
      pool.shutdownNow();
    }
    return failed;
  }

  private static int emit(Result r, Consumer<Result> sink) {
    sink.accept(r);
    return r.failed() ? 1 : 0;
  }

  private static Result get(Future<Result> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  Result process(SourceRecord r) {
    String id = r.article() != null ? r.article().id() : null;
    try {
      Article a = r.article();
      if (a == null) {
        id = parser.idOf(r.json());
        a = parser.parse(r.json(), r.where(), r.where(), published);
        id = a.id();
      }
      return new Result(json.write(extractor.extract(a)), false);
    } catch (BadInputException e) {
      String msg = e.getMessage();
      return new Result(json.error(id, msg.startsWith(r.where()) ? msg : r.where() + ": " + msg), true);
    } catch (RuntimeException | StackOverflowError e) {
      // An article that breaks a stage must not end the run: report it against its line and go on.
      return new Result(json.error(id, r.where() + ": extraction failed: " + e), true);
    }
  }
}
