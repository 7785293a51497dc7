package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Token;

/**
 * Attribution from word order alone: "according to X, ...", cue verbs next to quotes and "X said that ..." in
 * sentences without a parse, and the "that" clause after a cue when the parse attached it elsewhere.
 */
final class SurfaceCues {
  /** Tags that can make up a speaker noun phrase read off the surface ("the regional governor", "Petrov"). */
  private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS", "CD", "HYPH");
  /** How far a "that" may follow its cue: the medium phrase in between ("in an interview with ...") is short. */
  private static final int MAX_GAP = 16;

  private final CueLexicon lexicon;

  SurfaceCues(CueLexicon lexicon) { this.lexicon = lexicon; }

  /** What was attributed to whom, from "attributing X to Y". */
  record Attribution(Span what, Mention to) {}

  /**
   * The clause after the first "that" following token {@code after}, up to ';' or the sentence end, split at
   * "and that"/"but that" into one span per clause. Empty when a verb comes first (then the "that" is not the cue's).
   */
  List<Span> thatClauseAfter(Sentence s, int after) {
    List<Token> ts = s.tokens();
    int that = -1;
    for (int j = after + 1; j < ts.size() && j <= after + MAX_GAP; j++) {
      Token t = ts.get(j);
      if ("that".equalsIgnoreCase(t.word())) { that = j; break; }
      if (t.isVerb() || "MD".equals(t.tag()) || TokenRanges.isQuote(t) || ";".equals(t.word()) || ".".equals(t.tag())) return List.of();
    }
    if (that < 0) return List.of();
    if (that > after + 1 && ts.get(that - 1).isNoun() && that + 1 < ts.size()
        && (ts.get(that + 1).isVerb() || "MD".equals(ts.get(that + 1).tag()))) {
      return List.of(); // "describing it as a priority that would ...": a relative clause, not what was said
    }
    int end = that;
    while (end + 1 < ts.size() && !";".equals(ts.get(end + 1).word())) end++;
    List<Span> out = new ArrayList<>();
    int from = that;
    for (int k = that + 1; k <= end; k++) {
      if ("that".equalsIgnoreCase(ts.get(k).word()) && ("CC".equals(ts.get(k - 1).tag()) || ",".equals(ts.get(k - 1).word()))) {
        add(out, TokenRanges.trimmed(s, from, k - 1));
        from = k;
      }
    }
    add(out, TokenRanges.trimmed(s, from, end));
    return out;
  }

  /** "attributing X to Y" read off the surface: X up to the last "to", Y after it up to punctuation. */
  Attribution attributedTo(Sentence s, int cue) {
    List<Token> ts = s.tokens();
    int to = -1;
    int end = cue + 1;
    while (end < ts.size() && !TokenRanges.isPunct(ts.get(end)) || end < ts.size() && "HYPH".equals(ts.get(end).tag())) {
      if ("to".equalsIgnoreCase(ts.get(end).word())) to = end;
      end++;
    }
    if (to <= cue + 1 || to >= end - 1) return null;
    Span what = TokenRanges.trimmed(s, cue + 1, to - 1);
    Span whom = TokenRanges.trimmed(s, to + 1, end - 1);
    if (what == null || whom == null) return null;
    return new Attribution(what, new Mention(s.index(), whom, end - 1, end - 1, null));
  }

  /** "According to X, ...", "..., according to X" and "..., according to X, ...". */
  List<Draft> accordingTo(Sentence s) {
    List<Draft> out = new ArrayList<>();
    List<Token> ts = s.tokens();
    for (int i = 0; i + 1 < ts.size(); i++) {
      CueLexicon.Cue cue = lexicon.phraseAt(ts, i);
      if (cue == null || !cue.lemma().equals("according to")) continue;
      int from = i + 2;
      int to = from;
      // The speaker runs to the next punctuation or finite verb: "according to exit polls conducted for the networks, ...".
      while (to < ts.size() && !TokenRanges.isPunct(ts.get(to)) && !finite(ts.get(to))) to++;
      if (to == from) continue;
      Span speakerSpan = TokenRanges.trimmed(s, from, to - 1);
      if (speakerSpan == null) continue;
      int head = headOfRun(s, from, to - 1);
      Mention speaker = new Mention(s.index(), speakerSpan, head, head, null);
      // "X, according to Y" attributes X; only "According to Y, X" attributes what follows (a trailing remark after
      // "..., according to Y, ..." is the writer's again).
      List<Span> content = new ArrayList<>();
      if (i > 0) add(content, TokenRanges.trimmed(s, 0, i - 1));
      if (content.isEmpty() && to < ts.size()) add(content, TokenRanges.trimmed(s, to, ts.size() - 1));
      if (content.isEmpty()) continue;
      out.add(new Draft(s.index(), s.spanOf(i, i + 1), cue.lemma(), cue, speaker, content, null, false, null));
    }
    return out;
  }

