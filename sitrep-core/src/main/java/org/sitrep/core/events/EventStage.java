package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.AcledType;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventCode;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Finds events from trigger words and codes them in PLOVER, CAMEO (with Goldstein score) and ACLED, with actors and
 * recipients from the parse, and location and time from the PLACES and TIMES layers.
 * Reads SENTENCES, ENTITIES, PLACES, TIMES, STATEMENTS; adds CODED_EVENTS, every event ASSERTED and unreported until
 * the modality stage judges it. Loads the code tables and trigger lexicon under /sitrep/events/ when built.
 */
public final class EventStage implements Stage {
  private final EventCodebook codebook;
  private final TriggerLexicon lexicon;
  private final EventArguments arguments;
  private final EventSetting setting;

  /** Loads the bundled tables; throws ResourceFormatException naming file:line when one is broken. */
  public EventStage() {
    this.codebook = new EventCodebook();
    this.lexicon = new TriggerLexicon(codebook);
    this.arguments = new EventArguments(lexicon);
    this.setting = new EventSetting(lexicon);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.PLACES, Layers.TIMES, Layers.STATEMENTS);
  }

  @Override
  public Layer<List<Event>> adds() { return Layers.CODED_EVENTS; }

  /** Lower-case lemmas of trigger head words: a sentence holding one should be dependency-parsed. */
  public Set<String> parseTriggerLemmas() { return lexicon.headLemmas(); }

  /**
   * Whether a tagged, lemmatised sentence holds a trigger with its head's part of speech ("strike" the verb or the
   * noun, not "striking" the adjective): only then does the parse change this stage's output, so only then is the
   * sentence worth a dependency parse. Narrower than {@link #parseTriggerLemmas()}.
   */
  public boolean needsParse(List<Token> tokens) { return lexicon.anyMatch(tokens); }

  /** One trigger's findings while a sentence is coded; local to one apply call. */
  private static final class Candidate {
    final TriggerLexicon.Match match;
    final EventArguments.Found found;
    boolean dropped;
    final List<Actor> actors;
    final List<Actor> recipients;

    Candidate(TriggerLexicon.Match match, EventArguments.Found found) {
      this.match = match;
      this.found = found;
      this.actors = new ArrayList<>(found.actors());
      this.recipients = new ArrayList<>(found.recipients());
    }

  }

  @Override
  public Doc apply(Doc doc) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Entity> entities = doc.get(Layers.ENTITIES);
    List<Place> places = doc.get(Layers.PLACES);
    List<TimeExpression> times = doc.get(Layers.TIMES);
    List<Statement> statements = doc.get(Layers.STATEMENTS);
    String text = doc.text();
    List<Event> events = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Candidate> candidates = new ArrayList<>();
      for (TriggerLexicon.Match m : lexicon.find(s)) {
        EventArguments.Found f = arguments.find(s, m, text, entities, places);
        if (m.entry().kind() == TriggerLexicon.Kind.NEEDS_WEAPON && f.weapon() == null) continue;
        candidates.add(new Candidate(m, f));
      }
      merge(s, candidates);
      for (Candidate c : candidates) {
        if (!c.dropped) events.add(event(doc, sentences, si, c, places, times, statements, text));
      }
    }
    return doc.with(Layers.CODED_EVENTS, List.copyOf(events));
  }

  /**
   * Folds triggers that describe one event: a casualty report linked to an attack ("the strike killed three
   * civilians", "killed in shelling") adds its victims to the attack; a nominal trigger hanging on a verb trigger of the
   * same type ("attacked the town in a drone strike") is one event, coded by the more specific of the two.
   */
  private static void merge(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    for (Candidate a : candidates) {
      for (Candidate b : candidates) {
        if (a == b || a.dropped || b.dropped || !linked(s, a.match.head(), b.match.head())) continue;
        boolean aCasualty = a.match.entry().kind() == TriggerLexicon.Kind.CASUALTY;
        boolean bCasualty = b.match.entry().kind() == TriggerLexicon.Kind.CASUALTY;
        if (aCasualty && !bCasualty && b.match.entry().type().equals("ASSAULT")) {
          absorb(b, a, s);
        } else if (!aCasualty && !bCasualty && a.match.entry().type().equals(b.match.entry().type())) {
          if (rank(b, s) > rank(a, s)) absorb(b, a, s);
          else absorb(a, b, s);
        }
      }
    }
  }

  /**
   * Which of two triggers of one event codes it: anything over a weapon-dependent verb ("launched" in "launched an
   * operation with drones"), then the more specific.
   */
  private static int rank(Candidate c, Sentence s) {
    boolean launchVerb = c.match.entry().kind() == TriggerLexicon.Kind.NEEDS_WEAPON && s.tokens().get(c.match.head()).isVerb();
    int r = launchVerb ? 0 : 2;
    if (c.match.entry().mode() != null || c.found.weapon() != null) r++;
    return r;
  }

  /** One trigger governs the other; conjuncts ("incidents and strikes") are events of their own. */
  private static boolean linked(Sentence s, int x, int y) {
    Dependency dx = s.head(x);
    Dependency dy = s.head(y);
    return (dx != null && dx.governor() == y && !dx.relation().equals("conj"))
        || (dy != null && dy.governor() == x && !dy.relation().equals("conj"));
  }

  private static void absorb(Candidate keep, Candidate gone, Sentence s) {
    gone.dropped = true;
    Span trigger = s.spanOf(keep.match.first(), keep.match.last());
    for (Actor a : gone.actors) if (fresh(keep, a, trigger)) keep.actors.add(a);
    for (Actor a : gone.recipients) if (fresh(keep, a, trigger)) keep.recipients.add(a);
  }

  /** Not yet a participant, and not the kept trigger itself ("launched an operation": the operation is no target). */
  private static boolean fresh(Candidate keep, Actor a, Span trigger) {
    if (a.span() != null && a.span().overlaps(trigger)) return false;
    return !keep.actors.contains(a) && !keep.recipients.contains(a);
  }

  private Event event(Doc doc, List<Sentence> sentences, int si, Candidate c, List<Place> places, List<TimeExpression> times,
                      List<Statement> statements, String text) {
    Sentence s = sentences.get(si);
    TriggerLexicon.Entry e = c.match.entry();
    Span trigger = s.spanOf(c.match.first(), c.match.last());
    if (c.actors.isEmpty()) {
      // "Kyiv accused Moscow of ...": the cue's speaker acts when the parse gave no subject
      for (Statement st : statements) {
        if (st.speaker() != null && st.cue().overlaps(trigger)) { c.actors.add(st.speaker()); break; }
      }
    }
    EventCode code = code(e, c);
    EventSetting.Located<Place> where = setting.location(sentences, si, c.match.head(), c.found.clause(), c.actors, places, text);
    EventSetting.Located<TimeExpression> when = setting.time(s, c.match.head(), c.found.clause(), times, doc.article().published() != null);
    return new Event(code, c.actors, c.recipients, where.value(), where.level(), when.value(), when.level(),
        Modality.ASSERTED, -1, null, trigger, s.span(), confidence(s, c, where));
  }

  private EventCode code(TriggerLexicon.Entry e, Candidate c) {
    String type = e.type();
    String mode = e.mode();
    String cameo = e.cameo();
    String weapon = c.found.weapon();
    if (type.equals("ASSAULT") && mode == null && weapon != null) {
      TriggerLexicon.Weapon w = lexicon.weapon(weapon);
      mode = w.mode();
      cameo = w.cameo();
    }
    AcledType acled = e.acled();
    if (acled == null) {
      Set<String> keys = new HashSet<>();
      keys.add(e.key());
      if (weapon != null) keys.add(weapon);
      acled = codebook.acled(type, mode, keys, sectors(c.actors), sectors(c.recipients));
    }
    return codebook.code(type, mode, cameo, acled);
  }

  private static Set<String> sectors(List<Actor> actors) {
    Set<String> out = new HashSet<>();
    for (Actor a : actors) if (a.sector() != null) out.add(a.sector());
    return out;
  }

  private double confidence(Sentence s, Candidate c, EventSetting.Located<Place> where) {
    double p = 0.5;
    if (!s.parsed()) p -= 0.2;
    if (s.tokens().get(c.match.head()).isVerb()) p += 0.1;
    if (c.match.tokens().size() > 1 || c.found.weapon() != null) p += 0.1;
    if (!c.actors.isEmpty()) p += 0.15;
    if (!c.recipients.isEmpty()) p += 0.1;
    if ("clause".equals(where.level())) p += 0.05;
    if (c.match.entry().kind() == TriggerLexicon.Kind.CASUALTY) p -= 0.05;
    p += salience(s, c.match.head());
    return Math.max(0.05, Math.min(0.95, p));
  }

  private static final Set<String> MAIN_RELATIONS = Set.of("root", "ccomp", "conj", "parataxis");

  /**
   * The sentence's main event is more certain than a side mention: +0.1 when the trigger (or the light verb that
   * governs it: "staged a protest") heads the sentence or a reported clause, -0.1 when it modifies something else
   * ("blocked roads demanding reforms", "a town hit by fighting").
   */
  private double salience(Sentence s, int head) {
    if (!s.parsed()) return 0;
    int node = head;
    Dependency up = s.head(node);
    if (up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
        && lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(up.governor()))) != null) {
      node = up.governor();
      up = s.head(node);
    }
    if (up == null) return 0;
    String rel = up.governor() < 0 ? "root" : up.relation();
    if (MAIN_RELATIONS.contains(rel)) return 0.1;
    if (rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("amod") || rel.startsWith("nmod")
        || rel.startsWith("obl") || rel.equals("dep") || rel.equals("xcomp")) {
      return -0.1;
    }
    return 0;
  }
}
