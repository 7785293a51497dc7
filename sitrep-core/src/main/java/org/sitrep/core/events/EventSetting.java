package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.actors.AgentLexicon;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;

/**
 * Where and when an event happened: the PLACES / TIMES entry of its own clause first (for a noun trigger, also of the
 * clause of the verb it belongs to, without that verb's adverbial clauses), then of its sentence, then of
 * the earlier sentences of its paragraph (for times, only a specific day). Among a clause's or sentence's places the
 * finest wins (a town before its region, a region before its country), then the nearest to the trigger. Places only
 * compared ("states such as Poland"), places a title or institution is of ("the President of France") and places
 * naming the event's actors are never its location; generic times ("in recent years") never date it. Stateless.
 */
final class EventSetting {
  /** A chosen place or time with the level it came from. */
  record Located<T>(T value, String level) {}

  private static final int CONTEXT_SENTENCES = 3;

  private final TriggerLexicon lexicon;
  private final AgentLexicon agents;

  EventSetting(TriggerLexicon lexicon, AgentLexicon agents) {
    this.lexicon = lexicon;
    this.agents = agents;
  }

  Located<Place> location(List<Sentence> sentences, int si, int head, List<Integer> clause, List<Integer> governing,
                          List<Actor> actors, List<Place> places, String text) {
    Sentence s = sentences.get(si);
    List<Place> inSentence = new ArrayList<>();
    for (Place p : places) {
      if (!s.span().contains(p.span()) || compared(s, p) || affiliation(s, p) || objectOfOtherAct(s, p, head)) continue;
      if (actors.stream().anyMatch(a -> a.span() != null && a.span().overlaps(p.span()))) continue;
      inSentence.add(p);
    }
    // The finest place first, then the nearest: "captured the village in Ukraine's Donetsk region" happened in the
    // region, not merely in Ukraine, and ACLED codes an event at the most precise place its report gives.
    // A country modifying a thing ("a U.S. base in Syria", "a Turkish ship") says whose it is: it places the event
    // only when no other place of the same clause does.
    Comparator<Place> finestNearest = Comparator.comparing((Place p) -> countryOfThing(s, p))
        .thenComparingInt(EventSetting::coarseness)
        .thenComparingInt(p -> Math.abs(tokenOf(s, p.span()) - head));
    List<Place> inClause = inSentence.stream().filter(p -> clause.contains(tokenOf(s, p.span()))).sorted(finestNearest).toList();
    if (!inClause.isEmpty()) return new Located<>(inClause.get(0), "clause");
    List<Place> inGoverning = inSentence.stream().filter(p -> governing.contains(tokenOf(s, p.span()))).sorted(finestNearest).toList();
    if (!inGoverning.isEmpty()) return new Located<>(inGoverning.get(0), "clause");
    if (!inSentence.isEmpty()) return new Located<>(inSentence.stream().min(finestNearest).get(), "sentence");
    for (Sentence prev : paragraphBefore(sentences, si, text).before()) {
      Place last = null;
      for (Place p : places) if (prev.span().contains(p.span()) && !compared(prev, p) && !affiliation(prev, p)) last = p;
      if (last != null) return new Located<>(last, "context");
    }
    return new Located<>(null, null);
  }

  /**
   * The time of the event's clause, else of its sentence, else the last dated day of the earlier sentences of its
   * paragraph ("... an operation in Paktiya province yesterday. During the operation the force engaged insurgents
   * with an airstrike": the airstrike was that day), else the day of a dateline opening the paragraph (level
   * "dateline"); else null with level "publication" when the article is dated.
   */
  Located<TimeExpression> time(List<Sentence> sentences, int si, int head, List<Integer> clause, List<Integer> governing,
                               List<TimeExpression> times, boolean published, String text) {
    Sentence s = sentences.get(si);
    // "came two days after Zelenskyy visited the city on March 6": a time holding the word that subordinates the
    // event's clause dates the clause above it, not this one
    List<TimeExpression> inSentence = times.stream().filter(t -> s.span().contains(t.span()) && !t.generic()
        && !holdsMarkOf(s, t.span(), head)).toList();
    Comparator<TimeExpression> nearest = Comparator.comparingInt(t -> Math.abs(tokenOf(s, t.span()) - head));
    var inClause = inSentence.stream().filter(t -> clause.contains(tokenOf(s, t.span()))).min(nearest);
    if (inClause.isPresent()) return new Located<>(inClause.get(), "clause");
    var inGoverning = inSentence.stream().filter(t -> governing.contains(tokenOf(s, t.span()))).min(nearest);
    if (inGoverning.isPresent()) return new Located<>(inGoverning.get(), "clause");
    // "Burkina Faso's junta, which seized power in 2022, has vowed to retake territory": a relative clause's date
    // belongs to the noun it describes, never to an event outside it
    List<Integer> relative = nonRestrictiveClausesWithout(s, head);
    var inRest = inSentence.stream().filter(t -> !relative.contains(tokenOf(s, t.span()))).min(nearest);
    if (inRest.isPresent()) return new Located<>(inRest.get(), "sentence");
    Paragraph paragraph = paragraphBefore(sentences, si, text);
    for (Sentence prev : paragraph.before()) {
      TimeExpression last = lastDay(prev, times);
      if (last != null) return new Located<>(last, "context");
    }
    // "KABUL, Afghanistan (Jan. 24, 2011) – Several insurgents were killed ...": a dateline opening the paragraph
    // dates the report, and an undated event of its lead paragraph is the news of that day. Its place is not taken:
    // that is where the report was filed.
    for (Sentence header : paragraph.headers()) {
      TimeExpression day = lastDay(header, times);
      if (day != null) return new Located<>(day, "dateline");
    }
    // No time in the text: the event happened on or before the publication date, which the reader knows from the
    // article; we do not copy that date into the event, since most reported events precede publication by days.
    return new Located<>(null, published ? "publication" : null);
  }

