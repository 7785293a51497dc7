package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sitrep.core.extract.ArticleWorkers;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Reads articles from files and folders, extracts those not yet stored on N threads, and stores each in its own
 * transaction as soon as it is extracted, in input order. Idempotent: an article (same id, same text) is extracted
 * and stored once, however often it is ingested. Resumable: killed at any moment, a run loses at most the articles
 * in flight, and the next run picks up where it stopped. A bad record is counted with its message and the run goes
 * on. An article with a title is read and stored as headline and text ({@link HeadlineText}). Ends by re-clustering
 * events across articles.
 */
public final class Ingest {
  private final Store store;
  private final ArticleProcessor processor;
  private final int threads;
  private final Clusterer clusterer;
  private final ArticleParser parser = new ArticleParser();
  private LocalDate defaultPublished;

  public Ingest(Store store, ArticleProcessor processor, int threads, Clusterer clusterer) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.store = store;
    this.processor = processor;
    this.threads = threads;
    this.clusterer = clusterer;
  }

  public Ingest(Store store, ArticleProcessor processor, int threads) {
    this(store, processor, threads, new Clusterer(ClusterRule.DEFAULT));
  }

  /**
   * The publication date for articles that carry none (a .txt file, a feed item without a date), so their relative
   * times can be resolved; null (the default) leaves them unresolved. Set before {@link #run}.
   */
  public Ingest withDefaultPublished(LocalDate published) {
    this.defaultPublished = published;
    return this;
  }

  private Article dated(Article a) {
    if (a.published() != null || defaultPublished == null) return a;
    return new Article(a.id(), a.text(), defaultPublished, a.title(), a.source(), a.url(), a.lang());
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** An article read from the input and what became of it. */
  private record Outcome(String where, Article article, ObjectNode extraction, String error) {}

  /** Ingests every article under {@code paths}; a path that does not exist is an IllegalArgumentException. */
  public IngestSummary run(List<Path> paths, IngestListener listener) throws InterruptedException {
    List<String> unreadable = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p) && ArticleSource.files(List.of(p)).isEmpty()) {
        unreadable.add(p + ": no article files in this folder (expected " + ArticleSource.FILE_KINDS + ")");
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path f : ArticleSource.files(paths)) {
      if (size(f) == 0) unreadable.add(f + ": empty file (0 bytes), no articles in it");
      else files.add(f);
    }
    listener.started(ArticleSource.count(files));
    Tally tally = new Tally(listener);
    unreadable.forEach(tally::failed);
    ExecutorService pool = ArticleWorkers.create(threads, "sitrep-ingest");
    // Keys of articles read in this run: the same article twice in the input is extracted once.
    Set<String> seen = new HashSet<>();
    try (ArticleSource source = ArticleSource.open(files)) {
      ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      while (source.hasNext()) {
        SourceRecord r = source.next();
        Article input;
        try {
          input = dated(r.article() != null ? r.article() : parser.parse(r.json(), r.where(), r.where(), defaultPublished));
        } catch (BadInputException e) {
          tally.failed(e.getMessage());
          continue;
        }
        Article a = HeadlineText.read(input);
        String key = a.id() + "\u0000" + Store.textHash(a.text());
        if (!seen.add(key) || HeadlineText.stored(store, input)) {
          tally.alreadyStored();
          continue;
        }
        window.add(pool.submit(() -> process(r.where(), input, a)));
        if (window.size() >= maxInFlight) save(get(window.poll()), tally);
      }
      while (!window.isEmpty()) save(get(window.poll()), tally);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
    clusterer.recluster(store);
    return tally.summary();
  }

  /** Extracts {@code input} as the store reads it; the outcome carries {@code read}, the article to save. */
  private Outcome process(String where, Article input, Article a) {
    try {
      return new Outcome(where, a, HeadlineText.extract(processor, input), null);
    } catch (BadInputException e) {
      String msg = e.getMessage();
      return new Outcome(where, a, null, msg.startsWith(where) ? msg : where + ": " + msg);
    } catch (RuntimeException | StackOverflowError e) {
      // An article that breaks the extractor must not end the run: report it against its record and go on.
      return new Outcome(where, a, null, where + ": extraction failed: " + e);
    }
  }

  private void save(Outcome o, Tally tally) {
    if (o.error() != null) {
      tally.failed(o.error());
      return;
    }
    Store.Saved s = store.save(o.article(), o.extraction());
    if (s.added()) tally.added(s); else tally.alreadyStored();
  }

  private static Outcome get(Future<Outcome> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Running counts of one run. */
  private static final class Tally {
    private final IngestListener listener;
    private long added;
    private long already;
    private long events;
    private long statements;
    private final List<String> errors = new ArrayList<>();

    Tally(IngestListener listener) { this.listener = listener; }

    void added(Store.Saved s) {
      added++;
      events += s.events();
      statements += s.statements();
      listener.step();
    }

    void alreadyStored() {
      already++;
      listener.step();
    }

    void failed(String message) {
      errors.add(message);
      listener.failed(message);
      listener.step();
    }

    IngestSummary summary() { return new IngestSummary(added + already, added, already, events, statements, errors); }
  }
}