  /** The cue of a "Speaker: what was said" line: the colon. */
  private static final CueLexicon.Cue COLON = new CueLexicon.Cue(":", CueLexicon.Kind.PHRASE, Stance.ASSERT, List.of(":"), false);
  /** How many words a name before a line's colon may have ("Elizabeth Warren:", "Defence Ministry spokesman Ivan Petrov:"). */
  private static final int MAX_NAME_WORDS = 5;

  /**
   * A line opening with a capitalised name and a colon, as headlines and transcripts attribute ("Petrov: Bridge Will
   * Reopen Soon", "MORALES: We were never told."): the name is the speaker, the colon the cue, the rest the content.
   */
  List<Draft> colonLine(Sentence s, String text) {
    int start = s.span().start();
    if (start > 0 && text.charAt(start - 1) != '\n') return List.of();
    List<Token> ts = s.tokens();
    int colon = -1;
    boolean proper = false;
    for (int k = 0; k < ts.size() && k <= MAX_NAME_WORDS; k++) {
      Token t = ts.get(k);
      if (":".equals(t.word())) { colon = k; break; }
      if (!Character.isUpperCase(t.word().charAt(0)) && !"HYPH".equals(t.tag()) && !"POS".equals(t.tag())) return List.of();
      proper |= t.isProperNoun();
    }
    if (colon < 1 || !proper || colon + 2 >= ts.size()) return List.of();
    Span speakerSpan = TokenRanges.trimmed(s, 0, colon - 1);
    Span content = TokenRanges.trimmed(s, colon + 1, ts.size() - 1);
    if (speakerSpan == null || content == null) return List.of();
    Mention speaker = new Mention(s.index(), speakerSpan, colon - 1, colon - 1, null);
    return List.of(new Draft(s.index(), ts.get(colon).span(), COLON.lemma(), COLON, speaker, List.of(content), null, false, null));
  }

  /** The cue of a quotation signed with a dash and a name: the dash. */
  private static final CueLexicon.Cue SIGNATURE = new CueLexicon.Cue("\u2015", CueLexicon.Kind.PHRASE, Stance.ASSERT, List.of("\u2015"), false);

  /**
   * A quotation signed at its line's end with a dash and a capitalised name ('"We stay." \u2015 Anna Petrova'): the
   * name is the speaker, the dash the cue, the quotation the content. {@code s} is the sentence holding the dash.
   */
  List<Draft> signedQuote(Sentence s, Quotes quotes, String text) {
    List<Token> ts = s.tokens();
    for (Token dash : ts) {
      if (!"\u2015".equals(dash.word()) && !"\u2014".equals(dash.word())) continue;
      int from = dash.index() + 1;
      int to = from;
      while (to < ts.size() && to - from < MAX_NAME_WORDS && Character.isUpperCase(ts.get(to).word().charAt(0))
          && !text.substring(ts.get(from).span().start(), ts.get(to).span().end()).contains("\n")) to++;
      int lineEnd = text.indexOf('\n', dash.span().end());
      if (to == from || to - 1 < from || !onlySpace(text, ts.get(to - 1).span().end(), lineEnd < 0 ? text.length() : lineEnd)) continue;
      Span quote = null;
      for (Span q : quotes.all()) if (q.end() <= dash.span().start() && onlySpace(text, q.end(), dash.span().start())) quote = q;
      if (quote == null) continue;
      Mention speaker = new Mention(s.index(), s.spanOf(from, to - 1), to - 1, to - 1, null);
      return List.of(new Draft(s.index(), dash.span(), SIGNATURE.lemma(), SIGNATURE, speaker, List.of(quote), null, true, null));
    }
    return List.of();
  }

