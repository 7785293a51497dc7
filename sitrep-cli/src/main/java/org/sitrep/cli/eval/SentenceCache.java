package org.sitrep.cli.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * The nlp stage's SENTENCES (tokens with part of speech and NER tags, no dependency arcs) of an evaluation corpus,
 * kept in a file between runs: CoreNLP's NER takes minutes on a corpus, the geo stage under a second, so tuning the
 * geo stage re-reads the tags instead of re-tagging. An article is found by its id and text, so a changed text is
 * tagged again. Only for sentences without arcs: the geo evaluation never parses.
 */
final class SentenceCache {
  private static final String MAGIC = "SITREP-SENTENCES1";
  private final Map<String, List<Sentence>> byKey = new HashMap<>();
  private boolean changed;

  /** The cache in {@code file}, or an empty one when the file does not exist or is of another format. */
  static SentenceCache read(Path file) {
    SentenceCache c = new SentenceCache();
    if (file == null || !Files.isRegularFile(file)) return c;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      if (!MAGIC.equals(in.readUTF())) return c;
      int articles = in.readInt();
      for (int a = 0; a < articles; a++) {
        String key = in.readUTF();
        int n = in.readInt();
        List<Sentence> sentences = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
          int index = in.readInt();
          Span span = new Span(in.readInt(), in.readInt());
          int tokens = in.readInt();
          List<Token> ts = new ArrayList<>(tokens);
          for (int t = 0; t < tokens; t++) {
            ts.add(new Token(in.readInt(), new Span(in.readInt(), in.readInt()), in.readUTF(), in.readUTF(), in.readUTF(),
                in.readUTF()));
          }
          sentences.add(new Sentence(index, span, ts, List.of(), false));
        }
        c.byKey.put(key, sentences);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the sentence cache: " + e.getMessage(), e);
    }
    return c;
  }

  /** The cached sentences of this article, or null. */
  List<Sentence> get(String id, String text) { return byKey.get(key(id, text)); }

  void put(String id, String text, List<Sentence> sentences) {
    byKey.put(key(id, text), sentences);
    changed = true;
  }

  /** Writes the cache when something was added since it was read. */
  void writeIfChanged(Path file) {
    if (file == null || !changed) return;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeUTF(MAGIC);
      out.writeInt(byKey.size());
      for (Map.Entry<String, List<Sentence>> e : byKey.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (Sentence s : e.getValue()) {
          out.writeInt(s.index());
          out.writeInt(s.span().start());
          out.writeInt(s.span().end());
          out.writeInt(s.tokens().size());
          for (Token t : s.tokens()) {
            out.writeInt(t.index());
            out.writeInt(t.span().start());
            out.writeInt(t.span().end());
            out.writeUTF(t.word());
            out.writeUTF(nonNull(t.lemma()));
            out.writeUTF(nonNull(t.tag()));
            out.writeUTF(nonNull(t.ner()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the sentence cache: " + e.getMessage(), e);
    }
  }

  private static String nonNull(String s) { return s == null ? "" : s; }

  private static String key(String id, String text) { return id + "\u0000" + text.length() + "\u0000" + text.hashCode(); }
}
