package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Token;

/**
 * Cue-centred attribution over a sentence's dependency parse: speaker from the cue's subject (or passive agent,
 * or the subject it shares with a governing verb), content from its clausal complement, an adjacent quote or the
 * clause it interrupts, medium and target from its prepositional phrases and objects. Where CoreNLP misattaches
 * the complement clause, the content is taken from the "that" that follows the cue.
 */
final class DependencyCues {
  /** Relations whose subtrees are not part of a noun phrase's mention (relative clauses and the like). */
  private static final Set<String> NOT_IN_MENTION = Set.of("acl", "acl:relcl", "parataxis", "dep", "advcl", "ccomp");
  /** The cue's own dependents that make up its clause (for finding quotes adjacent to it). */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod",
      "obl:npmod", "advmod", "aux", "aux:pass", "compound:prt", "expl", "punct");

  /** Verbs whose subject belongs to their complement ("he seems to", "it appears that"): no speaker of their own. */
  private static final Set<String> RAISING = Set.of("seem", "appear");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");
  /** Cues whose object is itself what was said: "denied the reports", "confirmed the strike". */
  private static final Set<Stance> OBJECT_IS_CONTENT = Set.of(Stance.DENY, Stance.REJECT, Stance.CONFIRM, Stance.CRITICIZE, Stance.PRAISE);

  private final CueLexicon lexicon;
  private final Set<String> media;
  private final SurfaceCues surface;

  DependencyCues(CueLexicon lexicon, Set<String> media, SurfaceCues surface) {
    this.lexicon = lexicon;
    this.media = media;
    this.surface = surface;
  }

  List<Draft> find(Sentence s, Quotes quotes) {
    List<Draft> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      CueLexicon.Cue phrase = lexicon.phraseAt(s.tokens(), t.index());
      if (t.isVerb()) {
        CueLexicon.Cue cue = phrase != null ? phrase : lexicon.verb(t.lemma());
        if (cue != null) add(out, verbCue(s, t.index(), cue, quotes, out));
        else add(out, quoteFrame(s, t.index(), quotes));
      } else if (t.isNoun() && lexicon.noun(t.lemma()) != null) {
        add(out, nounCue(s, t.index(), lexicon.noun(t.lemma())));
      }
    }
    return out;
  }

  private static void add(List<Draft> out, Draft d) { if (d != null) out.add(d); }

  /**
   * The attribution of a cue the tagger found and the lexicon does not know ("he stressed that", "her insistence
   * that"): read as a verb cue from the run's last verb, else as a noun cue from its last noun, with the plain
   * asserting stance. A lexicon verb that counts only with a clause ("show", "see") and found none is read again with
   * its object or the rest of the sentence as content, since the tagger, weighing its context, took it for a cue (not a
   * verb of belief or wish: "residents want a ceasefire" reports no speech). Null
   * when the run holds another lexicon cue (the rules have already judged it) or no content is found.
   */
  Draft tagged(Sentence s, int from, int to, Quotes quotes, List<Draft> earlier) {
    int verb = -1, noun = -1;
    CueLexicon.Cue narrow = null;
    int narrowAt = -1;
    for (int k = from; k <= to; k++) {
      Token t = s.tokens().get(k);
      if (t.isVerb()) verb = k;
      else if (t.isNoun()) noun = k;
      CueLexicon.Cue known = t.isVerb() ? lexicon.verb(t.lemma()) : null;
      if (known != null && known.clauseOnly() && !lexicon.mental(t.lemma())) {
        narrow = known;
        narrowAt = k;
        continue;
      }
      if (known != null || t.isNoun() && lexicon.noun(t.lemma()) != null
          || lexicon.phraseAt(s.tokens(), k) != null) return null;
    }
    if (narrow != null) {
      // "the poll showed Trump leading": a verb the lexicon reads only with a clause ("show that ...") which the tagger,
      // seeing its subject and object, takes for a cue; what was said is then its object.
      return verbCue(s, narrowAt, new CueLexicon.Cue(narrow.lemma(), narrow.kind(), narrow.stance(), narrow.words(), false), quotes, earlier);
    }
    if (verb >= 0) return verbCue(s, verb, unknown(s, verb, CueLexicon.Kind.VERB), quotes, earlier);
    return noun >= 0 ? nounCue(s, noun, unknown(s, noun, CueLexicon.Kind.NOUN)) : null;
  }

  /**
   * A cue entry for a lemma outside the lexicon: asserting, and what was said only a clause or a quotation ("he
   * stressed that ...", '"...," he muttered'). A bare object is not content for such a verb: the tagger, trained on
   * PolNeAR's politics, also marks verbs like "detained" or "occupied", whose object is someone acted upon.
   */
  static CueLexicon.Cue unknown(Sentence s, int i, CueLexicon.Kind kind) {
    String lemma = s.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
    return new CueLexicon.Cue(lemma, kind, Stance.ASSERT, List.of(lemma), true);
  }

  /**
   * '"We are not leaving," he continued.' / '"No," laughed the mayor.': a verb outside the lexicon whose clause is
   * only a named or pronoun subject and the verb, right after a quotation and closing the sentence (or opening the
   * next quotation), introduces that quotation; a writer frames a quote so with any verb of speaking or manner.
   */
  private Draft quoteFrame(Sentence s, int i, Quotes quotes) {
    Integer subj = child(s, i, "nsubj");
    if (subj == null) return null;
    Token st = s.tokens().get(subj);
    if (!st.isPronoun() && !st.isProperNoun() || Math.abs(subj - i) > 3) return null;
    List<Integer> sub = s.subtree(subj);
    int from = Math.min(sub.get(0), i), to = Math.max(sub.get(sub.size() - 1), i);
    for (int k = from; k <= to; k++) if (k != i && !sub.contains(k) && !"RB".equals(s.tokens().get(k).tag())) return null;
    Span before = quotes.endingBefore(s, s.tokens().get(from).span().start());
    if (before == null) return null;
    for (Dependency d : s.children(i)) {
      // Nothing of the verb's own but its subject, adverbs, punctuation and the quotation (often parsed as its complement).
      boolean framing = d.dependent() == subj || Set.of("punct", "advmod").contains(d.relation())
          || before.contains(s.tokens().get(d.dependent()).span());
      if (!framing) return null;
    }
    Span after = quotes.startingAfter(s, s.tokens().get(to).span().end());
    boolean closes = true;
    for (int k = to + 1; k < s.tokens().size(); k++) closes &= TokenRanges.isPunct(s.tokens().get(k));
    if (!closes && after == null) return null;
    List<Span> content = after == null ? List.of(before) : List.of(before, after);
    String lemma = s.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
    CueLexicon.Cue cue = new CueLexicon.Cue(lemma, CueLexicon.Kind.VERB, Stance.ASSERT, List.of(lemma), false);
    return new Draft(s.index(), s.spanOf(verbGroupStart(s, i), i), lemma, cue, mention(s, subj), content, null, true, null);
  }

  private Draft verbCue(Sentence s, int i, CueLexicon.Cue cue, Quotes quotes, List<Draft> earlier) {
    String rel = relation(s, i);
    Token cueToken = s.tokens().get(i);
    // "the so-called", "said" used as a modifier: no act of saying. A gerund misparsed as a modifier
    // ("while attributing part of the shelling to ...") still is one.
    if (Set.of("compound", "case", "fixed", "det").contains(rel) || ("amod".equals(rel) && !"VBG".equals(cueToken.tag()))) return null;
    if (innerCue(s, i) != null) return null; // "wanted to know why": one cue, reported by the inner verb
    Integer outer = outerCue(s, i);
    if (outer != null && lexicon.verb(s.tokens().get(outer).lemma()).stance() != Stance.ASSERT) {
      cue = lexicon.verb(s.tokens().get(outer).lemma()); // "refused to say": the outer verb sets the stance
    }
    int last = i + cue.words().size() - 1;
    Span cueSpan = s.spanOf(verbGroupStart(s, outer != null ? outer : i), last);
    // "Asked whether ..., Ryan said": a bare passive participle; the main clause's subject was asked, and did not ask.
    boolean asked = "VBN".equals(cueToken.tag()) && Set.of("advcl", "dep").contains(rel) && child(s, i, "aux") == null
        && child(s, i, "aux:pass") == null && child(s, i, "nsubj:pass") == null;
    Mention speaker = asked ? null : outsideQuote(s, speaker(s, i, earlier), verbGroupStart(s, i), quotes);
    List<Span> content = new ArrayList<>();
    Mention target = null;
    Span medium = null;
    Set<Integer> clause = new TreeSet<>(List.of(i, last));
    if (speaker != null && speaker.sentence() == s.index()) clause.addAll(TokenRanges.inside(s, speaker.span()));

    for (Dependency d : s.children(i)) {
      int c = d.dependent();
      String r = d.relation();
      Token ct = s.tokens().get(c);
      if (r.equals("ccomp")) content.addAll(clauses(s, c));
      else if (asked && r.equals("advcl") && c > i && (hasMark(s, c, "if") || hasMark(s, c, "whether"))) content.addAll(TokenRanges.runs(s, s.subtree(c)));
      else if (r.equals("parataxis") && c > i) content.addAll(TokenRanges.runs(s, s.subtree(c)));
      else if (r.equals("xcomp") && c > i) content.addAll(TokenRanges.runs(s, infinitiveContent(s, i, c)));
      else if (r.startsWith("obl") && medium == null && media.contains(ct.lemma().toLowerCase())) medium = pruned(s, c);
      else if (r.equals("obl") && medium == null && hasCase(s, c, "on") && ct.isProperNoun() && !TIME_TAGS.contains(ct.ner())) {
        medium = pruned(s, c); // "on Telegram", "on Rossiya-1"; not "on Monday"
      } else if (r.equals("obl") && medium != null && hasCase(s, c, "with") && adjacent(s, medium, pruned(s, c))) {
        medium = medium.union(pruned(s, c)); // "in an interview" + "with a French newspaper", attached apart
      }
      if (CLAUSE_RELATIONS.contains(r) && quotes.around(s.tokens().get(c).span()) == null) clause.addAll(s.subtree(c));
    }
    for (Dependency d : s.children(i)) {
      int c = d.dependent();
      String r = d.relation();
      if ((r.equals("obj") || r.equals("iobj")) && !isAccusation(cue) && !isAttribution(cue)) {
        Integer clauseOfNoun = thatClauseOf(s, c);
        if (clauseOfNoun != null) content.addAll(clauses(s, clauseOfNoun));
        else if (Set.of("reporter", "journalist", "press").contains(s.tokens().get(c).lemma().toLowerCase())) {
          if (medium == null) medium = pruned(s, c);
        } else if (s.tokens().get(c).isNoun() || s.tokens().get(c).isPronoun()) {
          target = mention(s, c);
        }
      }
    }
    if (isAccusation(cue)) {
      // "blamed Moscow for the strike", "accused Kyiv of shelling": the object is accused, the phrase says of what.
      Integer obj = child(s, i, "obj");
      if (obj != null) target = mention(s, obj);
      for (Dependency d : s.children(i)) {
        if (d.relation().startsWith("obl") && (hasCase(s, d.dependent(), "for") || hasCase(s, d.dependent(), "of")
            || hasCase(s, d.dependent(), "over"))) content.add(pruned(s, d.dependent()));
        int c = d.dependent();
        if (d.relation().equals("advcl") && (hasMark(s, c, "for") || hasMark(s, c, "of") || hasCase(s, c, "for") || hasCase(s, c, "of"))) {
          content.addAll(TokenRanges.runs(s, s.subtree(d.dependent())));
        }
      }
      content.removeIf(sp -> sp == null);
      if (obj != null && !content.isEmpty()) content = CueExtent.withObject(s, obj, content);
    } else if (isAttribution(cue)) {
      // "attributing the shelling to Russian forces": what is attributed is the content, to whom the target.
      Integer obj = child(s, i, "obj");
      Integer to = null;
      for (Dependency d : s.children(i)) if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "to")) to = d.dependent();
      if (obj != null && to != null) {
        content.add(pruned(s, obj));
        target = mention(s, to);
      } else {
        SurfaceCues.Attribution a = surface.attributedTo(s, last);
        if (a != null) {
          content.add(a.what());
          target = a.to();
        }
      }
    } else if (cue.lemma().equals("call on")) {
      for (Dependency d : s.children(i)) if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "on")) target = mention(s, d.dependent());
    } else if (cue.lemma().equals("call for")) {
      for (Dependency d : s.children(i)) if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "for")) content.add(pruned(s, d.dependent()));
    }
    content.removeIf(sp -> sp == null);
    Integer obj = child(s, i, "obj");
    if (speaker == null && obj != null && obj > i && quotes.endingBefore(s, cueSpan.start()) != null) {
      // '"The bridge is gone," said the mayor': CoreNLP takes the inverted subject for an object.
      speaker = mention(s, obj);
      target = null;
      clause.addAll(s.subtree(obj));
    }
    if (content.isEmpty() && OBJECT_IS_CONTENT.contains(cue.stance()) && !cue.clauseOnly()) {
      // "denied the reports"; passive "the claim was denied by the ministry".
      Integer said = obj != null ? obj : child(s, i, "nsubj:pass");
      if (said != null && s.tokens().get(said).isNoun()) content.add(pruned(s, said));
      content.removeIf(sp -> sp == null);
    }

    boolean direct = false;
    // A quotation's words the parser hung on the speaker ('"Judge," Brafman said') are no part of the reporting clause.
    clause.removeIf(k -> k < i && quotes.around(s.tokens().get(k).span()) != null);
    if (clause.isEmpty()) clause.add(i);
    int clauseStart = s.tokens().get(first(clause)).span().start();
    if (rel.equals("parataxis") && content.isEmpty() && quotes.endingBefore(s, clauseStart) == null) {
      // "Two drones were shot down, the governor said": the cue interrupts or follows what was said.
      Set<Integer> said = new TreeSet<>(s.subtree(s.head(i).governor()));
      said.removeAll(s.subtree(i));
      content.addAll(TokenRanges.runs(s, said));
    }
    // "..., the minister said, as protesters gathered outside": a clause opened by "as" after the cue tells when or
    // how it was said, not what. Dropped before the fallbacks below, so the report before the cue can still be found.
    final int cueStop = cueSpan.end();
    content.removeIf(c -> c.start() >= cueStop && opensWithAs(s, c));
    Span before = content.isEmpty() || afterOrQuoted(content, cueSpan, quotes) ? quotes.endingBefore(s, clauseStart) : null;
    Span after = quotes.startingAfter(s, s.tokens().get(lastOf(clause)).span().end());
    if (before != null || after != null) {
      // '"There it is. There it is," he said. "The speech."': the parse may take the words of the first quotation
      // for the complement; the quotations on both sides of the cue are what was said, whole.
      List<Span> quoted = new ArrayList<>();
      if (before != null) quoted.add(before);
      for (Span c : content) {
        Span q = quotes.around(c);
        if (q != null && !quoted.contains(q) && q.end() <= clauseStart) quoted.add(q);
      }
      if (after != null && !quoted.contains(after)) quoted.add(after);
      quoted.sort(null);
      boolean unquotedContent = false;
      for (Span c : content) if (quotes.around(c) == null && !overlapsAny(c, quoted)) unquotedContent = true;
      if (!unquotedContent) {
        content = quoted;
        direct = true;
      }
    }
    if (content.isEmpty()) content.addAll(surface.thatClauseAfter(s, last));
    boolean closingByWords = ClosingReport.speakerHead(s, i, verbGroupStart(s, i)) >= 0; // misparsed as a relative clause
    if (content.isEmpty() && speaker != null && (!relativeClause(s, i) || closingByWords)) {
      // "Clinton kept her lead among black voters, Fox found.": a reporting clause closing the sentence after a comma
      // reports what comes before it, however the parser attached the two. A relative clause there (", a lawyer who
      // has been challenging the mine.") describes the noun it hangs on and reports nothing.
      Span reported = CueExtent.reportedBefore(s, clause);
      if (reported != null) content.add(reported);
    }
    if (content.isEmpty() && speaker != null && !cue.clauseOnly() && !asked) {
      // "Adelson said much of the talk was about Israel": CoreNLP took the complement apart (object plus a loose
      // clause, or the cue as a clausal subject); what was said is the rest of the sentence.
      Span rest = restAfter(s, i, last);
      if (rest != null) content.add(rest);
    }
    content.removeIf(c -> c.start() >= cueStop && opensWithAs(s, c)); // the rest after the cue may open so too
    if (content.isEmpty()) return null;
    if (!direct && allQuoted(content, quotes)) {
      // '"The bridge is gone," said the mayor': the complement is the quote; report it with its marks.
      List<Span> quoted = new ArrayList<>();
      for (Span c : content) if (!quoted.contains(quotes.around(c))) quoted.add(quotes.around(c));
      content = quoted;
      direct = true;
    }
    if (medium != null && medium.contains(content.get(0).start()) && medium.start() < content.get(0).start()) {
      medium = clip(s, medium, content.get(0).start());
    }
    int cueEnd = CueExtent.cueEnd(s, i, last, content);
    cueSpan = s.spanOf(s.tokenAt(cueSpan.start()), cueEnd);
    content = CueExtent.after(s, content, cueSpan, cueEnd); // "called for the resignation": the phrase's "for" is the cue's
    if (content.isEmpty()) return null;
    return new Draft(s.index(), cueSpan, cue.lemma(), cue, speaker, content, medium, direct, target);
  }

  /** A cue verb in the infinitive complement of the cue at {@code i} ("wanted to know", "refused to comment"), or null. */
  private Integer innerCue(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      Token t = s.tokens().get(d.dependent());
      if (d.relation().equals("xcomp") && d.dependent() > i && t.isVerb() && lexicon.verb(t.lemma()) != null) return d.dependent();
    }
    return null;
  }

  /** The cue verb whose infinitive complement the cue at {@code i} is ("seemed to think"), or null. */
  private Integer outerCue(Sentence s, int i) {
    Dependency h = s.head(i);
    if (h == null || !"xcomp".equals(h.relation()) || h.governor() < 0 || h.governor() > i) return null;
    Token g = s.tokens().get(h.governor());
    return g.isVerb() && lexicon.verb(g.lemma()) != null && !"amod".equals(relation(s, h.governor())) ? h.governor() : null;
  }

  /**
   * What an infinitive or predicative complement says: with the cue's object right before it ("urged him to resign")
   * and, where the cue is passive or raising ("is expected to win", "appears uneasy"), with the cue's subject, which
   * is then part of what was said rather than its speaker.
   */
  private static Set<Integer> infinitiveContent(Sentence s, int i, int xcomp) {
    Set<Integer> out = new TreeSet<>(s.subtree(xcomp));
    Integer obj = child(s, i, "obj");
    if (obj != null && obj < xcomp && obj > i) out.addAll(s.subtree(obj));
    Integer subj = raisedSubject(s, i);
    if (subj != null) out.addAll(s.subtree(subj));
    return out;
  }

  /** The subject of a passive cue with an infinitive ("Kyiv is expected to ...") or of a raising verb ("he seems ..."), or null. */
  private static Integer raisedSubject(Sentence s, int i) {
    if (child(s, i, "xcomp") == null) return null;
    Integer pass = child(s, i, "nsubj:pass");
    if (pass != null) return pass;
    return RAISING.contains(s.tokens().get(i).lemma().toLowerCase()) ? child(s, i, "nsubj") : null;
  }

  /**
   * Where the verb group of the cue at {@code i} begins: the auxiliaries, negation and adverbs right before it
   * that hang on it ("has also said", "did not deny", "is expected").
   */
  static int verbGroupStart(Sentence s, int i) {
    int k = i;
    while (k > 0) {
      Dependency h = s.head(k - 1);
      Token t = s.tokens().get(k - 1);
      boolean aux = h != null && h.governor() == i && Set.of("aux", "aux:pass", "advmod").contains(h.relation())
          && (t.isVerb() || "MD".equals(t.tag()) || "RB".equals(t.tag()));
      if (!aux) break;
      k--;
    }
    return k;
  }

  /**
   * The rest of the sentence after the cue, without the cue's own modifiers that come first ("said on Monday",
   * "told reporters", "said in a statement"); null when nothing is left or a quote or clause cue took it.
   */
  private Span restAfter(Sentence s, int i, int last) {
    int from = last + 1;
    boolean skipped = true;
    while (skipped && from < s.tokens().size()) {
      skipped = false;
      for (Dependency d : s.children(i)) {
        int c = d.dependent();
        String r = d.relation();
        boolean modifier = Set.of("iobj", "obl:tmod", "obl:npmod", "advmod", "compound:prt", "punct").contains(r)
            || r.equals("obl") && (media.contains(s.tokens().get(c).lemma().toLowerCase()) || TIME_TAGS.contains(s.tokens().get(c).ner()))
            || r.equals("obj") && isAddressee(s.tokens().get(c)) && !followedByAs(s, c);
        List<Integer> sub = s.subtree(c);
        if (modifier && sub.get(0) == from && contiguous(sub)) {
          from = sub.get(sub.size() - 1) + 1;
          skipped = true;
        }
      }
    }
    if (from >= s.tokens().size()) return null;
    return TokenRanges.trimmed(s, from, s.tokens().size() - 1);
  }

  /** Whether {@code span} opens with "as" marking a subordinate clause: {@link CueExtent#opensAsClause}. */
  private static boolean opensWithAs(Sentence s, Span span) {
    int k = s.tokenAt(span.start());
    return k >= 0 && CueExtent.opensAsClause(s, k);
  }

  /** "described her as reckless": the object is what is described, not whom one told. */
  private static boolean followedByAs(Sentence s, int obj) {
    List<Integer> sub = s.subtree(obj);
    int next = sub.get(sub.size() - 1) + 1;
    return next < s.tokens().size() && "as".equalsIgnoreCase(s.tokens().get(next).word());
  }

  /** Whom one tells or asks: a personal pronoun or a person's or organisation's name ("told him", "asked Reuters"). */
  private boolean isAddressee(Token t) {
    return "PRP".equals(t.tag()) || Set.of("PERSON", "ORGANIZATION").contains(t.ner())
        || Set.of("reporter", "journalist", "press").contains(t.lemma().toLowerCase());
  }

  private static boolean contiguous(List<Integer> sorted) {
    return sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
  }

  private Draft nounCue(Sentence s, int n, CueLexicon.Cue cue) {
    if (relation(s, n).equals("compound")) return null;
    Integer clause = thatClauseOf(s, n);
    List<Span> content = clause != null ? clauses(s, clause) : List.of();
    if (content.isEmpty() && n + 1 < s.tokens().size() && "that".equalsIgnoreCase(s.tokens().get(n + 1).word())
        && "IN".equals(s.tokens().get(n + 1).tag())) {
      content = surface.thatClauseAfter(s, n);
    }
    if (content.isEmpty()) return null;
    Mention speaker = null;
    for (Dependency d : s.children(n)) {
      if (d.relation().equals("nmod:poss")) speaker = mention(s, d.dependent());
      else if (d.relation().equals("nmod") && (hasCase(s, d.dependent(), "by") || hasCase(s, d.dependent(), "from"))) speaker = mention(s, d.dependent());
    }
    Dependency h = s.head(n);
    if (speaker == null && h != null && h.governor() >= 0 && relation(s, n).equals("obj")) {
      Integer subj = child(s, h.governor(), "nsubj");
      if (subj != null) speaker = mention(s, subj);
    }
    return new Draft(s.index(), s.tokens().get(n).span(), cue.lemma(), cue, speaker, content, null, false, null);
  }

  /** The speaker of the cue at {@code i}: its subject, passive agent, or the subject it shares with its governor. */
  private Mention speaker(Sentence s, int i, List<Draft> earlier) {
    if (raisedSubject(s, i) != null && child(s, i, "nsubj:pass") == null) return null;
    Integer subj = child(s, i, "nsubj");
    // "Blinken, who is due to arrive ..., urged": CoreNLP can make an adjective or verb the subject; no one speaks so
    if (subj != null && !s.tokens().get(subj).canNameSomeone()) subj = null;
    if (subj != null && antecedent(s, i, subj) != subj) {
      // "Barkley, who said ...": the relative pronoun is the speaker as written (as PolNeAR marks it), standing for
      // the noun it follows, which names and resolves the speaker.
      Mention named = mention(s, antecedent(s, i, subj));
      return new Mention(s.index(), s.tokens().get(subj).span(), named.head(), named.name(), named.role());
    }
    if (subj == null && (child(s, i, "aux:pass") != null || child(s, i, "nsubj:pass") != null)) {
      for (Dependency d : s.children(i)) if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "by")) subj = d.dependent();
    }
    int group = verbGroupStart(s, i);
    int phraseStart = ClosingReport.phraseStart(s, i, group);
    int closing = ClosingReport.headOf(s, phraseStart, group);
    // "... stormed the post and set fire to vehicles, one of the sources said": a subject the parser carved out of the
    // report (its phrase starts in mid-clause, not after a comma or at the sentence's start) is no speaker when the
    // words between the last comma and the cue are one
    if (subj != null && subj < i && !(closing >= 0 && carvedFromReport(s, subj))) return wholeSubject(s, subj, i);
    if (subj != null && subj > i) return wholeAfter(s, subj);
    if (closing >= 0) {
      // the whole phrase between the comma and the cue speaks, coordinated or not
      Mention m = wholeSubject(s, closing, i);
      Span phrase = TokenRanges.trimmed(s, phraseStart, group - 1);
      return phrase == null || !phrase.contains(m.span()) ? m : new Mention(m.sentence(), phrase, m.head(), m.name(), m.role());
    }
    String rel = relation(s, i);
    Dependency up = s.head(i);
    if (rel.equals("acl:relcl") && up.governor() >= 0 && up.governor() < i && s.tokens().get(up.governor()).isNoun()) {
      return mention(s, up.governor()); // a relative clause without a subject of its own speaks for the noun it modifies
    }
    Token t = s.tokens().get(i);
    boolean nonFinite = "VBG".equals(t.tag()) || "VBN".equals(t.tag()) || "VB".equals(t.tag());
    if (nonFinite && Set.of("advcl", "dep", "amod", "acl").contains(rel)) {
      // "..., while attributing X to Y": the gerund's subject is the speaker of the sentence's earlier cue.
      for (int k = earlier.size() - 1; k >= 0; k--) if (earlier.get(k).speaker() != null) return earlier.get(k).speaker();
    }
    int cur = i;
    for (int hops = 0; hops < 3; hops++) {
      Dependency h = s.head(cur);
      if (h == null || h.governor() < 0 || !Set.of("conj", "xcomp", "advcl", "dep", "amod", "acl").contains(h.relation())) return null;
      cur = h.governor();
      Integer sub = child(s, cur, "nsubj");
      if (sub != null) return mention(s, antecedent(s, cur, sub));
    }
    return null;
  }

  /** Whether the subject's phrase begins in mid-clause: the word before it is no punctuation mark. */
  private static boolean carvedFromReport(Sentence s, int subj) {
    int left = s.subtree(subj).get(0);
    return left > 0 && !TokenRanges.isPunct(s.tokens().get(left - 1));
  }

  /**
   * The noun a relative pronoun subject stands for ("the governor, who visited the dam and said ...": the governor),
   * when the verb {@code verb} heads the relative clause; else {@code subj} itself.
   */
  private static int antecedent(Sentence s, int verb, int subj) {
    if (!isRelativePronoun(s.tokens().get(subj)) || s.head(verb) == null) return subj;
    int governor = s.head(verb).governor();
    // CoreNLP hangs the clause on its noun as a relative clause, or now and then as a bare "dep" ("Petrov, who said")
    boolean relative = relation(s, verb).equals("acl:relcl")
        || relation(s, verb).equals("dep") && governor >= 0 && governor < subj && s.tokens().get(governor).isNoun();
    return relative && governor >= 0 ? governor : subj;
  }

  /**
   * The mention of a subject written before its cue, over its whole phrase, relative clauses and participles included
   * ("Joe Bateman, who travelled from Illinois to help the campaign, said"): the speaker as written. Its head, name and
   * title are those of the pruned phrase. Falls back to the pruned phrase when the subtree is not one stretch ending
   * before the cue.
   */
  private Mention wholeSubject(Sentence s, int subj, int cue) {
    Mention m = mention(s, subj);
    List<Integer> sub = s.subtree(subj);
    if (!contiguous(sub) || sub.get(sub.size() - 1) >= verbGroupStart(s, cue)) return m;
    Span whole = TokenRanges.trimmed(s, sub.get(0), sub.get(sub.size() - 1));
    return whole == null || !whole.contains(m.span()) ? m : new Mention(m.sentence(), whole, m.head(), m.name(), m.role());
  }

  /**
   * A subject after its cue ('"...," said Ann Lee, who chairs the panel.') with its relative clause and appositions:
   * the whole noun phrase names the speaker, as PolNeAR marks sources; when its words are not contiguous, the mention.
   */
  private Mention wholeAfter(Sentence s, int subj) {
    Mention m = mention(s, subj);
    List<Integer> sub = s.subtree(subj);
    if (!contiguous(sub)) return m;
    Span whole = TokenRanges.trimmed(s, sub.get(0), sub.get(sub.size() - 1));
    // Only ever longer to the right: a subtree reaching back before the name holds a misattached quote or cue.
    return whole == null || whole.start() != m.span().start() || !whole.contains(m.span()) ? m
        : new Mention(m.sentence(), whole, m.head(), m.name(), m.role());
  }

  /** The noun phrase headed by {@code h}, without relative clauses, with its name token and title words. */
  Mention mention(Sentence s, int h) {
    Span span = pruned(s, h);
    Integer caseMarker = child(s, h, "case");
    if (span != null && caseMarker != null && caseMarker < h && s.tokens().get(caseMarker).span().start() == span.start()) {
      span = TokenRanges.trimmed(s, caseMarker + 1, s.tokenAt(span.end() - 1)); // "by the ministry" names "the ministry"
    }
    if (span == null) span = s.tokens().get(h).span();
    Token head = s.tokens().get(h);
    int name = h;
    String role = null;
    Integer appos = child(s, h, "appos");
    if (appos != null && head.isNoun() && !head.isProperNoun() && s.tokens().get(appos).isProperNoun()) {
      name = appos;
      role = title(s, h);
    } else if (appos != null && head.isProperNoun() && !s.tokens().get(appos).isProperNoun()) {
      role = title(s, appos);
    } else if (head.isProperNoun()) {
      // "Defence Minister Oleksiy Reznikov": the nouns and adjectives before the name are the title.
      StringBuilder b = new StringBuilder();
      for (int k = s.tokenAt(span.start()); k >= 0 && k < h && !"O".equals(head.ner()); k++) {
        Token c = s.tokens().get(k);
        if (!"O".equals(c.ner()) && c.ner().equals(head.ner())) break;
        if ("O".equals(c.ner()) && (c.isNoun() || "JJ".equals(c.tag()))) b.append(b.length() > 0 ? " " : "").append(c.word());
        else b.setLength(0);
      }
      if (b.length() > 0) role = b.toString();
    }
    return new Mention(s.index(), span, h, name, role);
  }

  private static String title(Sentence s, int n) {
    List<Integer> words = new ArrayList<>();
    for (Dependency d : s.children(n)) if (d.relation().equals("compound") || d.relation().equals("amod")) words.add(d.dependent());
    words.add(n);
    words.sort(Integer::compare);
    StringBuilder b = new StringBuilder();
    for (int w : words) b.append(b.length() > 0 ? " " : "").append(s.tokens().get(w).word());
    return b.toString();
  }

  /** Spans of a complement clause, one per coordinated "that" clause: "that A and that B" gives two. */
  private static List<Span> clauses(Sentence s, int c) {
    Set<Integer> main = new TreeSet<>(s.subtree(c));
    List<Span> out = new ArrayList<>();
    List<Span> extra = new ArrayList<>();
    for (Dependency d : s.children(c)) {
      if (d.relation().equals("conj") && (child(s, d.dependent(), "mark") != null)) {
        List<Integer> sub = s.subtree(d.dependent());
        main.removeAll(sub);
        extra.addAll(TokenRanges.runs(s, sub));
      }
    }
    out.addAll(TokenRanges.runs(s, main));
    out.addAll(extra);
    return out;
  }

  /** A clause hanging on noun {@code n} and introduced by "that" ("the stance that there is no plan"), or null. */
  private static Integer thatClauseOf(Sentence s, int n) {
    for (Dependency d : s.children(n)) {
      if (!Set.of("ccomp", "acl", "acl:relcl", "dep", "appos").contains(d.relation())) continue;
      List<Integer> sub = s.subtree(d.dependent());
      Token first = s.tokens().get(sub.get(0));
      if (sub.get(0) > n && "that".equalsIgnoreCase(first.word()) && !"nsubj".equals(relation(s, first.index()))) return d.dependent();
    }
    return null;
  }

  /** Subtree of {@code h} without relative clauses and other clausal dependents, as one trimmed span. */
  static Span pruned(Sentence s, int h) {
    Set<Integer> keep = new TreeSet<>();
    keep.add(h);
    for (Dependency d : s.children(h)) if (!NOT_IN_MENTION.contains(d.relation())) keep.addAll(prunedTokens(s, d.dependent(), 0));
    int from = h, to = h;
    while (keep.contains(from - 1)) from--;
    while (keep.contains(to + 1)) to++;
    return TokenRanges.trimmed(s, from, to);
  }

  private static Set<Integer> prunedTokens(Sentence s, int t, int depth) {
    Set<Integer> out = new TreeSet<>();
    out.add(t);
    if (depth > s.tokens().size()) return out;
    for (Dependency d : s.children(t)) if (!NOT_IN_MENTION.contains(d.relation())) out.addAll(prunedTokens(s, d.dependent(), depth + 1));
    return out;
  }

  private static Span clip(Sentence s, Span span, int end) {
    int last = -1;
    for (Token t : s.tokens()) if (t.span().start() >= span.start() && t.span().end() <= end) last = t.index();
    int firstTok = s.tokenAt(span.start());
    return last < firstTok || firstTok < 0 ? null : TokenRanges.trimmed(s, firstTok, last);
  }

  private static boolean isAccusation(CueLexicon.Cue cue) {
    return cue.stance() == Stance.ACCUSE && !isAttribution(cue) && !cue.lemma().equals("allege");
  }

  private static boolean isAttribution(CueLexicon.Cue cue) { return cue.lemma().equals("attribute"); }

  private static boolean isRelativePronoun(Token t) { return "WP".equals(t.tag()) || "WDT".equals(t.tag()); }

  /** Whether the verb at {@code i} heads a relative clause: attached as one, or with a wh-word subject ("who said"). */
  private static boolean relativeClause(Sentence s, int i) {
    if (relation(s, i).startsWith("acl")) return true;
    Integer subj = child(s, i, "nsubj");
    return subj != null && Set.of("WP", "WDT").contains(s.tokens().get(subj).tag());
  }

  static String relation(Sentence s, int i) {
    Dependency h = s.head(i);
    return h == null ? "" : h.relation();
  }

  static Integer child(Sentence s, int i, String relation) {
    for (Dependency d : s.children(i)) if (d.relation().equals(relation)) return d.dependent();
    return null;
  }

  private static boolean hasCase(Sentence s, int n, String word) {
    for (Dependency d : s.children(n)) if (d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) return true;
    return false;
  }

  private static boolean hasMark(Sentence s, int n, String word) {
    for (Dependency d : s.children(n)) if (d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) return true;
    return false;
  }

  private static boolean adjacent(Sentence s, Span left, Span right) {
    if (right == null) return false;
    int last = s.tokenAt(left.end() - 1);
    return last >= 0 && last + 1 < s.tokens().size() && s.tokens().get(last + 1).span().start() == right.start();
  }

  private static int first(Set<Integer> tokens) { return ((TreeSet<Integer>) tokens).first(); }

  private static int lastOf(Set<Integer> tokens) { return ((TreeSet<Integer>) tokens).last(); }

  /** Whether every content span lies after the cue or inside a quotation. */
  private static boolean afterOrQuoted(List<Span> content, Span cue, Quotes quotes) {
    for (Span c : content) if (c.start() < cue.end() && quotes.around(c) == null) return false;
    return true;
  }

  /**
   * The speaker without the quotation the parser joined to it: in '"Judge," Brafman said' or '"Your Honor," I said'
   * the addressee inside the quotation is taken into (or for) the subject. The speaker is then the words between the
   * quotation's end and the cue ({@code cueStart}, its first token), or null when there are none.
   */
  private static Mention outsideQuote(Sentence s, Mention m, int cueStart, Quotes quotes) {
    if (m == null || m.sentence() != s.index() || quotes.around(s.tokens().get(cueStart).span()) != null) return m;
    Span q = null;
    for (Span quote : quotes.all()) if (quote.overlaps(m.span()) && quote.end() <= s.tokens().get(cueStart).span().start()) q = quote;
    if (q == null) return m;
    int from = cueStart;
    while (from > 0 && s.tokens().get(from - 1).span().start() >= q.end()) from--;
    if (from >= cueStart) return null;
    Span span = TokenRanges.trimmed(s, from, cueStart - 1);
    if (span == null) return null;
    int head = s.tokenAt(span.end() - 1);
    Token h = s.tokens().get(head);
    return h.isNoun() || h.isPronoun() ? new Mention(s.index(), span, head, head, null) : null;
  }


  private static boolean overlapsAny(Span c, List<Span> spans) {
    for (Span q : spans) if (q.overlaps(c)) return true;
    return false;
  }

  private static boolean allQuoted(List<Span> content, Quotes quotes) {
    for (Span c : content) if (quotes.around(c) == null) return false;
    return !content.isEmpty();
  }
}