  private static boolean onlySpace(String text, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') return false;
    return true;
  }

  /** Cue verbs in an unparsed sentence: speaker the noun phrase before (or right after) the cue. */
  List<Draft> unparsed(Sentence s, Quotes quotes) {
    List<Draft> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      CueLexicon.Cue cue = t.isVerb() ? lexicon.verb(t.lemma()) : null;
      Draft d = cue == null ? null : unparsedAt(s, t.index(), cue, quotes);
      if (d != null) out.add(d);
    }
    return out;
  }

  /**
   * The attribution at a cue the tagger found in an unparsed sentence, read from its last verb as a cue verb is;
   * null when the run holds no verb, holds a lexicon cue (the rules have judged it) or no content is found.
   */
  Draft tagged(Sentence s, int from, int to, Quotes quotes) {
    int verb = -1;
    for (int k = from; k <= to; k++) {
      Token t = s.tokens().get(k);
      if (lexicon.verb(t.lemma()) != null || lexicon.phraseAt(s.tokens(), k) != null) return null;
      if (t.isVerb()) verb = k;
    }
    return verb < 0 ? null : unparsedAt(s, verb, DependencyCues.unknown(s, verb, CueLexicon.Kind.VERB), quotes);
  }

  /** The attribution around cue verb {@code i} of an unparsed sentence, or null when no content is found. */
  Draft unparsedAt(Sentence s, int i, CueLexicon.Cue cue, Quotes quotes) {
    List<Token> ts = s.tokens();
    int from = i;
    while (from > 0 && NP_TAGS.contains(ts.get(from - 1).tag())) from--;
    int to = i - 1;
    boolean inverted = from == i;
    if (inverted) {
      // '"...," said the mayor.'
      from = i + 1;
      to = i;
      while (to + 1 < ts.size() && NP_TAGS.contains(ts.get(to + 1).tag())) to++;
    }
    Mention speaker = to >= from ? new Mention(s.index(), s.spanOf(from, to), headOfRun(s, from, to), headOfRun(s, from, to), null) : null;
    int clauseStart = Math.min(from, i);
    int clauseEnd = Math.max(to, i);
    List<Span> content = new ArrayList<>();
    boolean direct = false;
    Span before = quotes.endingBefore(s, ts.get(clauseStart).span().start());
    Span after = quotes.startingAfter(s, ts.get(clauseEnd).span().end());
    if (before != null || after != null) {
      if (before != null) content.add(before);
      if (after != null) content.add(after);
      direct = true;
    } else {
      content.addAll(thatClauseAfter(s, i));
    }
    if (content.isEmpty() && clauseStart > 1 && ",".equals(ts.get(clauseStart - 1).word()) && endsClause(ts, clauseEnd + 1)) {
      // "Two drones were shot down, officials said."
      add(content, TokenRanges.trimmed(s, 0, clauseStart - 2));
    }
    if (content.isEmpty()) return null;
    return new Draft(s.index(), ts.get(i).span(), cue.lemma(), cue, speaker, content, null, direct, null);
  }

  private static boolean finite(Token t) { return Set.of("VBD", "VBZ", "VBP", "MD").contains(t.tag()); }

  private static boolean endsClause(List<Token> ts, int k) {
    for (int j = k; j < ts.size(); j++) if (!TokenRanges.isPunct(ts.get(j))) return false;
    return true;
  }

  /** The head of a surface noun phrase: its last noun or pronoun before any "of". */
  private static int headOfRun(Sentence s, int from, int to) {
    int head = to;
    for (int k = from; k <= to; k++) {
      Token t = s.tokens().get(k);
      if ("of".equalsIgnoreCase(t.word()) || ",".equals(t.word())) break;
      if (t.isNoun() || t.isPronoun()) head = k;
    }
    return head;
  }

  private static void add(List<Span> out, Span s) { if (s != null) out.add(s); }
}
