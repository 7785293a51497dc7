package org.sitrep.core.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Finds who acts and who is acted on for a trigger from the dependency parse, and the weapon word that sets an
 * assault's mode. Arguments are mapped to actors through the ENTITIES layer. Stateless; one per stage.
 */
final class EventArguments {
  /** Actors, recipients, weapon lemma (nullable) and the tokens of the event's own clause. */
  record Found(List<Actor> actors, List<Actor> recipients, String weapon, List<Integer> clause) {}

  private static final Set<String> RECIPIENT_CASES = Set.of("against", "on", "at", "upon", "onto", "into");
  /**
   * Event types done together with someone, whose "with" names the counterpart: "met with Scholz", "talks with
   * Hamas", "signed a deal with Turkey". For the others "with" is an instrument or company ("shelled with drones").
   */
  private static final Set<String> JOINT_TYPES = Set.of("CONSULT", "COOPERATE", "AGREE");
  /** Further cases under which the act an agreement or demand is about names whom it is for: "aid to", "talks with". */
  private static final Set<String> COMPLEMENT_CASES = Set.of("to", "with", "for", "from");
  /** PLOVER types whose event is a stance towards another act: that act is their content, not an event of its own. */
  static final Set<String> CONTENT_TAKERS = Set.of("AGREE", "REQUEST", "REJECT", "THREATEN");
  private static final Set<String> WEAPON_CASES = Set.of("with", "by", "from", "using");
  private static final Set<String> SCENE_CASES = Set.of("in", "during");
  private static final Set<String> CLAUSE_BREAKS = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");

  private final TriggerLexicon lexicon;
  private final ArgumentActors actors;
  private final ObliqueNonParticipants nonParticipants = new ObliqueNonParticipants();
  private final TargetNouns targets;

  EventArguments(TriggerLexicon lexicon, TargetNouns targets) {
    this.lexicon = lexicon;
    this.targets = targets;
    this.actors = new ArgumentActors(lexicon);
  }

