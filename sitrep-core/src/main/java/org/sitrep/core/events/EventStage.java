package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.geo.Dateline;
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
  private final GroupAnaphora groups = new GroupAnaphora();
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
          // "any settlement must take into account the realities": a demand is made of someone, not of a thing
          if (c.recipients.stream().noneMatch(r -> r.country() != null || r.sector() != null)) continue;
          c.actors.add(speaker);
        }
        candidates.add(c);
      }
      CandidateFolding.merge(s, candidates);
      CandidateFolding.foldContents(s, candidates);
      CandidateFolding.foldAims(s, candidates);
      CandidateFolding.foldTopics(s, candidates);
      dropBackground(s, candidates);
      for (Candidate c : candidates) {
        if (!c.dropped) events.add(event(doc, sentences, si, c, dateline, local, places, times, statements, text));
      }
    }
    return doc.with(Layers.CODED_EVENTS, List.copyOf(anaphora.drop(events, sentences)));
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

  /** The personal pronoun that is the subject of a verb trigger (or of the verb it complements or is joined to), or null. */
  private Span pronounSubject(Sentence s, int head) {
    if (!s.parsed()) return null;
    int v = head;
    // "it had carried out a massive strike": an event noun's light verb has the subject
    Dependency object = s.head(head);
    if (!s.tokens().get(head).isVerb() && object != null && object.governor() >= 0 && object.relation().equals("obj")
        && "actor".equals(lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(object.governor()))))) {
      v = object.governor();
    }
    if (!s.tokens().get(v).isVerb()) return null;
    for (int guard = 0; guard < 3; guard++) {
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("nsubj:pass")) return null; // "it was attacked": the pronoun is the target
        if (d.relation().equals("nsubj")) {
          Token t = s.tokens().get(d.dependent());
          // "its aircraft had struck", "their drones hit": a weapon stands for whoever the possessive pronoun does
          if (lexicon.weapon(TriggerLexicon.lemma(t)) != null) {
            for (Dependency p : s.children(d.dependent())) {
              if (p.relation().equals("nmod:poss") && "PRP$".equals(s.tokens().get(p.dependent()).tag())) return s.tokens().get(p.dependent()).span();
            }
            return null;
          }
          // "troops had themselves fired": an emphatic reflexive is no one to resolve
          return "PRP".equals(t.tag()) && !EventArguments.isReflexive(t) ? t.span() : null;
        }
      }
      Dependency up = s.head(v);
      // "plans to strike", and "said it had received a report and urged ships": a shared subject
      if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("conj"))) return null;
      v = up.governor();
    }
    return null;
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
        // "It rarely comments on attacks and has suspended outlets": a pronoun that is itself a statement's speaker
        // stands for whoever the attribution stage resolved it to
        for (Statement st : statements) {
          if (st.speaker() == null || !pronoun.equals(st.speaker().span())) continue;
          if (!st.speaker().name().equalsIgnoreCase(pronoun.coveredText(text))) c.actors.add(st.speaker());
          break;
        }
      }
      if (pronoun != null && c.actors.isEmpty()) {
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
        c.actors, outsideSpeakers(places, trigger, statements), text);
    String here = where.value() == null || where.value().country() == null ? null : ArgumentActors.iso3(where.value().country());
    // "the group had targeted the ship": the armed group named just before
    List<Entity> all = doc.get(Layers.ENTITIES);
    c.actors.replaceAll(a -> groups.resolve(a, all, text));
    c.recipients.replaceAll(a -> groups.resolve(a, all, text));
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

  /**
   * The places but those of no country named in the speaker phrase of a statement reporting the trigger: "The European
   * Union's foreign policy chief said the bloc was considering sanctions" places no sanctions in the EU. A country's
   * or region's name there stays: "Kharkiv governor Oleh Syniehubov said shelling killed two" reports from his region.
   */
  private static List<Place> outsideSpeakers(List<Place> places, Span trigger, List<Statement> statements) {
    List<Span> speakers = new ArrayList<>();
    for (Statement st : statements) {
      if (st.speaker() != null && st.speaker().span() != null && st.content().stream().anyMatch(x -> x.contains(trigger))) {
        speakers.add(st.speaker().span());
      }
    }
    if (speakers.isEmpty()) return places;
    List<Place> out = new ArrayList<>(places.size());
    for (Place p : places) if (p.country() != null || speakers.stream().noneMatch(sp -> sp.contains(p.span()))) out.add(p);
    return out;
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

  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "my");
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
    return role != null && !role.equals("scene") && !role.equals("means");
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
