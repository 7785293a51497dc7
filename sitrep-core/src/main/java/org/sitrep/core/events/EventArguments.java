package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> WEAPON_CASES = Set.of("with", "by", "from", "using");
  private static final Set<String> SCENE_CASES = Set.of("in", "during");
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "det", "nmod:poss", "flat", "nummod", "det:predet");
  private static final Set<String> CLAUSE_BREAKS = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");

  private final TriggerLexicon lexicon;

  EventArguments(TriggerLexicon lexicon) { this.lexicon = lexicon; }

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
    for (Dependency d : children) {
      String rel = d.relation();
      int c = d.dependent();
      String kase = caseOf(s, c);
      if (verb) {
        if (rel.equals("nsubj")) actorHeads.add(c);
        else if (rel.equals("obl:agent") || (passive && rel.startsWith("obl") && "by".equals(kase))) actorHeads.add(c);
        else if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj")) recipientHeads.add(c);
        else if (rel.startsWith("obl") && has(RECIPIENT_CASES, kase)) recipientHeads.add(c);
      } else {
        if (rel.equals("nmod:poss")) actorHeads.add(c);
        else if ((rel.equals("amod") || rel.equals("compound")) && entityAt(s, c, entities) != null) actorHeads.add(c);
        else if (rel.startsWith("nmod") && "by".equals(kase)) actorHeads.add(c);
        else if (rel.startsWith("nmod") && (has(RECIPIENT_CASES, kase) || "of".equals(kase))) recipientHeads.add(c);
      }
    }
    // "sent observers on Wednesday to investigate": a date the parser made a subject is nobody
    actorHeads.removeIf(t -> isDate(s, t));
    recipientHeads.removeIf(t -> isDate(s, t));
    Dependency up = s.head(h);
    if (verb && actorHeads.isEmpty() && up != null && up.governor() >= 0) {
      // "plans to launch strikes", "sought to seize": the controller's subject; "shelled Kharkiv and attacked Sumy": shared subject
      if (up.relation().equals("xcomp") || up.relation().equals("conj")) actorHeads.addAll(subjects(s, up.governor()));
    }
    if (!verb && up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))) {
      int lv = up.governor();
      String role = lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(lv)));
      if (role != null && !role.equals("scene")) {
        clause.addAll(clauseOf(s, lv));
        List<Integer> subj = subjects(s, lv);
        if (role.equals("actor")) actorHeads.addAll(subj);
        else recipientHeads.addAll(subj);
        for (Dependency d : s.children(lv)) {
          if (d.relation().startsWith("obl") && has(RECIPIENT_CASES, caseOf(s, d.dependent()))) recipientHeads.add(d.dependent());
        }
      }
    }
    // "the president arrived on a visit", "workers went on strike": the traveller is the actor of the event gone on
    String goneOn = caseOf(s, h);
    if (!verb && actorHeads.isEmpty() && up != null && up.governor() >= 0 && up.relation().startsWith("obl")
        && ("on".equals(goneOn) || "for".equals(goneOn))
        && "scene".equals(lexicon.lightVerbRole(TriggerLexicon.lemma(s.tokens().get(up.governor()))))) {
      clause.addAll(clauseOf(s, up.governor()));
      actorHeads.addAll(subjects(s, up.governor()));
    }
    if (recipientHeads.isEmpty() && verb) recipientHeads.addAll(countryIn(s, h, entities, places));
    String weapon = weapon(s, h, up);
    return new Found(actors(s, text, withConjuncts(s, actorHeads), entities, places),
        actors(s, text, withConjuncts(s, recipientHeads), entities, places),
        weapon, clause);
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
    return new Found(List.of(), actors(s, text, withConjuncts(s, targets), entities, places), null, clauseOf(s, verb));
  }

  /** Subjects of a verb, following xcomp controllers upwards ("wants to order troops to attack"). */
  private static List<Integer> subjects(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    int v = verb;
    for (int guard = 0; guard < 4 && v >= 0; guard++) {
      for (Dependency d : s.children(v)) if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")) out.add(d.dependent());
      if (!out.isEmpty()) return out;
      Dependency up = s.head(v);
      if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("conj"))) return out;
      v = up.governor();
    }
    return out;
  }

  /** "an attack in Ukraine": a country named with "in" is the target when nothing else is. */
  private static List<Integer> countryIn(Sentence s, int h, List<Entity> entities, List<Place> places) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(h)) {
      if (!d.relation().startsWith("obl") || !"in".equals(caseOf(s, d.dependent()))) continue;
      Span sp = s.tokens().get(d.dependent()).span();
      Entity e = entityAt(s, d.dependent(), entities);
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

  /** Tokens of the trigger's own clause: its subtree without embedded clauses of their own. */
  static List<Integer> clauseOf(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (Dependency d : s.children(head)) {
      if (CLAUSE_BREAKS.contains(d.relation())) continue;
      out.addAll(s.subtree(d.dependent()));
    }
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
    for (int c : candidates) {
      String l = TriggerLexicon.lemma(s.tokens().get(c));
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

  private static Entity entityAt(Sentence s, int token, List<Entity> entities) {
    Span sp = s.tokens().get(token).span();
    for (Entity e : entities) if (e.span().overlaps(sp)) return e;
    return null;
  }

  private List<Actor> actors(Sentence s, String text, List<Integer> heads, List<Entity> entities, List<Place> places) {
    List<Actor> out = new ArrayList<>();
    for (int counted : heads) {
      int h = memberOf(s, counted);
      Token t = s.tokens().get(h);
      if (lexicon.weapon(TriggerLexicon.lemma(t)) != null) continue;
      List<Integer> phrase = phrase(s, h);
      Span span = s.spanOf(phrase.get(0), phrase.get(phrase.size() - 1));
      Entity entity = entityAt(s, h, entities);
      if (entity == null) {
        for (Entity e : entities) if (span.contains(e.span())) { entity = e; break; }
      }
      Actor a;
      if (entity != null && entity.actor() != null) {
        a = entity.span().contains(t.span()) ? entity.actor().withMention(entity.span(), entity.text())
            : entity.actor().withMention(span, span.coveredText(text));
      } else if (entity != null) {
        a = new Actor(entity.span(), entity.text(), entity.text(), null, null, null);
      } else if (t.isPronoun() || "PRP".equals(t.tag()) || "WDT".equals(t.tag()) || "WP".equals(t.tag())) {
        continue;
      } else {
        a = new Actor(span, span.coveredText(text), span.coveredText(text), null, null, null);
      }
      Actor withCountry = a.country() != null ? a : withCountryOfComplement(s, h, a, entities, places);
      if (out.stream().noneMatch(o -> o.name().equals(withCountry.name()) && java.util.Objects.equals(o.span(), withCountry.span()))) {
        out.add(withCountry);
      }
    }
    return out;
  }

  /** "a group of Moroccan diplomats", "tens of thousands of students": the "of" phrase under counting nouns. */
  private int memberOf(Sentence s, int head) {
    int h = head;
    for (int guard = 0; guard < 3 && lexicon.isCollective(TriggerLexicon.lemma(s.tokens().get(h))); guard++) {
      int next = -1;
      for (Dependency d : s.children(h)) {
        if (d.relation().startsWith("nmod") && "of".equals(caseOf(s, d.dependent()))) next = d.dependent();
      }
      if (next < 0) break;
      h = next;
    }
    return h;
  }

  // "supporters of the former president", "opposition groups in Zimbabwe", "Taiwan's vice foreign minister": an
  // actor without a country of its own takes that of the actor or country it is of, in or from.
  private static Actor withCountryOfComplement(Sentence s, int h, Actor a, List<Entity> entities, List<Place> places) {
    for (Dependency d : s.children(h)) {
      String kase = caseOf(s, d.dependent());
      boolean owner = d.relation().equals("nmod:poss");
      if (!owner && !(d.relation().startsWith("nmod") && ("of".equals(kase) || "in".equals(kase) || "from".equals(kase)))) continue;
      Entity e = entityAt(s, d.dependent(), entities);
      String country = e != null && e.actor() != null ? e.actor().country() : null;
      if (country == null) country = countryNamedAt(s, d.dependent(), places);
      if (country != null) return new Actor(a.span(), a.text(), a.name(), country, a.sector(), a.role());
    }
    return a;
  }

  /** The ISO 3166 alpha-3 code of the country (not a city in it) the geo layer found at this token, or null. */
  private static String countryNamedAt(Sentence s, int token, List<Place> places) {
    Span sp = s.tokens().get(token).span();
    for (Place p : places) {
      if (!p.span().overlaps(sp) || p.featureCode() == null || !p.featureCode().startsWith("PCL") || p.country() == null) continue;
      try {
        return new java.util.Locale("", p.country()).getISO3Country();
      } catch (java.util.MissingResourceException unknown) {
        return null;
      }
    }
    return null;
  }

  /** The noun phrase around a head: head plus modifiers, determiners stripped from the left edge. */
  private static List<Integer> phrase(Sentence s, int h) {
    List<Integer> out = new ArrayList<>();
    collectPhrase(s, h, out, 0);
    out.sort(Integer::compare);
    // The head itself stays even when tagged DT (a garbled parse can head a phrase with "a"): without it there is
    // no phrase to keep contiguous.
    while (out.size() > 1 && out.get(0) != h && "DT".equals(s.tokens().get(out.get(0)).tag())) out.remove(0);
    // keep the phrase contiguous around the head
    List<Integer> contiguous = new ArrayList<>();
    int i = out.indexOf(h);
    int lo = i, hi = i;
    while (lo > 0 && out.get(lo - 1) == out.get(lo) - 1) lo--;
    while (hi < out.size() - 1 && out.get(hi + 1) == out.get(hi) + 1) hi++;
    for (int k = lo; k <= hi; k++) contiguous.add(out.get(k));
    return contiguous;
  }

  private static void collectPhrase(Sentence s, int t, List<Integer> out, int depth) {
    if (depth > 4 || out.contains(t)) return;
    out.add(t);
    for (Dependency d : s.children(t)) if (PHRASE_RELATIONS.contains(d.relation())) collectPhrase(s, d.dependent(), out, depth + 1);
  }
}
