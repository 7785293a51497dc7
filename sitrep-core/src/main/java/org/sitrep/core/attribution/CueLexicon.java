package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Token;

/**
 * The reporting cues of {@code /sitrep/attribution/cues.tsv}, the PolNeAR-derived {@code cues_polnear.tsv} and the
 * verbs selected by their precision on PolNeAR's train split ({@code cues_polnear_selected.tsv}): verbs
 * ("stated"), nouns ("his statement that") and multi-word phrases ("according to"), each with a default stance and
 * whether only a clausal complement makes it a cue ("thinks that", "wants to"; not "thinks hard"). Immutable once
 * loaded.
 */
final class CueLexicon {
  static final String RESOURCE = "/sitrep/attribution/cues.tsv";
  static final String DERIVED = "/sitrep/attribution/cues_polnear.tsv";
  static final String MENTAL = "/sitrep/attribution/mental_verbs.txt";
  static final String SELECTED = "/sitrep/attribution/cues_polnear_selected.tsv";

  enum Kind { VERB, NOUN, PHRASE }

  /**
   * One cue entry; {@code words} holds a phrase's words (a single word for verbs and nouns); {@code clauseOnly}: what
   * was said must be a clause, infinitive or quote, never the object or the rest of the sentence.
   */
  record Cue(String lemma, Kind kind, Stance stance, List<String> words, boolean clauseOnly) {}

  private final Map<String, Cue> verbs;
  private final Map<String, Cue> nouns;
  private final List<Cue> phrases;
  private final Set<String> mental;

  CueLexicon() { this(RESOURCE, DERIVED, SELECTED); }

  /**
   * The lexicon the cue tagger's features read: the one its shipped weights were trained with. The rules' later
   * additions ({@code cues_polnear_selected.tsv}) stay out of it, so adding a rule cue does not change what the
   * tagger sees; a retrain reads the same lexicon.
   */
  static CueLexicon ofTagger() { return new CueLexicon(RESOURCE, DERIVED); }

  /** Loads the files in order; a lemma may appear once per kind over all of them. */
  CueLexicon(String... resources) {
    Map<String, Cue> v = new HashMap<>();
    Map<String, Cue> n = new HashMap<>();
    List<Cue> p = new ArrayList<>();
    for (String resource : resources) load(resource, v, n, p);
    verbs = Map.copyOf(v);
    nouns = Map.copyOf(n);
    phrases = List.copyOf(p);
    Set<String> m = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(MENTAL)) m.add(l.text().strip().toLowerCase(Locale.ROOT));
    mental = Set.copyOf(m);
  }

  private static void load(String resource, Map<String, Cue> v, Map<String, Cue> n, List<Cue> p) {
    for (ResourceLines.Row row : ResourceLines.readTsv(resource)) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      if (lemma.isEmpty()) throw row.line().error("empty lemma");
      Kind kind = parse(Kind.class, row.get("kind"), row, "kind (verb, noun or phrase)");
      Stance stance = parse(Stance.class, row.get("stance"), row, "stance (a Stance label such as assert or deny)");
      String complement = row.header().contains("complement") ? row.get("complement") : "any";
      if (!Set.of("any", "clause").contains(complement)) throw row.line().error("complement '" + complement + "' is not any or clause");
      Cue cue = new Cue(lemma, kind, stance, List.of(lemma.split(" +")), complement.equals("clause"));
      Map<String, Cue> target = kind == Kind.VERB ? v : kind == Kind.NOUN ? n : null;
      if (target == null) p.add(cue);
      else if (target.put(lemma, cue) != null) throw row.line().error("duplicate " + row.get("kind") + " cue '" + lemma + "'");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, ResourceLines.Row row, String expected) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.line().error("'" + value + "' is not a " + expected);
    }
  }

  /** The verb cue for a lemma, or null. */
  Cue verb(String lemma) { return verbs.get(lemma.toLowerCase(Locale.ROOT)); }

  /** Whether the lemma is a verb of belief, wish or feeling, whose bare object is never what was said. */
  boolean mental(String lemma) { return mental.contains(lemma.toLowerCase(Locale.ROOT)); }

  /** The noun cue for a lemma, or null. */
  Cue noun(String lemma) { return nouns.get(lemma.toLowerCase(Locale.ROOT)); }

  /** The phrase cue starting at token {@code i}, or null; a phrase word matches a token's word or lemma. */
  Cue phraseAt(List<Token> tokens, int i) {
    for (Cue c : phrases) {
      if (i + c.words().size() > tokens.size()) continue;
      boolean all = true;
      for (int k = 0; k < c.words().size() && all; k++) {
        Token t = tokens.get(i + k);
        String w = c.words().get(k);
        all = w.equalsIgnoreCase(t.word()) || w.equalsIgnoreCase(t.lemma());
      }
      if (all) return c;
    }
    return null;
  }

  /**
   * Whether the tokens hold a cue the way the stage reads one: a verb cue or a phrase on a verb, a noun cue on a noun,
   * or a whole phrase ("according to") anywhere.
   */
  boolean anyCue(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isVerb() && verb(t.lemma()) != null || t.isNoun() && noun(t.lemma()) != null) return true;
    }
    for (int i = 0; i < tokens.size(); i++) if (phraseAt(tokens, i) != null) return true;
    return false;
  }

  /** Lower-case lemmas worth a dependency parse: every verb and noun cue and each phrase's first word. */
  Set<String> triggerLemmas() {
    Set<String> out = new TreeSet<>(verbs.keySet());
    out.addAll(nouns.keySet());
    for (Cue c : phrases) out.add(c.words().get(0));
    return Set.copyOf(out);
  }
}
