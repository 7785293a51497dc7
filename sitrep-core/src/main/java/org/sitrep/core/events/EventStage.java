package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.AcledType;
import org.sitrep.core.actors.AgentLexicon;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventCode;
import org.sitrep.core.model.EntityType;
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
  private final NonEventReadings readings;
  private final AnaphoricMentions anaphora = new AnaphoricMentions();
  private final TargetNouns targets;

  /** Loads the bundled tables; throws ResourceFormatException naming file:line when one is broken. */
  public EventStage() {
    this.codebook = new EventCodebook();
    this.lexicon = new TriggerLexicon(codebook);
    this.targets = new TargetNouns();
    this.arguments = new EventArguments(lexicon, targets);
    this.setting = new EventSetting(lexicon, new AgentLexicon());
    this.readings = new NonEventReadings();
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
    String dateline = Dateline.country(text, places);
    List<Event> events = new ArrayList<>();
    // each sentence's own entities and places: arguments and countries are looked up there, many times per trigger
    List<List<Entity>> entitiesBySentence = bySentence(sentences, entities, Entity::span);
    List<List<Place>> placesBySentence = bySentence(sentences, places, Place::span);
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      Local local = new Local(entitiesBySentence.get(si), placesBySentence.get(si));
      List<Candidate> candidates = new ArrayList<>();
      for (TriggerLexicon.Match m : lexicon.find(s)) {
        EventArguments.Found f = arguments.find(s, m, text, local.entities(), local.places());
        if (m.entry().kind() == TriggerLexicon.Kind.NEEDS_WEAPON && f.weapon() == null) continue;
        if (readings.applies(s, m)) continue;
        Candidate c = new Candidate(m, f);
        if (m.entry().pos() == TriggerLexicon.Pos.MODAL) {
          // a demand is someone's: its actor is the speaker of the statement holding it, and without one it is none
          Actor speaker = reportingSpeaker(s, m, statements);
          if (speaker == null) continue;
          c.actors.add(speaker);
        }
        candidates.add(c);
      }
      merge(s, candidates);
      foldContents(s, candidates);
      foldAims(s, candidates);
      foldTopics(s, candidates);
      dropBackground(s, candidates);
      for (Candidate c : candidates) {
        if (!c.dropped) events.add(event(doc, sentences, si, c, dateline, local, places, times, statements, text));
      }
    }
    return doc.with(Layers.CODED_EVENTS, List.copyOf(anaphora.drop(events, sentences)));
  }

  /**
   * Folds triggers that describe one event: a casualty report linked to an attack ("the strike killed three
   * civilians", "killed in shelling") adds its victims to the attack; a nominal trigger hanging on a verb trigger of the
   * same type ("attacked the town in a drone strike") is one event, coded by the more specific of the two.
   */
  private static void merge(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    // "killed one soldier and wounded two others": conjoined casualty counts report one event's toll
    for (Candidate a : candidates) {
      for (Candidate b : candidates) {
        if (a == b || a.dropped || b.dropped || a.match.entry().kind() != TriggerLexicon.Kind.CASUALTY
            || b.match.entry().kind() != TriggerLexicon.Kind.CASUALTY) continue;
        Dependency up = s.head(b.match.head());
        if (up != null && up.governor() == a.match.head() && up.relation().equals("conj")) absorb(a, b, s);
      }
    }
    for (Candidate b : candidates) {
      if (b.dropped || b.match.entry().kind() != TriggerLexicon.Kind.CASUALTY) continue;
      Candidate attack = attackOverCasualty(s, b, candidates);
      if (attack != null) absorb(attack, b, s);
    }
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
    // "arrested 25 Palestinians in overnight raids": a raid with no sides of its own is how the arrests were made
    for (Candidate arrest : candidates) {
      if (arrest.dropped || !"arrest".equals(arrest.match.entry().mode()) || !s.tokens().get(arrest.match.head()).isVerb()) continue;
      for (Candidate raid : candidates) {
        if (raid == arrest || raid.dropped || !raid.match.entry().type().equals("ASSAULT") || !raid.actors.isEmpty()
            || !raid.recipients.isEmpty() || !s.tokens().get(raid.match.head()).isNoun()) continue;
        Dependency up = s.head(raid.match.head());
        if (up != null && up.governor() == arrest.match.head() && up.relation().startsWith("obl")
            && SETTING_CASES.contains(String.valueOf(EventArguments.caseOf(s, raid.match.head())))) {
          absorb(arrest, raid, s);
        }
      }
    }
  }

  /** Prepositions under which an operation is the means of an arrest: "in raids", "during a sweep". */
  private static final Set<String> SETTING_CASES = Set.of("in", "during");

  /**
   * "An air strike hit a school, killing three people and wounding five", "the shelling damaged homes and killed two":
   * a casualty participle or conjunct of a verb reports the toll of the attack that verb's subject or object names,
   * or of the verb itself when it is an attack.
   */
  private static Candidate attackOverCasualty(Sentence s, Candidate casualty, List<Candidate> candidates) {
    Dependency up = s.head(casualty.match.head());
    if (up == null || up.governor() < 0) return null;
    String rel = up.relation();
    if (!(rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("dep"))) return null;
    int verb = up.governor();
    Dependency nounUp = s.head(verb);
    // "hit a school/obj sheltering families, killing/dep three": the parser may hang the participle on the object
    if (s.tokens().get(verb).isNoun() && nounUp != null && nounUp.governor() >= 0 && OBJECTS.contains(nounUp.relation())) {
      verb = nounUp.governor();
    }
    if (!s.tokens().get(verb).isVerb()) return null;
    Set<Integer> around = new HashSet<>(List.of(verb));
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj") || r.startsWith("obl")) around.add(d.dependent());
    }
    for (Candidate a : candidates) {
      if (a == casualty || a.dropped || a.match.entry().kind() == TriggerLexicon.Kind.CASUALTY
          || !a.match.entry().type().equals("ASSAULT")) continue;
      if (around.contains(a.match.head()) || around.contains(nominalGerundPhrase(s, a.match.head()))) return a;
    }
    return null;
  }

  /**
   * The speaker of the statement whose content holds this modal, when the modal carries a demand: "must" governing
   * a verb whose subject is someone other than the speaker ("Kyiv said Moscow must withdraw"), or null.
   */
  private static Actor reportingSpeaker(Sentence s, TriggerLexicon.Match m, List<Statement> statements) {
    if (!s.parsed()) return null;
    Dependency up = s.head(m.head());
    if (up == null || up.governor() < 0 || !up.relation().equals("aux")) return null;
    Span at = s.tokens().get(m.head()).span();
    for (Statement st : statements) {
      if (st.speaker() == null || st.content().stream().noneMatch(x -> x.contains(at))) continue;
      for (Dependency d : s.children(up.governor())) {
        if (!d.relation().equals("nsubj")) continue;
        Span subject = s.tokens().get(d.dependent()).span();
        // "we must defend ourselves" is resolve, not a demand on another party
        if ("PRP".equals(s.tokens().get(d.dependent()).tag()) && !List.of("you", "they").contains(s.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return null;
        if (st.speaker().span() != null && st.speaker().span().overlaps(subject)) return null;
      }
      return st.speaker();
    }
    return null;
  }

  /** Whether an odd number of quotation marks stands between the sentence start and this offset. */
  private static boolean insideQuote(String text, int from, int at) {
    int marks = 0;
    for (int i = from; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '\u201C' || ch == '\u201D') marks++;
    }
    return marks % 2 == 1;
  }

  /** The personal pronoun that is the subject of a verb trigger (or of the verb it complements), or null. */
  private static Span pronounSubject(Sentence s, int head) {
    if (!s.parsed() || !s.tokens().get(head).isVerb()) return null;
    int v = head;
    for (int guard = 0; guard < 3; guard++) {
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("nsubj:pass")) return null; // "it was attacked": the pronoun is the target
        if (d.relation().equals("nsubj")) {
          Token t = s.tokens().get(d.dependent());
          // "troops had themselves fired": an emphatic reflexive is no one to resolve
          return "PRP".equals(t.tag()) && !EventArguments.isReflexive(t) ? t.span() : null;
        }
      }
      Dependency up = s.head(v);
      if (up == null || up.governor() < 0 || !up.relation().equals("xcomp")) return null;
      v = up.governor();
    }
    return null;
  }

  /**
   * "agreed to lift the embargo", "demanded the withdrawal of troops", "threatened to ban the party", "refused to
   * allow inspectors": PLOVER codes one event, the agreement, demand, threat or refusal, whose content is the act
   * named in its complement; that act has not happened, so it is not coded as a second, asserted event.
   */
  private static void foldContents(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    List<Candidate> takers = new ArrayList<>();
    for (Candidate a : candidates) if (!a.dropped && EventArguments.CONTENT_TAKERS.contains(a.match.entry().type())) takers.add(a);
    // the content's own objects are content too: "agreed to lift the embargo" is no new embargo
    for (int i = 0; i < takers.size(); i++) {
      Candidate a = takers.get(i);
      for (Candidate b : candidates) {
        if (a == b || b.dropped || !isComplement(s, a.match.head(), b.match.head())) continue;
        b.dropped = true;
        takers.add(b);
      }
    }
  }

  /**
   * "staged demonstrations to demand reforms", "began a hunger strike to protest the arrests", "demonstrated, calling
   * for independence": what a protest demands or protests against is its aim, and PLOVER codes one PROTEST event with
   * it. The demand's participants join the protest.
   */
  private static void foldAims(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    for (Candidate a : candidates) {
      if (a.dropped || !a.match.entry().type().equals("PROTEST")) continue;
      Set<Integer> anchors = new HashSet<>(List.of(a.match.head()));
      Dependency up = s.head(a.match.head());
      // "staged a protest to demand": the aim hangs on the verb that stages the protest
      if (up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))) anchors.add(up.governor());
      for (Candidate b : candidates) {
        String type = b.match.entry().type();
        if (b == a || b.dropped || !(type.equals("REQUEST") || type.equals("PROTEST"))) continue;
        if (isAim(s, b.match.head(), anchors)) absorb(a, b, s);
      }
    }
  }

  private static boolean isAim(Sentence s, int token, Set<Integer> anchors) {
    int cur = token;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) return false;
      String rel = up.relation();
      if (!(rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("acl") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        return false;
      }
      if (anchors.contains(up.governor())) return true;
      cur = up.governor();
    }
    return false;
  }

  // Through words that are no trigger of their own: "threatened to stop negotiations", "agreed to provide aid".
  private static boolean isComplement(Sentence s, int governor, int dependent) {
    // "Moscow must withdraw": the modal hangs on the verb it governs in meaning
    Dependency modal = s.head(governor);
    if (modal != null && modal.relation().equals("aux") && "MD".equals(s.tokens().get(governor).tag())) {
      if (modal.governor() == dependent) return true;
      governor = modal.governor();
    }
    int cur = dependent;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.head(cur);
      if (up == null || up.governor() < 0) return false;
      String rel = up.relation();
      String kase = EventArguments.caseOf(s, cur);
      // "an ultimatum to halt attacks", "a demand to withdraw": a noun's clause is its content as a verb's complement is
      // "provide 70 million dollars of aid": a measure's "of" phrase is part of the content too
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
          || (rel.startsWith("nmod") && "of".equals(kase))
          || (rel.startsWith("acl") && !rel.equals("acl:relcl") && !s.tokens().get(up.governor()).isVerb())
          || (rel.startsWith("obl") && ("to".equals(kase) || "for".equals(kase)))
          // "called on both sides to agree to a ceasefire": the parser may hang an infinitive on the verb as an adverbial
          || (rel.startsWith("advcl") && markedTo(s, cur));
      if (!complement) return false;
      if (up.governor() == governor) return true;
      cur = up.governor();
    }
    return false;
  }

  private static boolean markedTo(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("mark") && TriggerLexicon.lemma(s.tokens().get(d.dependent())).equals("to")) return true;
    }
    return false;
  }

  /**
   * "negotiations on a prisoner exchange", "talks about a ceasefire", "met over the release of hostages": what a meeting is about is
   * its topic, not an event that happened, so PLOVER codes the one CONSULT event.
   */
  private static void foldTopics(Sentence s, List<Candidate> candidates) {
    if (!s.parsed()) return;
    for (Candidate a : candidates) {
      if (a.dropped || !a.match.entry().type().equals("CONSULT")) continue;
      for (Candidate b : candidates) {
        if (b == a || b.dropped) continue;
        Dependency up = s.head(b.match.head());
        if (up == null || up.governor() != a.match.head()) continue;
        String rel = up.relation();
        String kase = EventArguments.caseOf(s, b.match.head());
        boolean topic = (rel.startsWith("nmod") || rel.startsWith("obl")) && kase != null && TOPIC_CASES.contains(kase);
        if (topic) b.dropped = true;
      }
    }
  }

  /**
   * "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting": the fighting is the background of
   * the agreement, reported on its own elsewhere; it is left out when the sentence reports an event outside such a
   * phrase, and kept when it is all the sentence reports.
   */
  private void dropBackground(Sentence s, List<Candidate> candidates) {
    List<Candidate> background = new ArrayList<>();
    boolean foreground = false;
    for (Candidate c : candidates) {
      if (c.dropped) continue;
      if (readings.background(s, c.match.head())) background.add(c);
      else foreground = true;
    }
    if (foreground) for (Candidate c : background) c.dropped = true;
  }

  private static final Set<String> TOPIC_CASES = Set.of("on", "about", "over", "regarding", "concerning");

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
    return directlyLinked(s, x, y) || directlyLinked(s, nominalGerundPhrase(s, x), nominalGerundPhrase(s, y));
  }

  private static boolean directlyLinked(Sentence s, int x, int y) {
    Dependency dx = s.head(x);
    Dependency dy = s.head(y);
    return (dx != null && dx.governor() == y && !dx.relation().equals("conj"))
        || (dy != null && dy.governor() == x && !dy.relation().equals("conj"));
  }

  /**
   * The parser sometimes makes a nominal gerund an adjective of its own modifier or determiner ("Russian/nsubj
   * shelling/amod hit", "the/obj shelling/amod of"): the phrase it heads then sits at that word.
   */
  private static int nominalGerundPhrase(Sentence s, int token) {
    Dependency up = s.head(token);
    boolean gerund = "VBG".equals(s.tokens().get(token).tag()) && up != null && up.governor() >= 0 && up.relation().equals("amod");
    return gerund && !s.tokens().get(up.governor()).isNoun() ? up.governor() : token;
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

  /** The items lying wholly in each sentence, by sentence index: one binary search per item. */
  private static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> items, java.util.function.Function<T, Span> span) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) out.add(new ArrayList<>());
    for (T item : items) {
      Span sp = span.apply(item);
      int lo = 0, hi = sentences.size() - 1, at = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).span().start() <= sp.start()) { at = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (at >= 0 && sentences.get(at).span().contains(sp)) out.get(at).add(item);
    }
    return out;
  }

  /** The entities and places lying in the sentence being coded. */
  private record Local(List<Entity> entities, List<Place> places) {}

  private Event event(Doc doc, List<Sentence> sentences, int si, Candidate c, String dateline, Local local,
                      List<Place> places,
                      List<TimeExpression> times, List<Statement> statements, String text) {
    Sentence s = sentences.get(si);
    TriggerLexicon.Entry e = c.match.entry();
    Span trigger = s.spanOf(c.match.first(), c.match.last());
    // "..., killing 100 people, activists and a local committee said": the parser may join the closing speakers to
    // the victims; who reports the event is not acted on in it (the speaker may act: "Norway said Sweden must ...")
    c.recipients.removeIf(a -> reportsIt(a, trigger, statements));
    if (c.actors.isEmpty()) {
      // "Kyiv accused Moscow of ...": the cue's speaker acts when the parse gave no subject
      for (Statement st : statements) {
        if (st.speaker() != null && st.cue().overlaps(trigger)) { c.actors.add(st.speaker()); break; }
      }
    }
    if (c.actors.isEmpty()) {
      // "Switzerland said it had expelled two diplomats": a pronoun subject of a reported act is the one reporting it
      Span pronoun = pronounSubject(s, c.match.head());
      if (pronoun != null) {
        for (Statement st : statements) {
          if (st.speaker() == null || st.content().stream().noneMatch(x -> x.contains(trigger))) continue;
          if (st.speaker().span() != null && st.speaker().span().equals(pronoun)) continue;
          // '"They fired at the hospital," the governor said': in a quote only "we" and "I" are the speaker
          boolean quoted = st.direct() || insideQuote(text, s.span().start(), pronoun.start());
          if (quoted && !FIRST_PERSON.contains(pronoun.coveredText(text).toLowerCase(java.util.Locale.ROOT))) break;
          c.actors.add(st.speaker().withMention(pronoun, pronoun.coveredText(text)));
          break;
        }
      }
    }
    // a noun trigger's verb clause, the next place to look for both the place and the date
    List<Integer> governing = EventArguments.governingClauseOf(s, c.match.head());
    EventSetting.Located<Place> where = setting.location(sentences, si, c.match.head(), c.found.clause(), governing,
        c.actors, places, text);
    String here = where.value() == null || where.value().country() == null ? null : ArgumentActors.iso3(where.value().country());
    List<Actor> actors = List.copyOf(ActorCountries.fill(s, ActorCountries.ofReportingSpeaker(s, c.actors, trigger, statements),
        c.recipients, here, dateline, e.type().equals("PROTEST"), local.entities(), local.places()));
    List<Actor> recipients = List.copyOf(ActorCountries.fill(s, c.recipients, actors, here, dateline, local.entities(), local.places()));
    c.actors.clear();
    c.actors.addAll(e.type().equals("ASSAULT") ? armedForces(actors, local.entities()) : actors);
    c.recipients.clear();
    c.recipients.addAll(recipients);
    EventCode code = code(e, c, s, local.entities());
    EventSetting.Located<TimeExpression> when = setting.time(sentences, si, c.match.head(), c.found.clause(), governing,
        times, doc.article().published() != null, text);
    return new Event(code, c.actors, c.recipients, where.value(), where.level(), when.value(), when.level(),
        Modality.ASSERTED, -1, null, trigger, s.span(), confidence(s, c, where));
  }

  /** Whether the argument lies in the speaker phrase of a statement whose content holds the trigger. */
  private static boolean reportsIt(Actor a, Span trigger, List<Statement> statements) {
    if (a.span() == null) return false;
    for (Statement st : statements) {
      if (st.speaker() == null || st.speaker().span() == null || !st.speaker().span().contains(a.span())) continue;
      if (st.content().stream().anyMatch(x -> x.contains(trigger))) return true;
    }
    return false;
  }

  /**
   * "Russia shelled Kharkiv", "Kyiv struck the bridge": a state named for its government carries out an attack through
   * its armed forces, the actor ACLED records ("Military Forces of Russia"); its sector becomes MIL.
   */
  private static List<Actor> armedForces(List<Actor> actors, List<Entity> entities) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      boolean state = a.span() != null && "GOV".equals(a.sector()) && a.role() == null
          && entities.stream().anyMatch(x -> x.metonymy() && x.span().equals(a.span()));
      out.add(state ? new Actor(a.span(), a.text(), a.name(), a.country(), "MIL", null) : a);
    }
    return out;
  }

  private EventCode code(TriggerLexicon.Entry e, Candidate c, Sentence s, List<Entity> entities) {
    String type = e.type();
    String mode = e.mode();
    String cameo = e.cameo();
    String weapon = c.found.weapon();
    if (type.equals("ASSAULT") && mode == null && weapon != null) {
      TriggerLexicon.Weapon w = lexicon.weapon(weapon);
      mode = w.mode();
      cameo = w.cameo();
    }
    if (cameo.equals(OCCUPY_TERRITORY) && takesPeople(s, c.recipients, entities)) {
      // "captured a Taliban facilitator", "seized two soldiers": taking people, not ground, is an arrest by a state's
      // forces (or by unnamed ones, as releases of security forces write), else an abduction
      cameo = c.actors.isEmpty() || c.actors.stream().anyMatch(a -> a.sector() != null && STATE_SECTORS.contains(a.sector())) ? ARREST : ABDUCTION;
      String[] coded = codebook.plover(cameo);
      type = coded[0];
      mode = coded[1];
    }
    AcledType acled = e.acled();
    if (acled == null && !e.noAcled()) {
      Set<String> keys = new HashSet<>();
      keys.add(e.key());
      if (weapon != null) keys.add(weapon);
      Set<String> recipientSectors = sectors(c.recipients);
      // "attacked a camp for displaced people": a civilian place attacked counts as civilians attacked
      if (targets.civilianTarget(s, c.recipients)) recipientSectors.add("CVL");
      acled = codebook.acled(type, mode, keys, sectors(c.actors), recipientSectors);
    }
    return codebook.code(type, mode, cameo, acled);
  }

  private static final Set<String> OBJECTS = Set.of("obj", "obl", "nsubj:pass");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i");
  private static final String OCCUPY_TERRITORY = "192", ARREST = "173", ABDUCTION = "181";
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");
  /** Sectors of people rather than of places or things: what taking makes an arrest or an abduction. */
  private static final Set<String> PEOPLE_SECTORS = Set.of("MIL", "REB", "CVL", "COP", "OPP", "CRM", "UAF", "SPY", "REF",
      "MED", "LAB", "REL", "ELI", "PTY", "LEG", "JUD");

  /**
   * Whether everything taken is people ("a Taliban leader", "two soldiers", "a Haqqani network facilitator"), not a
   * village, a city or a base.
   */
  private boolean takesPeople(Sentence s, List<Actor> recipients, List<Entity> entities) {
    return !recipients.isEmpty() && recipients.stream().allMatch(a ->
        (a.sector() != null && PEOPLE_SECTORS.contains(a.sector()))
            || (a.sector() == null && (targets.captive(s, a) || people(a, entities))));
  }

  /** A person or an organisation named: "captured an Islamic Movement of Uzbekistan facilitator" takes its members. */
  private static boolean people(Actor a, List<Entity> entities) {
    if (a.span() == null) return false;
    for (Entity e : entities) {
      if (e.span().overlaps(a.span()) && (e.type() == EntityType.PERSON || e.type() == EntityType.ORG)) return true;
    }
    return false;
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

  private static boolean isLightVerb(String role) {
    return role != null && !role.equals("scene");
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
        && isLightVerb(lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(up.governor()))))) {
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
