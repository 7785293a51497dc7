package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.actors.AgentLexicon;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.geo.Dateline;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Reads SENTENCES and ENTITIES; adds STATEMENTS: who said what, found from reporting cues ("stated", "denied",
 * "his statement that", "according to"), with speaker (resolved through pronouns and titles to an actor), content
 * spans, medium, directness, stance and target. Loads the cue lexicon, medium nouns and content predicates from
 * {@code /sitrep/attribution/} when built. Immutable and thread-safe.
 */
public final class AttributionStage implements Stage {
  private final CueLexicon lexicon;
  private final DependencyCues dependencyCues;
  private final SurfaceCues surfaceCues;
  private final StanceJudge stanceJudge;
  private final Set<String> nonSpeakers;
  private final Set<String> cueLemmas;
  private final CueTagger tagger;
  private final ContentEnds contentEnds;

  public AttributionStage() {
    this(ResourceLines.readTsv(CueTagger.RESOURCE));
  }

  /** The stage with the cue tagger's weights given as rows (feature, then a weight per label), not the shipped ones. */
  AttributionStage(List<ResourceLines.Row> taggerWeights) {
    lexicon = new CueLexicon();
    cueLemmas = lexicon.triggerLemmas();
    tagger = CueTagger.fromRows(taggerWeights, new CueFeatures(CueLexicon.ofTagger()));
    contentEnds = new ContentEnds(lexicon);
    Set<String> media = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read("/sitrep/attribution/media.txt")) media.add(l.text().strip().toLowerCase(Locale.ROOT));
    surfaceCues = new SurfaceCues(lexicon);
    dependencyCues = new DependencyCues(lexicon, Set.copyOf(media), surfaceCues);
    stanceJudge = new StanceJudge();
    Set<String> non = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read("/sitrep/attribution/non_speakers.txt")) non.add(l.text().strip().toLowerCase(Locale.ROOT));
    nonSpeakers = Set.copyOf(non);
  }

  /** "The incident underscored ...": an inanimate subject with no actor is the writer's analysis, not a speaker. */
  private boolean cannotSpeak(Actor speaker) {
    if (speaker == null || speaker.country() != null || speaker.sector() != null || speaker.text() == null) return false;
    String[] words = speaker.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    return nonSpeakers.contains(head) || head.endsWith("s") && nonSpeakers.contains(head.substring(0, head.length() - 1));
  }

  /**
   * "BAMAKO (Reuters) - ... the army said": an unnamed state body speaking without a country belongs to the country the
   * report is filed from, unless its sentence names a place in another country. A person ("Governor Kondratyev") is
   * left alone: officials of the other side are quoted from any capital.
   */
  private static Actor ofDatelineState(Actor speaker, String dateline, Sentence s, List<Place> places) {
    if (speaker == null || dateline == null || speaker.country() != null || speaker.role() != null
        || speaker.sector() == null || !AgentLexicon.STATE_SECTORS.contains(speaker.sector())) return speaker;
    for (Place p : places) {
      if (s.span().contains(p.span()) && p.countryAlpha3() != null && !p.countryAlpha3().equals(dateline)) return speaker;
    }
    return new Actor(speaker.span(), speaker.text(), speaker.name(), dateline, speaker.sector(), speaker.role());
  }

  /** Lower-case lemmas of the reporting cues: sentences containing one are worth a dependency parse. */
  public Set<String> parseTriggerLemmas() { return cueLemmas; }

  /** How far into a line the colon of a "Speaker: ..." line may come. */
  private static final int COLON_LINE_REACH = 6;

  /**
   * Whether a tagged, lemmatised sentence is worth a dependency parse for this stage: it holds a cue as the stage
   * reads one (a cue verb tagged as a verb, a cue noun as a noun, a whole cue phrase), or a quote mark (a quotation's
   * parse decides its stance when a neighbouring sentence attributes it), or it opens like a "Speaker: ..." line
   * holding a cue lemma. Narrower than {@link #parseTriggerLemmas()}: "state" the noun in "head of state" or "support"
   * the noun are no cue, and the parse would change nothing this stage adds.
   */
  public boolean needsParse(List<Token> tokens) {
    if (lexicon.anyCue(tokens)) return true;
    boolean colon = false;
    boolean lemma = false;
    for (Token t : tokens) {
      if (TokenRanges.isQuote(t) || t.word().equals("\"")) return true;
      colon |= t.index() <= COLON_LINE_REACH && ":".equals(t.word());
      lemma |= cueLemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    return colon && lemma;
  }

  @Override
  public Set<Layer<?>> requires() { return Set.of(Layers.SENTENCES, Layers.ENTITIES); }

  @Override
  public Layer<?> adds() { return Layers.STATEMENTS; }

  @Override
  public Doc apply(Doc doc) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Entity> entities = doc.get(Layers.ENTITIES);
    Quotes quotes = new Quotes(sentences, doc.text());
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Draft> found = new ArrayList<>(s.parsed() ? dependencyCues.find(s, quotes) : surfaceCues.unparsed(s, quotes));
      found.addAll(surfaceCues.accordingTo(s));
      found.addAll(surfaceCues.colonLine(s, doc.text()));
      found.addAll(surfaceCues.signedQuote(s, quotes, doc.text()));
      found.addAll(taggedCues(s, quotes, found));
      // A cue inside a quotation belongs to what the quoted speaker says ('"I think we will win," he said'); the
      // quotation is reported as the outer statement's content, not as statements of its own.
      found.removeIf(d -> quotes.around(d.cue()) != null);
      for (Draft d : withoutNested(tidy(s, found))) {
        Draft ended = contentEnds.apply(d, s, quotes);
        drafts.add(PunctuationEdges.apply(withQuoteMarks(withNextQuote(ended, s, quotes, doc.text()), quotes, s), doc.text()));
      }
    }
    // places are optional here: they only give a titled person's country
    List<Place> places = doc.has(Layers.PLACES) ? doc.get(Layers.PLACES) : List.of();
    SpeakerResolver resolver = new SpeakerResolver(sentences, entities, places, doc.text());
    List<Statement> out = new ArrayList<>();
    String dateline = Dateline.country(doc.text(), places);
    for (Draft d : drafts) {
      Actor speaker = d.speaker() == null ? null : resolver.resolveSpeaker(d.speaker());
      if (cannotSpeak(speaker)) continue;
      speaker = ofDatelineState(speaker, dateline, sentences.get(d.sentence()), places);
      Actor target = d.target() == null ? null : resolver.resolveTarget(d.target());
      Stance stance = stanceJudge.judge(d, sentences, speaker);
      out.add(new Statement(speaker, d.cue(), d.cueLemma(), d.content(), d.medium(), d.direct(), stance, target));
    }
    return doc.with(Layers.STATEMENTS, List.copyOf(out));
  }

  /**
   * Attributions at the cues the tagger finds where the rules found none: the long tail of cue words the lexicon lacks.
   * Each is read with the rules' own speaker and content finders, from the parse where there is one.
   */
  private List<Draft> taggedCues(Sentence s, Quotes quotes, List<Draft> found) {
    List<Draft> out = new ArrayList<>();
    for (CueTagger.Run r : tagger.tag(s)) {
      Span run = s.spanOf(r.from(), r.to());
      boolean known = false;
      for (Draft d : found) known |= d.cue().overlaps(run);
      if (known) continue;
      Draft d = s.parsed() ? dependencyCues.tagged(s, r.from(), r.to(), quotes, found) : surfaceCues.tagged(s, r.from(), r.to(), quotes);
      if (d != null) out.add(d);
    }
    return out;
  }

  /**
   * One sentence's drafts in cue order, without repeats: a nominal cue whose clause a verb cue already took ("reiterated
   * the stance that ...") is dropped, and content is cut before a later cue of the same speaker ("noted that A,
   * while attributing B to C").
   */
  private static List<Draft> tidy(Sentence s, List<Draft> found) {
    found.sort(Comparator.comparing(Draft::cue));
    for (int a = 0; a < found.size(); a++) {
      for (Draft b : found) {
        if (b == found.get(a) || b.speaker() == null) continue;
        List<Span> cut = new ArrayList<>();
        boolean changed = false;
        for (Span c : found.get(a).content()) {
          // "..., according to exit polls": the phrase attributes what precedes it, so it ends the content it sits in.
          boolean speakerOutside = !c.contains(b.speaker().span()) || "according to".equals(b.cueLemma());
          boolean inner = c.contains(b.cue().start()) && speakerOutside && c.start() < b.cue().start();
          Span kept = inner ? cutBefore(s, c, b.cue().start()) : c;
          changed |= inner;
          if (kept != null) cut.add(kept);
        }
        if (changed && !cut.isEmpty()) found.set(a, found.get(a).withContent(cut, found.get(a).direct()));
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : found) {
      boolean repeat = false;
      for (Draft kept : out) {
        repeat |= kept.cue().equals(d.cue()) || kept.content().equals(d.content())
            || d.entry().kind() == CueLexicon.Kind.NOUN && covers(kept.content(), d.content());
      }
      if (!repeat) out.add(d);
    }
    return out;
  }

  private static boolean covers(List<Span> kept, List<Span> content) {
    for (Span c : content) {
      boolean inside = false;
      for (Span k : kept) inside |= k.contains(c);
      if (!inside) return false;
    }
    return !content.isEmpty();
  }

  /**
   * Drafts whose cue and speaker lie inside another draft's content ("voters say they think she could win"): the
   * inner attribution is part of what the outer speaker said, reported once, as the outer statement's content;
   * except an inner "say" with a speaker, which is reported as well.
   */
  /** The plain verb of saying, the one inner cue kept as a statement of its own. */
  private static final String SAY = "say";

  private static List<Draft> withoutNested(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      boolean nested = false;
      for (Draft outer : drafts) {
        if (outer == d) continue;
        // Each inside the other's content ("Clinton kept her lead, Fox found"): the later cue, closing the
        // sentence, is the report; the earlier one is part of what it reports.
        if (d.cue().start() > outer.cue().start() && inside(d, outer) && inside(outer, d)) continue;
        nested |= inside(outer, d);
      }
      // "Manafort did not respond to the questions, but Gates said he spoke to him": an inner "say" with its own
      // speaker is a report of its own, which PolNeAR annotates beside the outer one, even where the outer content
      // reaches over it. Other inner cues ("they think", "he wants") are mostly part of what the outer speaker says.
      if (nested && SAY.equals(d.cueLemma()) && d.speaker() != null) nested = false;
      if (!nested) out.add(d);
    }
    return out;
  }

  /** Whether the cue and speaker of {@code inner} lie inside a content span of {@code outer}. */
  private static boolean inside(Draft outer, Draft inner) {
    for (Span c : outer.content()) {
      if (c.contains(inner.cue()) && (inner.speaker() == null || c.contains(inner.speaker().span()))) return true;
    }
    return false;
  }

  /**
   * '"We will hold," she said. "We have no choice."': a quotation opening the paragraph's next sentence right after a
   * sentence that ends with the cue continues what was said.
   */
  private static Draft withNextQuote(Draft d, Sentence s, Quotes quotes, String text) {
    if (d.content().isEmpty()) return d;
    for (Span c : d.content()) if (c.end() > d.cue().start()) return d;
    int end = s.span().end();
    for (Span q : quotes.all()) {
      if (q.start() < end) continue;
      boolean sameParagraph = true;
      for (int k = end; k < q.start(); k++) sameParagraph &= text.charAt(k) == ' ';
      if (!sameParagraph) return d;
      List<Span> content = new ArrayList<>(d.content());
      content.add(q);
      return d.withContent(content, d.direct());
    }
    return d;
  }

  /** The draft with each content span widened to the marks of a quote it cuts ("...“will continue to do so.”"). */
  private static Draft withQuoteMarks(Draft d, Quotes quotes, Sentence s) {
    List<Span> content = new ArrayList<>();
    for (Span c : d.content()) content.add(quotes.withMarks(c, s.span().end()));
    return content.equals(d.content()) ? d : d.withContent(content, d.direct());
  }

  /** {@code c} up to the last comma (or clause marker such as "while") before {@code offset}. */
  private static Span cutBefore(Sentence s, Span c, int offset) {
    int from = s.tokenAt(c.start());
    int to = -1;
    for (Token t : s.tokens()) {
      if (t.span().start() < c.start() || t.span().end() > offset) continue;
      if (",".equals(t.word()) || "while".equalsIgnoreCase(t.word())) to = t.index() - 1;
    }
    if (to < 0) to = s.tokenAt(offset) - 1;
    return from < 0 || to < from ? null : TokenRanges.trimmed(s, from, to);
  }
}
