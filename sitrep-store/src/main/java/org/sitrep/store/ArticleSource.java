package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.sitrep.core.model.Article;

/**
 * The articles under some paths, as CONTRACT.md reads them: a .jsonl file holds one article a line; a .txt file is
 * one article whose id is its file name; a .json file is one article object, an array of them, or JSON Lines; an
 * .html page is one article (its main text); an .rss, .atom or .xml feed is one article per item; a folder is every
 * such file beneath it, in name order; standard input is JSON Lines. Both {@code ./sitrep ingest} and
 * {@code ./sitrep extract} read through here. Undecodable bytes become U+FFFD so the extractor's checks can
 * name them.
 */
public final class ArticleSource implements Iterator<SourceRecord>, AutoCloseable {
  /** The file names read as articles, for messages. */
  public static final String FILE_KINDS = ".jsonl, .json, .txt, .html, .htm, .rss, .atom or .xml";

  private final ObjectMapper mapper = new ObjectMapper();
  private final ArrayDeque<Path> files;
  private final ArrayDeque<SourceRecord> pending = new ArrayDeque<>();
  private BufferedReader reader;
  private String readerName;
  private int lineNo;

  private ArticleSource(List<Path> files) { this.files = new ArrayDeque<>(files); }

  /** Reads the articles under {@code paths}; throws IllegalArgumentException for a path that does not exist. */
  public static ArticleSource open(List<Path> paths) { return new ArticleSource(files(paths)); }

  /**
   * Reads JSON Lines from a stream (standard input), one record a non-blank line, each named "{@code name}:line".
   * The stream is closed with this source.
   */
  public static ArticleSource lines(String name, InputStream in) {
    ArticleSource source = new ArticleSource(List.of());
    source.reader = new BufferedReader(new InputStreamReader(in, decoder()), 1 << 16);
    source.readerName = name;
    return source;
  }

  /** The article files under {@code paths}, folders expanded in name order. */
  public static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ArticleSource::isArticleFile).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException(p + " does not exist or is not a readable file or folder");
      }
    }
    return out;
  }

  private static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".html") || n.endsWith(".htm")
        || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
  }

  /** How many records the files hold (non-blank lines of JSON Lines, one per .txt), for progress and ETA. */
  public static long count(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      if (kind(f) == Kind.TEXT || kind(f) == Kind.HTML) {
        n++;
        continue;
      }
      if (kind(f) == Kind.FEED) {
        try {
          n += WebArticles.feed(f.getFileName().toString(), read(f)).size();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f, e);
        }
        continue;
      }
      try (BufferedReader r = utf8(f)) {
        String line;
        while ((line = r.readLine()) != null) if (!line.isBlank()) n++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return n;
  }

  private enum Kind { TEXT, JSON, JSON_LINES, HTML, FEED }

  private static Kind kind(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) return Kind.TEXT;
    if (n.endsWith(".json")) return Kind.JSON;
    if (n.endsWith(".html") || n.endsWith(".htm")) return Kind.HTML;
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) return Kind.FEED;
    return Kind.JSON_LINES;
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending.isEmpty()) {
        if (reader != null) {
          String line;
          while ((line = reader.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
              pending.add(new SourceRecord(readerName + ":" + lineNo, line, null));
              return true;
            }
          }
          reader.close();
          reader = null;
        }
        if (files.isEmpty()) return false;
        openNext(files.poll());
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + readerName + " at line " + (lineNo + 1), e);
    }
  }

  private void openNext(Path f) throws IOException {
    switch (kind(f)) {
      case TEXT -> pending.add(new SourceRecord(f.toString(), null,
          new Article(f.getFileName().toString(), read(f), null, null, null, null, null)));
      case JSON -> {
        String all = read(f);
        JsonNode n = tree(all);
        if (n != null && n.isObject()) {
          pending.add(new SourceRecord(f.toString(), all, null));
        } else if (n != null && n.isArray()) {
          for (int i = 0; i < n.size(); i++) pending.add(new SourceRecord(f + "[" + i + "]", n.get(i).toString(), null));
        } else {
          lines(f);
        }
      }
      case JSON_LINES -> lines(f);
      case HTML -> pending.add(new SourceRecord(f.toString(), null, WebArticles.html(f.getFileName().toString(), read(f))));
      case FEED -> {
        List<Article> items = WebArticles.feed(f.getFileName().toString(), read(f));
        for (int i = 0; i < items.size(); i++) pending.add(new SourceRecord(f + "#item " + (i + 1), null, items.get(i)));
      }
    }
  }

  private void lines(Path f) throws IOException {
    reader = utf8(f);
    readerName = f.toString();
    lineNo = 0;
  }

  private JsonNode tree(String text) {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String read(Path f) throws IOException {
    return decoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
  }

  private static BufferedReader utf8(Path f) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(f), decoder()), 1 << 16);
  }

  /** UTF-8 that turns undecodable bytes into U+FFFD, so the binary check can name them instead of the reader failing. */
  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    return pending.poll();
  }

  @Override
  public void close() throws IOException {
    if (reader != null) reader.close();
  }
}
