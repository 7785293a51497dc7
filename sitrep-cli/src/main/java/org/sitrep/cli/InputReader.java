package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleSource;
import org.sitrep.store.SourceRecord;

/**
 * The input of {@code extract} and {@code bench}, read as CONTRACT.md says and as {@code ingest} reads it (through
 * {@link ArticleSource}): JSON Lines from a file or standard input, a .txt file that is one article, .html pages,
 * .rss/.atom/.xml feeds and .json files; for benchmarks also a CSV with a header ({@link CsvArticles}). What this
 * class adds is the command line's view: one file, not a folder, named in usage errors; and the {@code --published}
 * date for the ready articles (.txt, pages, feed items) that carry none, which the JSON records get when parsed.
 */
final class InputReader implements Iterator<SourceRecord>, AutoCloseable {
  private final Iterator<SourceRecord> records;
  private final AutoCloseable source;
  private final LocalDate published;

  private InputReader(Iterator<SourceRecord> records, AutoCloseable source, LocalDate published) {
    this.records = records;
    this.source = source;
    this.published = published;
  }

  static InputReader open(String in, InputStream stdin, LocalDate published) {
    if (in == null || in.equals("-")) {
      ArticleSource s = ArticleSource.lines("stdin", stdin);
      return new InputReader(s, s, published);
    }
    Path p = Path.of(in);
    if (Files.isDirectory(p)) {
      throw new UsageException("input " + in + " is a folder; extract reads one file (./sitrep ingest reads folders)");
    }
    if (!Files.isRegularFile(p)) throw new UsageException("input " + in + " is not a readable file");
    try {
      if (Files.size(p) == 0) throw new UsageException("input " + in + " is empty (0 bytes): no articles to extract");
      if (in.toLowerCase(Locale.ROOT).endsWith(".csv")) return new InputReader(CsvArticles.read(p, published), null, published);
      ArticleSource s = ArticleSource.open(List.of(p));
      return new InputReader(s, s, published);
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read " + in + ": " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() { return records.hasNext(); }

  @Override
  public SourceRecord next() {
    SourceRecord r = records.next();
    Article a = r.article();
    if (a == null || a.published() != null || published == null) return r;
    return new SourceRecord(r.where(), r.json(),
        new Article(a.id(), a.text(), published, a.title(), a.source(), a.url(), a.lang()));
  }

  @Override
  public void close() throws Exception {
    if (source != null) source.close();
  }
}
