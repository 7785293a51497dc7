package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.lexicon.ResourceLines.Line;
import org.sitrep.core.lexicon.ResourceLines.Row;
import org.sitrep.core.model.AcledType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * The trigger lexicon (triggers.tsv), weapon words (weapons.tsv), light verbs (light_verbs.tsv) and comparison markers,
 * checked against the code tables when built. Finds trigger matches in a sentence's lemmas. Immutable.
 */
final class TriggerLexicon {
  /** The trigger head's part of speech; MODAL is a modal auxiliary ("must" in a reported demand). */
  enum Pos { VERB, NOUN, ANY, MODAL }

  enum Kind { EVENT, CASUALTY, NEEDS_WEAPON }

  /**
   * One lexicon row. {@code words} holds lemmas and "*" gaps; {@code head} indexes the head word; {@code noAcled}: ACLED
   * codes no event for this trigger, whatever acled_map.tsv says of its type.
   */
  record Entry(String key, List<String> words, int head, Pos pos, String cameo, String type, String mode, AcledType acled,
               Kind kind, Set<String> except, String where, boolean noAcled) {
    int length() { return (int) words.stream().filter(w -> !w.equals("*")).count(); }
  }

  /** A weapon word's mode and CAMEO code. */
  record Weapon(String mode, String cameo) {}

  /** An entry matched in a sentence: the matched token indices (sorted) and the head token. */
  record Match(Entry entry, List<Integer> tokens, int head) {
    int first() { return tokens.get(0); }

    int last() { return tokens.get(tokens.size() - 1); }
  }

  private static final int MAX_GAP = 3;

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Map<String, Weapon> weapons = new HashMap<>();
  private final Map<String, String> lightVerbs = new HashMap<>();
  private final Set<String> collectiveHeads = new HashSet<>();
  private final List<List<String>> comparisonMarkers = new ArrayList<>();
  private final Set<String> headLemmas = new LinkedHashSet<>();
  private final Set<String> happenings = new HashSet<>();
  private final Set<String> eventNouns = new HashSet<>();