  Found find(Sentence s, TriggerLexicon.Match m, String text, List<Entity> entities, List<Place> places) {
    if (!s.parsed()) return new Found(List.of(), List.of(), weaponNear(s, m), List.of());
    if (m.entry().pos() == TriggerLexicon.Pos.MODAL) return demanded(s, m, text, entities, places);
    int h = m.head();
    boolean verb = s.tokens().get(h).isVerb();
    List<Dependency> children = new ArrayList<>(s.children(h));
    Dependency attached = s.head(h);
    if (verb && attached != null && attached.governor() >= 0 && attached.relation().equals("amod") && "VBG".equals(s.tokens().get(h).tag())) {
      // CoreNLP sometimes tags a nominal gerund as a verb modifying its determiner ("the/obj shelling/amod of Kherson"):
      // read it as the noun phrase the determiner heads
      verb = false;
      h = attached.governor();
      for (Dependency d : s.children(h)) if (d.dependent() != m.head()) children.add(d);
    }
    List<Integer> actorHeads = new ArrayList<>();
    List<Integer> recipientHeads = new ArrayList<>();
    List<Integer> clause = new ArrayList<>(clauseOf(s, h));
    boolean passive = children.stream().anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
    // "107 people had been detained and 10 police officers injured": a participle without an auxiliary joined to a
    // passive verb is passive too, and the parser's subject is who suffered it
    boolean gapped = verb && !passive && gappedPassive(s, h, attached, children);
    passive |= gapped;
    // "clashed with RSF fighters", "battles with Russian units": fighting is done with the other side
    // and "met with Scholz", "signed a deal with Turkey": joint acts are done with the counterpart
    boolean reciprocal = targets.reciprocal(m.entry().key()) || JOINT_TYPES.contains(m.entry().type());
    boolean reflexiveSubject = false;
    for (Dependency d : children) {
      String rel = d.relation();
      int c = d.dependent();
      String kase = caseOf(s, c);
      if (verb) {
        // "troops had themselves fired": an emphatic reflexive repeats the subject, it is no second actor
        // "the war has killed 14,000 people": a happening causes the event, it does not act
        if (rel.equals("nsubj") && isHappeningOrEvent(s.tokens().get(c))) continue;
        // "Zelenskyy, who met Rutte in Kyiv": a relative pronoun subject stands for the noun the clause describes
        if (rel.equals("nsubj") && isRelativePronoun(s.tokens().get(c)) && attached != null && attached.governor() >= 0
            && attached.relation().equals("acl:relcl") && s.tokens().get(attached.governor()).isNoun()) {
          actorHeads.add(attached.governor());
          continue;
        }
        if (rel.equals("nsubj") && gapped) recipientHeads.add(c);
        else if (rel.equals("nsubj") && !isReflexive(s.tokens().get(c)) && s.tokens().get(c).canNameSomeone()) actorHeads.add(c);
        else if (rel.equals("nsubj") && isReflexive(s.tokens().get(c))) reflexiveSubject = true;
        else if (rel.equals("obl:agent") || (passive && rel.startsWith("obl") && "by".equals(kase))) actorHeads.add(c);
        else if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj")) recipientHeads.add(c);
        // a "with" phrase fronted before the trigger sets the scene ("With the signing of the memorandum, they agreed")
        else if (rel.startsWith("obl") && (has(RECIPIENT_CASES, kase) || (reciprocal && "with".equals(kase) && c > h))) recipientHeads.add(c);
      } else {
        if (rel.equals("nmod:poss")) actorHeads.add(c);
        else if ((rel.equals("amod") || rel.equals("compound")) && ArgumentActors.entityAt(s, c, entities) != null) actorHeads.add(c);
        else if (rel.startsWith("nmod") && "by".equals(kase)) actorHeads.add(c);
        else if (rel.startsWith("nmod") && (has(RECIPIENT_CASES, kase) || "of".equals(kase) || (reciprocal && "with".equals(kase) && c > h))) {
          recipientHeads.add(c);
        }
      }
    }
    if (verb && actorHeads.isEmpty() && reflexiveSubject && attached != null && attached.governor() >= 0) {
      // "troops had themselves fired", parsed with "fired" under "had": the reflexive stands for the subject above
      actorHeads.addAll(subjects(s, attached.governor()));
    }
    // "sent observers on Wednesday to investigate": a date the parser made a subject is nobody; "on suspicion of"
    // gives a reason, not a target
    actorHeads.removeIf(t -> isDate(s, t));
    recipientHeads.removeIf(t -> isDate(s, t) || isReason(s, t));
    Dependency up = s.head(h);
    if (verb && actorHeads.isEmpty() && up != null && up.governor() >= 0) {
      // "plans to launch strikes", "sought to seize": the controller's subject; "shelled Kharkiv and attacked Sumy": shared subject
      if (up.relation().equals("xcomp") || up.relation().equals("conj")) {
        // "asked Hamas to release the hostages", "ordered troops to withdraw": the object is who is to act
        int controller = up.relation().equals("xcomp") ? objectOf(s, up.governor(), h) : -1;
        // only someone named can be asked to act: "conducted an operation to capture", "used drones to attack" keep
        // the subject
        if (controller >= 0 && ArgumentActors.entityAt(s, controller, entities) == null && !s.tokens().get(controller).isPronoun()) {
          controller = -1;
        }
        if (controller >= 0) actorHeads.add(controller);
        else actorHeads.addAll(subjects(s, up.governor(), up.relation().equals("xcomp")));
      }
    }
    if (verb && actorHeads.isEmpty() && up != null && up.governor() >= 0 && up.governor() < h
        && up.relation().equals("acl:relcl") && s.tokens().get(up.governor()).isNoun()) {
      actorHeads.add(up.governor()); // a relative clause with no subject of its own acts for the noun it modifies
    }
    if (verb && actorHeads.isEmpty() && up != null && up.governor() >= 0 && "VBG".equals(s.tokens().get(h).tag())) {
      // "protesters blocked roads, demanding reforms", "issued a declaration demanding that ...": a participle
      // without a subject of its own acts through the subject of the clause it hangs on
      int governor = up.governor();
      int accused = accusedOf(s, h, up);
      if (accused >= 0) {
        // "accused the group of attacking the camp", "blamed Russia for shelling": the act is the accused one's
        actorHeads.add(accused);
        governor = -1;
      } else if (up.relation().startsWith("acl")) {
        Dependency nounUp = s.head(governor);
        governor = nounUp != null && nounUp.governor() >= 0 && nounUp.relation().equals("obj") ? nounUp.governor() : -1;
      } else if (!up.relation().startsWith("advcl")) {
        governor = -1;
      }
      if (governor >= 0) actorHeads.addAll(subjects(s, governor));
    }
    // "undertook a mediation mission", "suspended aid deliveries": a trigger naming the kind of the object noun
    Dependency objectArc = !verb && up != null && up.governor() >= 0 && up.relation().equals("compound") ? s.head(up.governor()) : up;
    // "carried out dozens of strikes", "launched a wave of attacks": the light verb's object is the count of the events
    if (!verb && objectArc != null && objectArc.governor() >= 0 && objectArc.relation().startsWith("nmod")
        && "of".equals(caseOf(s, h)) && countsEvents(s, objectArc.governor())) {
      objectArc = s.head(objectArc.governor());
    }
    if (!verb && objectArc != null && objectArc.governor() >= 0 && (objectArc.relation().equals("obj") || objectArc.relation().equals("nsubj:pass"))) {
      int lv = objectArc.governor();
      String role = lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(lv)));
      if (role != null && !role.equals("scene") && !role.equals("means")) {
        clause.addAll(clauseOf(s, lv));
        List<Integer> subj = subjects(s, lv);
        if (role.equals("actor")) actorHeads.addAll(subj);
        else recipientHeads.addAll(subj);
        for (Dependency d : s.children(lv)) {
          if (d.relation().startsWith("obl") && has(RECIPIENT_CASES, caseOf(s, d.dependent()))) recipientHeads.add(d.dependent());
        }
      }
    }
    // "the army responded with air strikes": who responds acts
    if (!verb && actorHeads.isEmpty() && up != null && up.governor() >= 0 && up.relation().startsWith("obl")
        && "with".equals(caseOf(s, h)) && "means".equals(lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(up.governor()))))) {
      clause.addAll(clauseOf(s, up.governor()));
      actorHeads.addAll(subjects(s, up.governor()));
    }
    // "the president arrived on a visit", "workers went on strike": the traveller is the actor of the event gone on
    String goneOn = caseOf(s, h);
    if (!verb && actorHeads.isEmpty() && up != null && up.governor() >= 0 && up.relation().startsWith("obl")
        && ("on".equals(goneOn) || "for".equals(goneOn))
        && "scene".equals(lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(up.governor()))))) {
      clause.addAll(clauseOf(s, up.governor()));
      actorHeads.addAll(subjects(s, up.governor()));
    }
    if (CONTENT_TAKERS.contains(m.entry().type()) && recipientHeads.stream().noneMatch(r -> ArgumentActors.entityAt(s, r, entities) != null)) {
      recipientHeads.addAll(complementParticipants(s, h, m.entry().type(), entities));
    }
    // again for the light verb's and complements' arguments: "repelled an assault on Thursday"; a happening is neither
    // side, however it was reached ("the war ... erupted and has killed", "the biggest incursion of the war")
    actorHeads.removeIf(t -> isDate(s, t) || isHappeningOrEvent(s.tokens().get(t)));
    recipientHeads.removeIf(t -> isDate(s, t) || isReason(s, t) || isHappening(s.tokens().get(t)));
    // "fought 14 clashes", "waged battles": a fight's event-noun object restates the fight, nobody was fought
    if (verb && m.entry().type().equals("ASSAULT")) recipientHeads.removeIf(t -> isHappeningOrEvent(s.tokens().get(t)));
    if (recipientHeads.isEmpty() && verb) recipientHeads.addAll(countryIn(s, h, entities, places));
    String weapon = weapon(s, h, up);
    List<Actor> actorList = actors.actors(s, text, withConjuncts(s, actorHeads), false, entities, places);
    if (!verb && m.entry().type().equals("ASSAULT")) actorList = asArmedForces(s, h, actorList);
    return new Found(actorList, actors.actors(s, text, withConjuncts(s, recipientHeads), true, entities, places),
        weapon, clause);
  }

  /**
   * "a Russian missile strike", "the Israeli raid": a country or people named as the modifier of an attack noun is
   * the attacker's armed forces, the sector PLOVER and ACLED give such an attack's unnamed perpetrator.
   */
  private static List<Actor> asArmedForces(Sentence s, int h, List<Actor> found) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : found) {
      boolean modifier = a.sector() == null && a.span() != null && s.children(h).stream().anyMatch(d ->
          (d.relation().equals("amod") || d.relation().equals("compound")) && a.span().contains(s.tokens().get(d.dependent()).span()));
      out.add(modifier ? new Actor(a.span(), a.text(), a.name(), a.country(), "MIL", a.role()) : a);
    }
    return out;
  }

  /**
   * "offered to hand over to Great Britain two nationals", "threatened to break relations with Russia", "refused to meet
   * King Abdullah", "demanded that the US cancel plans": an agreement, threat, refusal or demand is directed at whoever
   * the act it is about is directed at, and a demand at whoever is to act. Those participants, found down to two
   * complements deep.
   */
  private static List<Integer> complementParticipants(Sentence s, int taker, String type, List<Entity> entities) {
    List<Integer> out = new ArrayList<>();
    List<Integer> level = List.of(taker);
    for (int depth = 0; depth < 2 && out.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int v : level) {
        for (Dependency d : s.children(v)) {
          String rel = d.relation();
          if (rel.equals("xcomp") || (rel.equals("acl") && !s.tokens().get(v).isVerb())) next.add(d.dependent());
          else if (rel.equals("ccomp") && type.equals("REQUEST")) {
            for (Dependency c : s.children(d.dependent())) if (c.relation().equals("nsubj")) out.add(c.dependent());
          }
          if (v == taker) continue;
          String kase = caseOf(s, d.dependent());
          if (rel.equals("obj") || rel.equals("iobj") || (rel.equals("nsubj") && type.equals("REQUEST"))
              || (rel.startsWith("obl") && (has(RECIPIENT_CASES, kase) || has(COMPLEMENT_CASES, kase)))) {
            out.add(d.dependent());
          }
        }
      }
      level = next;
    }
    return out;
  }

  /**
   * "Russia said Sudan must return the helicopter": the demand's target is the subject of the verb the modal governs;
   * its actor is whoever says it, which the event stage takes from the statement (none here).
   */
  private Found demanded(Sentence s, TriggerLexicon.Match m, String text, List<Entity> entities, List<Place> places) {
    Dependency up = s.head(m.head());
    if (up == null || up.governor() < 0 || !up.relation().equals("aux")) return new Found(List.of(), List.of(), null, List.of());
    int verb = up.governor();
    List<Integer> targets = new ArrayList<>();
    for (Dependency d : s.children(verb)) if (d.relation().equals("nsubj")) targets.add(d.dependent());
    Dependency above = s.head(verb);
    if (targets.isEmpty() && above != null && above.governor() >= 0 && (above.relation().equals("xcomp") || above.relation().equals("ccomp"))) {
      // the parser may make the subject the reporting verb's object: "said/obj Sweden must return/xcomp"
      for (Dependency d : s.children(above.governor())) if (d.relation().equals("obj") && d.dependent() < m.head()) targets.add(d.dependent());
    }
    for (Dependency c : s.children(verb)) {
      // or the reporting clause a subject of the modal's verb: "[Norway said/csubj Sweden/obj] must return"
      if (!targets.isEmpty() || !c.relation().equals("csubj")) continue;
      for (Dependency d : s.children(c.dependent())) if (d.relation().equals("obj") && d.dependent() < m.head()) targets.add(d.dependent());
    }
    return new Found(List.of(), actors.actors(s, text, withConjuncts(s, targets), true, entities, places), null, clauseOf(s, verb));
  }

  /**
   * The object a prepositional gerund is said of ("accused [the group] of operating", "blamed [Russia] for shelling",
   * "charged [them] with attacking"), or -1: its controller is that object, not the subject of the verb.
   */
  private static int accusedOf(Sentence s, int gerund, Dependency up) {
    String marker = null;
    for (Dependency d : s.children(gerund)) {
      if (d.relation().equals("mark") || d.relation().equals("case")) marker = TriggerLexicon.lemma(s.tokens().get(d.dependent()));
    }
    if (marker == null || !GERUND_CASES.contains(marker)) return -1;
    if (up.relation().startsWith("acl") && s.tokens().get(up.governor()).isNoun()) return up.governor();
    // "accused the Rapid Support Forces of shelling", parsed with the gerund as a modifier of the name: a named object
    // (or a pronoun) of the verb is the accused; "the risk of shelling" names no one
    if (up.relation().startsWith("nmod") && up.governor() >= 0) {
      Token named = s.tokens().get(up.governor());
      Dependency objectArc = s.head(up.governor());
      if ((named.isProperNoun() || named.isPronoun()) && objectArc != null && objectArc.relation().equals("obj")) return up.governor();
    }
    if (!up.relation().startsWith("advcl")) return -1;
    for (Dependency d : s.children(up.governor())) if (d.relation().equals("obj")) return d.dependent();
    return -1;
  }

  private static final Set<String> GERUND_CASES = Set.of("of", "for", "with");

  /** The object of a verb standing before its complement, other than {@code except}, or -1. */
  private static int objectOf(Sentence s, int verb, int except) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obj") && d.dependent() != except && d.dependent() < except) return d.dependent();
    }
    return -1;
  }

  /** Subjects of a verb, following xcomp controllers upwards ("wants to order troops to attack"). */
  private static List<Integer> subjects(Sentence s, int verb) { return subjects(s, verb, false); }

  /** As {@link #subjects(Sentence, int)}; {@code controlled} when {@code verb} governs the event as an infinitive. */
  private static List<Integer> subjects(Sentence s, int verb, boolean controlled) {
    List<Integer> out = new ArrayList<>();
    int v = verb;
    for (int guard = 0; guard < 4 && v >= 0; guard++) {
      for (Dependency d : s.children(v)) {
        // "Le Drian is expected to meet Berri", "troops were ordered to withdraw": the passive subject of the verb
        // above an infinitive is who is to act
        boolean raised = controlled && d.relation().equals("nsubj:pass");
        if (d.relation().equals("nsubj") || d.relation().equals("obl:agent") || raised) out.add(d.dependent());
      }
      if (!out.isEmpty()) return out;
      Dependency up = s.head(v);
      if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("conj"))) return out;
      controlled = up.relation().equals("xcomp");
      v = up.governor();
    }
    return out;
  }

  /** A VBN with no auxiliary of its own, joined to a passive verb: the second half of a gapped passive. */
  private static boolean gappedPassive(Sentence s, int h, Dependency attached, List<Dependency> children) {
    if (!"VBN".equals(s.tokens().get(h).tag()) || attached == null || attached.governor() < 0 || !attached.relation().equals("conj")) return false;
    if (children.stream().anyMatch(d -> d.relation().startsWith("aux"))) return false;
    return s.children(attached.governor()).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
  }

  /** A number or counting noun ("dozens", "a series", "a wave") that an event noun can be counted by. */
  private boolean countsEvents(Sentence s, int t) {
    Token w = s.tokens().get(t);
    return "CD".equals(w.tag()) || lexicon.isCollective(TriggerLexicon.lemma(w));
  }

  /** "an attack in Ukraine": a country named with "in" is the target when nothing else is. */
  private static List<Integer> countryIn(Sentence s, int h, List<Entity> entities, List<Place> places) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(h)) {
      if (!d.relation().startsWith("obl") || !"in".equals(caseOf(s, d.dependent()))) continue;
      Span sp = s.tokens().get(d.dependent()).span();
      Entity e = ArgumentActors.entityAt(s, d.dependent(), entities);
      boolean country = places.stream().anyMatch(p -> p.span().overlaps(sp) && p.featureCode() != null && p.featureCode().startsWith("PCL"));
      if (country && e != null && e.actor() != null) out.add(d.dependent());
    }
    return out;
  }

  private static List<Integer> withConjuncts(Sentence s, List<Integer> heads) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      out.add(h);
      for (Dependency d : s.children(h)) if (d.relation().equals("conj")) out.add(d.dependent());
    }
    return out;
  }

  private static boolean isDate(Sentence s, int t) {
    String ner = s.tokens().get(t).ner();
    return "DATE".equals(ner) || "TIME".equals(ner);
  }

  private static boolean has(Set<String> set, String value) { return value != null && set.contains(value); }

  static String caseOf(Sentence s, int token) {
    StringBuilder sb = new StringBuilder();
    for (Dependency d : s.children(token)) {
      if (!d.relation().equals("case")) continue;
      sb.append(TriggerLexicon.lemma(s.tokens().get(d.dependent())));
      for (Dependency f : s.children(d.dependent())) if (f.relation().equals("fixed")) sb.append(' ').append(TriggerLexicon.lemma(s.tokens().get(f.dependent())));
      return sb.toString();
    }
    return null;
  }

  /**
   * Tokens of the trigger's own clause: its subtree without the clauses embedded in it at any depth ("The RSF, which
   * have been at war since April 2023, shelled the camp": the relative clause's date is not the shelling's).
   */
  static List<Integer> clauseOf(Sentence s, int head) {
    // One pass over the arcs and a visited set, as Sentence.subtree does: long sentences and malformed parses.
    Map<Integer, List<Integer>> within = new HashMap<>();
    for (Dependency d : s.dependencies()) {
      if (!CLAUSE_BREAKS.contains(d.relation())) within.computeIfAbsent(d.governor(), g -> new ArrayList<>()).add(d.dependent());
    }
    List<Integer> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (!seen.add(t)) continue;
      out.add(t);
      for (int c : within.getOrDefault(t, List.of())) todo.push(c);
    }
    return out;
  }

  /**
   * For a trigger that is no verb ("Israeli strikes killed 12 in Gaza"), the clause of the nearest verb above it,
   * without that verb's adverbial clauses ("..., as mediators met in Cairo"): where a nominal event is said to have
   * happened. Empty for a verb trigger or when no verb governs it.
   */
  static List<Integer> governingClauseOf(Sentence s, int head) {
    int v = head;
    for (int steps = 0; !s.tokens().get(v).isVerb(); steps++) {
      Dependency up = s.head(v);
      if (up == null || up.governor() < 0 || steps > s.tokens().size()) return List.of();
      v = up.governor();
    }
    if (v == head) return List.of();
    List<Integer> out = clauseOf(s, v);
    for (Dependency d : s.children(v)) if (d.relation().equals("advcl")) out.removeAll(s.subtree(d.dependent()));
    return out;
  }

  private String weapon(Sentence s, int h, Dependency up) {
    List<Integer> candidates = new ArrayList<>();
    for (Dependency d : s.children(h)) {
      String rel = d.relation();
      int c = d.dependent();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("nsubj") || rel.equals("obj") || rel.equals("obl:agent")
          || ((rel.startsWith("obl") || rel.startsWith("nmod")) && has(WEAPON_CASES, caseOf(s, c)))) {
        candidates.add(c);
      }
    }
    // "carried out an operation against the base with drones": the weapon may hang on the light verb
    if (up != null && up.governor() >= 0 && up.relation().equals("obj")) {
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().startsWith("obl") && has(WEAPON_CASES, caseOf(s, d.dependent()))) candidates.add(d.dependent());
      }
    }
    // "drones were used in an operation", "used drones during the raid": the weapon is the argument of the verb the
    // nominal trigger sets the scene for
    if (up != null && up.governor() >= 0 && up.relation().startsWith("obl") && has(SCENE_CASES, caseOf(s, h))
        && s.tokens().get(up.governor()).isVerb()) {
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) candidates.add(d.dependent());
      }
    }
    // "fired dozens of rockets", "a barrage of missiles": the weapon is what the quantity counts
    for (int c : List.copyOf(candidates)) {
      for (Dependency d : s.children(c)) {
        if (d.relation().startsWith("nmod") && "of".equals(caseOf(s, d.dependent()))) candidates.add(d.dependent());
      }
    }
    for (int c : candidates) {
      String l = TriggerLexicon.lemma(s.tokens().get(c));
      // "glide bombs": the modified weapon word first, as it may change the mode
      for (Dependency d : s.children(c)) {
        if (!d.relation().equals("compound") && !d.relation().equals("amod")) continue;
        String modified = TriggerLexicon.lemma(s.tokens().get(d.dependent())) + " " + l;
        if (lexicon.weapon(modified) != null) return modified;
      }
      if (lexicon.weapon(l) != null) return l;
    }
    return null;
  }

  private String weaponNear(Sentence s, TriggerLexicon.Match m) {
    for (int i = Math.max(0, m.first() - 2); i < Math.min(s.tokens().size(), m.last() + 4); i++) {
      String l = TriggerLexicon.lemma(s.tokens().get(i));
      if (lexicon.weapon(l) != null) return l;
    }
    return null;
  }

  /**
   * "on suspicion of sabotage", "at the request of Kyiv": a reason or basis under "on" or "at", not a target; the same
   * noun as an object ("rejected a U.S. request") is what was acted on.
   */
  private boolean isReason(Sentence s, int t) {
    return Set.of("on", "at", "upon").contains(String.valueOf(caseOf(s, t)))
        && nonParticipants.contains(TriggerLexicon.lemma(s.tokens().get(t)));
  }

  /** A common noun naming a happening ("war", "the attack"); a proper name ("Storm Shadow") is not read so. */
  private boolean isHappening(Token t) {
    return ("NN".equals(t.tag()) || "NNS".equals(t.tag())) && lexicon.namesHappening(TriggerLexicon.lemma(t));
  }

  /** As {@link #isHappening}, or an event noun of the lexicon ("the strike"): no subject acts so. */
  private boolean isHappeningOrEvent(Token t) {
    return ("NN".equals(t.tag()) || "NNS".equals(t.tag())) && lexicon.namesHappeningOrEvent(TriggerLexicon.lemma(t));
  }

  /** "who", "which", "that" heading a relative clause's subject. */
  private static boolean isRelativePronoun(Token t) {
    return "WP".equals(t.tag()) || "WDT".equals(t.tag());
  }

  /** "themselves", "himself", "itself". */
  static boolean isReflexive(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return "PRP".equals(t.tag()) && (w.endsWith("self") || w.endsWith("selves"));
  }
}