  /**
   * The tokens of the sentence's relative clauses set off by a comma ("the junta, which seized power in 2022,") that do
   * not hold the trigger, up to their closing comma. A restrictive one keeps its time: the parser often hangs the event's own day there ("captured
   * a facilitator who operated in Sabari district yesterday").
   */
  private static List<Integer> nonRestrictiveClausesWithout(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    if (!s.parsed()) return out;
    for (var d : s.dependencies()) {
      if (!d.relation().equals("acl:relcl")) continue;
      List<Integer> clause = s.subtree(d.dependent());
      int first = clause.get(0);
      if (clause.contains(head) || first == 0 || !",".equals(s.tokens().get(first - 1).word())) continue;
      // only up to the comma that closes it: "a facilitator, who conducts attacks ..., in Khost province Sunday" hangs
      // the capture's day on the clause
      for (int t = first; t < s.tokens().size() && clause.contains(t) && !",".equals(s.tokens().get(t).word()); t++) out.add(t);
    }
    return out;
  }

  private static boolean holdsMarkOf(Sentence s, Span time, int head) {
    if (!s.parsed()) return false;
    for (var d : s.children(head)) {
      if (d.relation().equals("mark") && time.contains(s.tokens().get(d.dependent()).span())) return true;
    }
    return false;
  }

  /** The last specific, resolved day in the sentence: "in 2014" or "last month" says little of a later sentence. */
  private static TimeExpression lastDay(Sentence s, List<TimeExpression> times) {
    TimeExpression last = null;
    for (TimeExpression t : times) {
      if (s.span().contains(t.span()) && !t.generic() && t.resolved() && t.granularity() == Granularity.DAY) last = t;
    }
    return last;
  }

  /**
   * The earlier sentences of a paragraph, nearest first, and the headers (a dateline, a release number, a lone dash)
   * that open it, nearest first.
   */
  private record Paragraph(List<Sentence> before, List<Sentence> headers) {}

  /**
   * The sentences before sentence {@code si} that an undated or unplaced event may take its setting from, nearest
   * first: at most {@link #CONTEXT_SENTENCES}, stopping at a line break (the paragraph ends) and at a header (a
   * dateline, "KHARTOUM, June 5 (Reuters) -", says where and when the report was filed, not where its events happened),
   * which is kept apart with the headers just before it.
   */
  private static Paragraph paragraphBefore(List<Sentence> sentences, int si, String text) {
    List<Sentence> out = new ArrayList<>();
    List<Sentence> headers = new ArrayList<>();
    for (int k = si - 1; k >= 0 && k >= si - CONTEXT_SENTENCES; k--) {
      Sentence prev = sentences.get(k);
      if (text.substring(prev.span().end(), sentences.get(k + 1).span().start()).indexOf('\n') >= 0) break;
      // a heading block runs on over consecutive verbless lines: "KABUL, Afghanistan (Jan. 4)" then a lone "–"
      if (header(prev)) headers.add(prev);
      else if (headers.isEmpty()) out.add(prev);
      else break;
    }
    return new Paragraph(out, headers);
  }

  /** A sentence without a verb: a dateline or a heading, which tells where and when the report was filed. */
  private static boolean header(Sentence s) {
    return s.tokens().stream().noneMatch(Token::isVerb);
  }

  /** 2 for a country (GeoNames PCL*), 1 for an administrative or named region (ADM*, RGN), 0 for a town or site. */
  static int coarseness(Place p) {
    String code = p.featureCode();
    if (code == null) return 0;
    if (code.equals("CONT")) return 3; // "Europe" is coarser than any country in it
    if (code.startsWith("PCL")) return 2;
    return code.startsWith("ADM") || code.equals("RGN") ? 1 : 0;
  }