  TriggerLexicon(EventCodebook codebook) {
    Set<String> keys = new HashSet<>();
    for (Row r : ResourceLines.readTsv(EventCodebook.DIR + "triggers.tsv")) {
      Entry e = entry(r, codebook);
      if (!keys.add(e.key() + "/" + e.pos())) throw r.line().error("trigger '" + e.key() + "' (" + e.pos() + ") twice");
      byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
      headLemmas.add(e.words().get(e.head()));
    }
    for (Row r : ResourceLines.readTsv(EventCodebook.DIR + "weapons.tsv")) {
      String cameo = r.get("cameo");
      if (!codebook.hasCameo(cameo)) throw r.line().error("CAMEO code " + cameo + " is not in cameo_codes.tsv");
      codebook.checkTypeAndMode(r, "ASSAULT", r.get("mode"));
      weapons.put(r.get("lemma"), new Weapon(r.get("mode"), cameo));
    }
    for (Row r : ResourceLines.readTsv(EventCodebook.DIR + "light_verbs.tsv")) {
      String role = r.get("role");
      if (!role.equals("actor") && !role.equals("recipient") && !role.equals("scene") && !role.equals("means")) {
        throw r.line().error("role '" + role + "' is not actor, recipient, scene or means");
      }
      lightVerbs.put(r.get("lemma"), role);
    }
    for (Line l : ResourceLines.read(EventCodebook.DIR + "collective_heads.txt")) {
      collectiveHeads.add(l.text().strip().toLowerCase(Locale.ROOT));
    }
    for (Line l : ResourceLines.read(EventCodebook.DIR + "happening_nouns.txt")) {
      happenings.add(l.text().strip().toLowerCase(Locale.ROOT));
    }
    byFirstWord.values().forEach(list -> list.forEach(e -> {
      if (e.words().size() == 1 && e.pos() != Pos.VERB && e.pos() != Pos.MODAL) eventNouns.add(e.words().get(0));
    }));
    for (Line l : ResourceLines.read(EventCodebook.DIR + "comparison_markers.txt")) {
      comparisonMarkers.add(List.of(l.text().strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }
    Set<String> triggerKeys = new HashSet<>();
    byFirstWord.values().forEach(list -> list.forEach(e -> triggerKeys.add(e.key())));
    for (String k : codebook.acledTriggerKeys()) {
      if (!triggerKeys.contains(k) && !weapons.containsKey(k)) {
        throw new ResourceFormatException(EventCodebook.DIR
            + "acled_map.tsv: trigger '" + k + "' is neither a trigger in triggers.tsv nor a weapon in weapons.tsv");
      }
    }
  }

  private static Entry entry(Row r, EventCodebook codebook) {
    String pattern = r.get("pattern").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int head = -1;
    for (String w : pattern.split("\\s+")) {
      if (w.startsWith("[") && w.endsWith("]")) {
        if (head >= 0) throw r.line().error("pattern has two [head] words");
        head = words.size();
        w = w.substring(1, w.length() - 1);
      }
      words.add(w);
    }
    if (head < 0) {
      if (words.size() > 1) throw r.line().error("multi-word pattern needs its head word in [brackets]");
      head = 0;
    }
    if (words.get(0).equals("*") || words.get(words.size() - 1).equals("*") || words.get(head).equals("*")) {
      throw r.line().error("'*' may only stand between words");
    }
    Pos pos;
    try {
      pos = Pos.valueOf(r.get("pos").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.line().error("pos '" + r.get("pos") + "' is not verb, noun, any or modal");
    }
    String cameo = r.get("cameo");
    if (!codebook.hasCameo(cameo)) throw r.line().error("CAMEO code " + cameo + " is not in cameo_codes.tsv");
    codebook.checkTypeAndMode(r, r.get("type"), r.optional("mode"));
    AcledType acled = null;
    // "-": ACLED records no event for it ("on patrol" is routine, not a change to a group's activity)
    boolean noAcled = "-".equals(r.optional("acled"));
    if (r.optional("acled") != null && !noAcled) {
      acled = codebook.acledSubType(r.get("acled"));
      if (acled == null) throw r.line().error("ACLED sub-event type '" + r.get("acled") + "' is not in acled_types.tsv");
    }
    Kind kind;
    try {
      kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw r.line().error("kind '" + r.get("kind") + "' is not event, casualty or needs-weapon");
    }
    Set<String> except = r.optional("except") == null ? Set.of() : Set.of(r.get("except").toLowerCase(Locale.ROOT).split(";"));
    String key = String.join(" ", words);
    return new Entry(key, List.copyOf(words), head, pos, cameo, r.get("type"), r.optional("mode"), acled, kind, except, r.where(),
        noAcled);
  }

  /** Lower-case lemmas of trigger head words, for the parse selector. */
  Set<String> headLemmas() { return Set.copyOf(headLemmas); }

  Weapon weapon(String lemma) { return weapons.get(lemma); }

  /** Whether some trigger is headed by this lemma ("visit", "attack"). */
  boolean isTriggerHead(String lemma) { return headLemmas.contains(lemma); }

  /** "actor", "recipient" or null: what a light verb's subject is to the nominal event it governs. */
  String lightVerbRole(String lemma) { return lightVerbs.get(lemma); }

  /** Whether this noun lemma names a happening ("war", "fighting"; happening_nouns.txt), which is no participant. */
  boolean namesHappening(String lemma) { return happenings.contains(lemma); }

  /**
   * Whether this noun lemma names a happening or an event the lexicon codes ("the strike", "the request"): as a
   * subject it causes rather than acts. (As an object it may stand for its maker: "rejected a U.S. request".)
   */
  boolean namesHappeningOrEvent(String lemma) { return happenings.contains(lemma) || eventNouns.contains(lemma); }

  /** Whether this lemma counts or gathers the actor named after it ("a group of", "thousands of"). */
  boolean isCollective(String lemma) { return collectiveHeads.contains(lemma); }

  List<List<String>> comparisonMarkers() { return comparisonMarkers; }

  static String lemma(Token t) {
    String l = t.lemma() != null ? t.lemma() : t.word();
    return l.toLowerCase(Locale.ROOT);
  }

  /** Non-overlapping matches in the sentence, longest first, then left to right; except-words already applied. */
  List<Match> find(Sentence s) {
    List<Match> all = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (Entry e : byFirstWord.getOrDefault(lemma(tokens.get(i)), List.of())) {
        int[] at = new int[e.words().size()];
        Arrays.fill(at, -1);
        if (!match(tokens, e.words(), 0, i, at)) continue;
        int head = at[e.head()];
        if (!posFits(e.pos(), tokens.get(head))) continue;
        if (excepted(s, e, head)) continue;
        List<Integer> matched = new ArrayList<>();
        for (int a : at) if (a >= 0) matched.add(a);
        all.add(new Match(e, matched, head));
      }
    }
    all.sort(Comparator.comparingInt((Match m) -> -m.entry().length()).thenComparingInt(Match::first));
    List<Match> out = new ArrayList<>();
    boolean[] used = new boolean[tokens.size()];
    for (Match m : all) {
      if (m.tokens().stream().anyMatch(t -> used[t])) continue;
      m.tokens().forEach(t -> used[t] = true);
      out.add(m);
    }
    out.sort(Comparator.comparingInt(Match::head));
    return out;
  }

  /**
   * Whether any entry matches with its head's part of speech, before except-words are checked: the sentences whose
   * events the parse can change. Needs only tags and lemmas, so the cascade can ask it before parsing.
   */
  boolean anyMatch(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (Entry e : byFirstWord.getOrDefault(lemma(tokens.get(i)), List.of())) {
        int[] at = new int[e.words().size()];
        Arrays.fill(at, -1);
        if (match(tokens, e.words(), 0, i, at) && posFits(e.pos(), tokens.get(at[e.head()]))) return true;
      }
    }
    return false;
  }

  /** Tags that may stand inside a phrasal pattern: an adverb and the quote marks around it. */
  private static final Set<String> INSERTABLE_TAGS = Set.of("RB", "``", "''");

  /** Matches words[w..] from token i on, recording token indices in at (-1 for gaps). */
  private static boolean match(List<Token> tokens, List<String> words, int w, int i, int[] at) {
    if (w == words.size()) return true;
    if (words.get(w).equals("*")) {
      for (int skip = 0; skip <= MAX_GAP; skip++) if (match(tokens, words, w + 1, i + skip, at)) return true;
      return false;
    }
    if (i >= tokens.size()) return false;
    if (!lemma(tokens.get(i)).equals(words.get(w))) {
      // "firing indiscriminately at", 'firing "indiscriminately" at': an adverb, quoted or not, inside a phrasal
      // pattern does not break it
      String tag = tokens.get(i).tag();
      return w > 0 && (INSERTABLE_TAGS.contains(tag)) && match(tokens, words, w, i + 1, at);
    }
    at[w] = i;
    return match(tokens, words, w + 1, i + 1, at);
  }

  private static boolean posFits(Pos pos, Token t) {
    boolean verb = t.isVerb();
    boolean commonNoun = "NN".equals(t.tag()) || "NNS".equals(t.tag());
    return switch (pos) {
      case VERB -> verb;
      case NOUN -> commonNoun;
      case ANY -> verb || commonNoun;
      case MODAL -> "MD".equals(t.tag());
    };
  }

  private static boolean excepted(Sentence s, Entry e, int head) {
    if (e.except().isEmpty()) return false;
    if (s.parsed()) {
      for (var d : s.children(head)) if (e.except().contains(lemma(s.tokens().get(d.dependent())))) return true;
      return false;
    }
    int to = Math.min(s.tokens().size(), head + 4);
    for (int i = head + 1; i < to; i++) if (e.except().contains(lemma(s.tokens().get(i)))) return true;
    return false;
  }
}
