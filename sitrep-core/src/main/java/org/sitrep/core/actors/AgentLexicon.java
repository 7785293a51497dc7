package org.sitrep.core.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Token;

/**
 * Agent nouns from {@code agents.tsv}: person titles, unnamed groups and institutions with their sector, matched on
 * lower-cased lemmas so plurals need no entry. Immutable once loaded.
 */
public final class AgentLexicon {
  static final String RESOURCE = "/sitrep/actors/agents.tsv";

  /** What an agent noun names: a person's title, a generic role, a group of people or an institution. */
  enum Kind { TITLE, ROLE, GROUP, BODY }

  /** A phrase found in a sentence: tokens {@code from}..{@code to} inclusive. */
  record Match(int from, int to, String sector, Kind kind) {}

  private record Entry(String sector, Kind kind) {}

  /**
   * Sectors of a state's own bodies ("the army", "police", "the government", "parliament"): an unnamed one speaking or
   * acting in a datelined report belongs to the dateline's country.
   */
  public static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "CVL", "COP", "JUD", "LEG", "IGO", "BUS", "MED",
      "OPP", "PTY", "SPY", "EDU", "HLH", "REL", "NGO", "LAB", "AGR", "ELI", "CRM", "UAF", "SOC", "REF", "ENV");

  private final Map<String, Entry> phrases;
  private final Set<String> words;
  private final int maxTokens;

  public AgentLexicon() {
    Map<String, Entry> m = new HashMap<>();
    for (ResourceLines.Row row : ResourceLines.readTsv(RESOURCE)) {
      String sector = row.get("sector");
      if (!SECTORS.contains(sector)) throw row.line().error("unknown sector '" + sector + "', expected one of " + SECTORS);
      Kind kind;
      try {
        kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.line().error("kind must be title, role, group or body");
      }
      if (m.putIfAbsent(row.get("phrase"), new Entry(sector, kind)) != null) throw row.line().error("phrase listed twice");
    }
    // The tokenizer splits hyphenated words ("Secretary-General" is "Secretary - General"): a hyphenated phrase is also
    // looked up so, or its last part alone would match ("general", a military title).
    for (Map.Entry<String, Entry> e : Map.copyOf(m).entrySet()) {
      if (e.getKey().contains("-")) m.putIfAbsent(e.getKey().replace("-", " - "), e.getValue());
    }
    phrases = Map.copyOf(m);
    Set<String> w = new HashSet<>();
    for (String k : phrases.keySet()) w.addAll(List.of(k.split(" ")));
    words = Set.copyOf(w);
    maxTokens = phrases.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** The longest phrase starting at token {@code from} within [from, limit), or null. */
  Match matchAt(List<Token> tokens, int from, int limit) {
    for (int len = Math.min(maxTokens, limit - from); len >= 1; len--) {
      Entry e = lookup(tokens, from, from + len);
      if (e != null) return new Match(from, from + len - 1, e.sector(), e.kind());
    }
    return null;
  }

  /** The longest phrase ending at token {@code to} and starting at or after {@code floor}, or null. */
  Match matchEndingAt(List<Token> tokens, int to, int floor) {
    for (int len = Math.min(maxTokens, to - floor + 1); len >= 1; len--) {
      Entry e = lookup(tokens, to - len + 1, to + 1);
      if (e != null) return new Match(to - len + 1, to, e.sector(), e.kind());
    }
    return null;
  }

  /** Whether a person's title or an institution ends at token {@code to}: "President", "Foreign Minister", "Ministry". */
  public boolean titleOrBodyEndsAt(List<Token> tokens, int to) {
    Match m = to < 0 ? null : matchEndingAt(tokens, to, 0);
    return m != null && (m.kind() == Kind.TITLE || m.kind() == Kind.BODY);
  }

  /** Whether this lemma is one word of some phrase ("foreign" of "foreign minister"). */
  boolean isPhraseWord(Token t) {
    return words.contains(norm(t)) || words.contains(lower(t));
  }

  // Lemmas first ("forces" -> "force"); then the lower-cased words, because CoreNLP leaves capitalised plurals
  // tagged as proper nouns unlemmatised ("Armed Forces").
  private Entry lookup(List<Token> tokens, int from, int to) {
    Entry e = phrases.get(key(tokens, from, to, true));
    return e != null ? e : phrases.get(key(tokens, from, to, false));
  }

  private static String key(List<Token> tokens, int from, int to, boolean lemma) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append(' ');
      sb.append(lemma ? norm(tokens.get(i)) : lower(tokens.get(i)));
    }
    return sb.toString();
  }

  static String norm(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