  /**
   * A place that is what another verb of the sentence acts on: "protests against the decision to suspend talks on
   * joining the European Union" did not happen in the EU, nor "a vow to retake Kherson" in Kherson. The trigger's own
   * object ("shelled Kharkiv") is its location, and so is a finite verb's ("strikes targeted Kyiv") or another event
   * verb's ("to visit Bucharest").
   */
  private boolean objectOfOtherAct(Sentence s, Place p, int head) {
    // only a place of no country (the EU, a continent): the parser often makes a district the object of a verb it
    // merely modifies ("attempts to re-establish control in the Nawah district, Helmand province")
    if (!s.parsed() || p.country() != null) return false;
    int t = s.tokenAt(p.span().end() - 1);
    if (t < 0) return false;
    var up = s.head(t);
    if (up == null || up.governor() < 0 || up.governor() == head || !up.relation().equals("obj")) return false;
    // only a non-finite verb: "strikes targeted Kyiv" places the strikes in Kyiv; and not an event's own verb: "held
    // talks, the first delegation to visit Bucharest" were held where it visited
    Token verb = s.tokens().get(up.governor());
    return (verb.tag().equals("VB") || verb.tag().equals("VBG")) && !lexicon.isTriggerHead(TriggerLexicon.lemma(verb));
  }

  /** A country named as the modifier of a common noun: "U.S." in "a U.S. base", "Turkish" in "a Turkish ship". */
  private static boolean countryOfThing(Sentence s, Place p) {
    if (coarseness(p) < 2 || !s.parsed()) return false;
    int t = s.tokenAt(p.span().end() - 1);
    if (t < 0) return false;
    var up = s.head(t);
    if (up == null || up.governor() < 0) return false;
    String rel = up.relation();
    String tag = s.tokens().get(up.governor()).tag();
    return (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")) && (tag.equals("NN") || tag.equals("NNS"));
  }

  private static int tokenOf(Sentence s, Span span) {
    int t = s.tokenAt(span.start());
    return t >= 0 ? t : 0;
  }

  /**
   * Whether the place is the country a title or an institution is of: "the President of Russia informed ...",
   * "President of France Emmanuel Macron met ... in Moscow", "the Ministry of Defence of Ukraine": a country the actor
   * belongs to, not where the event happened.
   */
  boolean affiliation(Sentence s, Place p) {
    if (coarseness(p) >= 1 && possessor(s.tokens(), tokenOf(s, p.span()), s.tokenAt(p.span().end() - 1))) return true;
    // only a country: "the mayor of Melitopol was abducted" did happen in Melitopol
    if (coarseness(p) < 2) return false;
    int i = tokenOf(s, p.span()) - 1;
    List<Token> tokens = s.tokens();
    if (i >= 0 && TriggerLexicon.lemma(tokens.get(i)).equals("the")) i--;
    return i >= 1 && TriggerLexicon.lemma(tokens.get(i)).equals("of") && agents.titleOrBodyEndsAt(tokens, i - 1);
  }

  /**
   * "Ukraine's SBU security service", "Russia's foreign ministry", "the plant, Europe's largest": a country or region
   * in the possessive that owns a body or title, or is the ground of a superlative, says whose or where-among, not
   * where the event happened ("Ukraine's Donetsk region", whose head is a place, stays a place).
   */
  private boolean possessor(List<Token> tokens, int first, int last) {
    int k = last + 1;
    if (first < 0 || k >= tokens.size() || !"POS".equals(tokens.get(k).tag())) return false;
    k++;
    if (k < tokens.size() && "JJS".equals(tokens.get(k).tag())) return true;
    int end = -1;
    while (k < tokens.size() && (tokens.get(k).isNoun() || tokens.get(k).tag().startsWith("JJ"))) {
      if (tokens.get(k).isNoun()) end = k;
      k++;
    }
    return end >= 0 && agents.titleOrBodyEndsAt(tokens, end);
  }

  /**
   * Whether the place stands in a comparison: walking left over the list it belongs to (names, commas, "and"), the
   * words before it spell a comparison marker ("such as", "like", "as it does with").
   */
  boolean compared(Sentence s, Place p) {
    int i = tokenOf(s, p.span()) - 1;
    List<Token> tokens = s.tokens();
    while (i >= 0) {
      Token t = tokens.get(i);
      String w = TriggerLexicon.lemma(t);
      if (t.isProperNoun() || w.equals(",") || w.equals("and") || w.equals("or") || w.equals("the")) i--;
      else break;
    }
    for (List<String> marker : lexicon.comparisonMarkers()) {
      int start = i - marker.size() + 1;
      if (start < 0) continue;
      boolean all = true;
      for (int k = 0; k < marker.size() && all; k++) {
        Token t = tokens.get(start + k);
        String m = marker.get(k);
        all = TriggerLexicon.lemma(t).equals(m) || t.word().toLowerCase(java.util.Locale.ROOT).equals(m);
      }
      if (all) return true;
    }
    return false;
  }
}
