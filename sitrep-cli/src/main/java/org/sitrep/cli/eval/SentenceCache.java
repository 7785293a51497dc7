package org.sitrep.cli.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.ParseSelector;

/**
 * The nlp stage's SENTENCES (tokens with part of speech and NER tags, and the dependency arcs of the sentences the
 * cascade parsed) of an evaluation corpus, kept in a file between runs: CoreNLP's NER and parser take minutes on a
 * corpus, the geo or attribution stage seconds, so tuning a stage or retraining the cue tagger re-reads the
 * annotation instead of redoing it. An article is found by its id and text, so a changed text is annotated again;
 * {@link #get(String, String, ParseSelector)} also rejects sentences parsed under another cascade gate.
 */
final class SentenceCache {
  // Version 2 added the parsed flag and the arcs; a version-1 file reads as empty and is rewritten.
  private static final String MAGIC = "SITREP-SENTENCES2";
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
          boolean parsed = in.readBoolean();
          int arcs = in.readInt();
          List<Dependency> ds = new ArrayList<>(arcs);
          for (int d = 0; d < arcs; d++) ds.add(new Dependency(in.readInt(), in.readInt(), in.readUTF()));
          sentences.add(new Sentence(index, span, ts, ds, parsed));
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

  /**
   * The cached sentences of this article as the cascade {@code gate} would have annotated them, else null: a sentence
   * the gate parses must have been parsed (a cue added to the lexicon widens the gate, and the article must then be
   * parsed again); a sentence parsed then that the gate now leaves alone loses its arcs, as the parser reads each
   * sentence on its own. So a cache filled with every sentence parsed serves any gate.
   */
  List<Sentence> get(String id, String text, ParseSelector gate) {
    List<Sentence> cached = get(id, text);
    return cached == null ? null : underGate(cached, gate);
  }

  /** {@code cached} as {@code gate} would have annotated it (see {@link #get(String, String, ParseSelector)}), or null. */
  static List<Sentence> underGate(List<Sentence> cached, ParseSelector gate) {
    List<Sentence> out = new ArrayList<>(cached.size());
    for (Sentence s : cached) {
      boolean wanted = gate.shouldParse(s.tokens());
      if (wanted && !s.parsed()) return null;
      out.add(wanted || !s.parsed() ? s : new Sentence(s.index(), s.span(), s.tokens(), List.of(), false));
    }
    return out;
  }

  void put(String id, String text, List<Sentence> sentences) {
    byKey.put(key(id, text), sentences);
    changed = true;
  }

  /** Writes the cache when something was added since it was read or last written (a long run writes it now and then). */
  void writeIfChanged(Path file) {
    if (file == null || !changed) return;
    // Written beside the file and moved over it: a run stopped mid-write leaves the previous cache whole.
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(partial))))) {
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
          out.writeBoolean(s.parsed());
          out.writeInt(s.dependencies().size());
          for (Dependency d : s.dependencies()) {
            out.writeInt(d.governor());
            out.writeInt(d.dependent());
            out.writeUTF(d.relation());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the sentence cache: " + e.getMessage(), e);
    }
    try {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot replace the sentence cache: " + e.getMessage(), e);
    }
    changed = false;
  }

  private static String nonNull(String s) { return s == null ? "" : s; }

  private static String key(String id, String text) { return id + "\u0000" + text.length() + "\u0000" + text.hashCode(); }
}
