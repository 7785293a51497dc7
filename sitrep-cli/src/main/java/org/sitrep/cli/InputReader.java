package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleSource;
import org.sitrep.store.SourceRecord;

/**
 * Reads articles as CONTRACT.md says: JSON Lines (one article a line), or a .txt file that is one article whose id is
 * the file name; .html pages, .rss/.atom/.xml feeds and .json files as ingest reads them; for benchmarks also a CSV with a header (id|link, text|body, published|date, title|headline).
 * Undecodable bytes become U+FFFD so the binary check can name them instead of crashing the reader.
 */
final class InputReader implements Iterator<InputRecord>, AutoCloseable {
  private final BufferedReader reader;
  private final String name;
  private final Article single;
  private boolean singleTaken;
  private int lineNo;
  private String next;

  private final Iterator<InputRecord> rows;

  private InputReader(BufferedReader reader, String name, Article single) {
    this(reader, name, single, null);
  }

  private InputReader(BufferedReader reader, String name, Article single, Iterator<InputRecord> rows) {
    this.reader = reader;
    this.name = name;
    this.single = single;
    this.rows = rows;
  }

  static InputReader open(String in, InputStream stdin, LocalDate published) {
    if (in == null || in.equals("-")) return new InputReader(utf8(stdin), "stdin", null);
    Path p = Path.of(in);
    if (Files.isDirectory(p)) {
      throw new UsageException("input " + in + " is a folder; extract reads one file (./sitrep ingest reads folders)");
    }
    if (!Files.isRegularFile(p)) throw new UsageException("input " + in + " is not a readable file");
    try {
      if (Files.size(p) == 0) throw new UsageException("input " + in + " is empty (0 bytes): no articles to extract");
      String lower = in.toLowerCase(java.util.Locale.ROOT);
      if (WEB_SUFFIXES.stream().anyMatch(lower::endsWith)) return new InputReader(null, in, null, web(p, published));
      if (in.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
        return new InputReader(null, in, null, CsvArticles.read(p, published));
      }
      if (in.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        String id = p.getFileName().toString();
        return new InputReader(null, in, new Article(id, text, published, null, null, null, null));
      }
      return new InputReader(utf8(Files.newInputStream(p)), in, null);
    } catch (IOException e) {
      throw new UsageException("cannot read " + in + ": " + e.getMessage());
    }
  }

  /** Pages, feeds and whole-JSON files, read as ./sitrep ingest reads them (its ArticleSource). */
  private static final java.util.List<String> WEB_SUFFIXES = java.util.List.of(".html", ".htm", ".rss", ".atom", ".xml", ".json");

  private static Iterator<InputRecord> web(Path p, LocalDate published) {
    java.util.List<InputRecord> out = new java.util.ArrayList<>();
    try (ArticleSource source = ArticleSource.open(java.util.List.of(p))) {
      while (source.hasNext()) {
        SourceRecord r = source.next();
        Article a = r.article();
        if (a != null && a.published() == null && published != null) {
          a = new Article(a.id(), a.text(), published, a.title(), a.source(), a.url(), a.lang());
        }
        out.add(new InputRecord(r.where(), r.json(), a));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read " + p + ": " + e.getMessage());
    }
    return out.iterator();
  }

  private static BufferedReader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public boolean hasNext() {
    if (rows != null) return rows.hasNext();
    if (single != null) return !singleTaken;
    if (next != null) return true;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          next = line;
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name + " at line " + (lineNo + 1), e);
    }
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    if (rows != null) return rows.next();
    if (single != null) {
      singleTaken = true;
      return new InputRecord(name, null, single);
    }
    String line = next;
    next = null;
    return new InputRecord(name + ":" + lineNo, line, null);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) reader.close();
  }
}
