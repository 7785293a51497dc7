package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Turns the head tokens of an event's arguments into actors: the entity at the head with its actor, else the noun
 * phrase, with the country it can be given from the sentence. Stateless; one per stage.
 */
final class ArgumentActors {
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "det", "nmod:poss", "flat", "nummod", "det:predet");
  /** Cases under which a noun's complement names whose the noun is: "an appeal from Kyiv", "calls by the UN". */
  private static final Set<String> OWNER_CASES = Set.of("by", "from", "of");
  /** Cases under which a noun's complement names whom it is aimed at: "action against Russia", "aid to Mozambique". */
  private static final Set<String> AIM_CASES = Set.of("against", "on", "to", "with", "for");

  private final TriggerLexicon lexicon;

  ArgumentActors(TriggerLexicon lexicon) { this.lexicon = lexicon; }

  /** The actors at these argument heads; {@code acted} when they are acted on, so that a thing leads to its owner. */
  List<Actor> actors(Sentence s, String text, List<Integer> heads, boolean acted, List<Entity> entities, List<Place> places) {
    List<Actor> out = new ArrayList<>();
    for (int counted : heads) {
      int h = memberOf(s, counted);
      if (acted) h = owner(s, h, entities, places);
      Token t = s.tokens().get(h);
      // "accused the group of operating bases": an action is never a participant; nor is an event named as what is
      // refused, threatened or asked ("refused direct assistance", "threatened a general strike", "urged both sides to
      // return to talks") when no one owns it and it is no country's
      if (isAction(s, h)) continue;
      boolean eventNoun = acted && entityAt(s, h, entities) == null && isEventNoun(t);
      List<Integer> phrase = phrase(s, h);
      Span span = s.spanOf(phrase.get(0), phrase.get(phrase.size() - 1));
      if (lexicon.weapon(TriggerLexicon.lemma(t)) != null) {
        // "Russian aircraft killed", "Israeli tanks shelled": a weapon named with its country stands for that
        // country's armed forces; a weapon alone ("a missile hit") is nobody
        String country = modifierCountry(s, h, entities, places);
        if (!acted && country != null) add(out, new Actor(span, span.coveredText(text), span.coveredText(text), country, "MIL", null));
        continue;
      }
      Entity entity = entityAt(s, h, entities);
      if (entity == null) {
        // "Iran-backed militias": a name joined to the head's modifier by a hyphen is a tie, not who the phrase names
        for (Entity e : entities) if (span.contains(e.span()) && !beforeHyphen(text, e.span())) { entity = e; break; }
      }
      Actor a;
      if (entity != null && entity.actor() != null) {
        a = entity.span().contains(t.span()) ? entity.actor().withMention(entity.span(), entity.text())
            : entity.actor().withMention(span, span.coveredText(text));
      } else if (entity != null && entity.span().overlaps(t.span())) {
        // "visited Russia", "shelled Kharkiv": a place named as an event's participant stands for its country
        a = new Actor(entity.span(), entity.text(), entity.text(), placeCountry(entity.span(), places), null, null);
      } else if (entity != null) {
        // "urged Western partners": a name without an actor modifying the head is part of the phrase, not who it is
        a = new Actor(span, span.coveredText(text), span.coveredText(text), placeCountry(entity.span(), places), null, null);
      } else if (t.isPronoun() || "PRP".equals(t.tag()) || "WDT".equals(t.tag()) || "WP".equals(t.tag())) {
        continue;
      } else {
        a = new Actor(span, span.coveredText(text), span.coveredText(text), null, null, null);
      }
      if (a.country() == null) a = withCountryOfComplement(s, h, a, entities, places);
      // "lifted a curfew in Montenegro": an event in a country still says whom it was lifted for
      if (eventNoun && a.country() == null && a.sector() == null) continue;
      add(out, a);
      for (Actor other : conjoinedAffiliations(s, h, a, entities)) add(out, other);
    }
    return out;
  }

  private boolean isEventNoun(Token t) {
    return ("NN".equals(t.tag()) || "NNS".equals(t.tag())) && lexicon.namesHappeningOrEvent(TriggerLexicon.lemma(t));
  }

  private static void add(List<Actor> out, Actor a) {
    if (out.stream().noneMatch(o -> o.name().equals(a.name()) && Objects.equals(o.span(), a.span()))) out.add(a);
  }

  /**
   * "rejected a U.S. request", "praised Haiti's efforts", "dismissed an appeal from President X", "proposed Israeli
   * changes", "threatened further action against Russia": when the argument is a thing, not a participant, the
   * participant is the one whose thing it is — its possessor, its by/from/of complement or a modifier naming a
   * country — or else the one it is aimed at. The head itself when none of these is a country's actor or place, or
   * when the head is an entity itself.
   */
  private static int owner(Sentence s, int h, List<Entity> entities, List<Place> places) {
    if (entityAt(s, h, entities) != null || s.tokens().get(h).isProperNoun()) return h;
    int found = -1, rank = Integer.MAX_VALUE;
    for (Dependency d : s.children(h)) {
      String rel = d.relation();
      int r;
      if (rel.equals("nmod:poss")) r = 0;
      else if (rel.startsWith("nmod") && OWNER_CASES.contains(String.valueOf(EventArguments.caseOf(s, d.dependent())))) r = 1;
      // "a Liberian-flagged tanker", "Iran-backed militias": a hyphenated participle names a tie, not the owner
      else if ((rel.equals("amod") || rel.equals("compound")) && !hyphenated(s, d.dependent())) r = 2;
      else if (rel.startsWith("nmod") && AIM_CASES.contains(String.valueOf(EventArguments.caseOf(s, d.dependent())))) r = 3;
      else continue;
      if (r >= rank || !isCountryActor(s, d.dependent(), entities, places)) continue;
      found = d.dependent();
      rank = r;
    }
    return found < 0 ? h : found;
  }

  /** Whether a hyphen follows the span without a space ("Iran" in "Iran-backed"). */
  private static boolean beforeHyphen(String text, Span span) {
    return span.end() < text.length() && text.charAt(span.end()) == '-';
  }

  /** Whether the token is the second part of a hyphenated word ("flagged" in "Liberian-flagged"). */
  private static boolean hyphenated(Sentence s, int t) {
    if (t < 2) return false;
    Token hyphen = s.tokens().get(t - 1);
    return "-".equals(hyphen.word()) && hyphen.span().end() == s.tokens().get(t).span().start();
  }

  /** The country of a possessor or modifier of this noun that names one ("Russian", "Ukraine's"), or null. */
  private static String modifierCountry(Sentence s, int h, List<Entity> entities, List<Place> places) {
    for (Dependency d : s.children(h)) {
      String rel = d.relation();
      if (!rel.equals("amod") && !rel.equals("compound") && !rel.equals("nmod:poss")) continue;
      Entity e = entityAt(s, d.dependent(), entities);
      if (e == null) continue;
      String country = e.actor() != null ? e.actor().country() : placeCountry(e.span(), places);
      if (country != null) return country;
    }
    return null;
  }

  private static boolean isCountryActor(Sentence s, int token, List<Entity> entities, List<Place> places) {
    Entity e = entityAt(s, token, entities);
    if (e == null) return false;
    if (e.actor() != null) return e.actor().country() != null;
    return placeCountry(e.span(), places) != null;
  }

  /**
   * "Hungarian and Romanian officials", "Sierra Leonean and Liberian refugees": a group named with conjoined
   * affiliations is one actor per affiliation, as PLOVER lists compound actors.
   */
  private static List<Actor> conjoinedAffiliations(Sentence s, int h, Actor a, List<Entity> entities) {
    List<Actor> out = new ArrayList<>();
    for (Dependency d : s.children(h)) {
      if (!d.relation().equals("amod") && !d.relation().equals("compound")) continue;
      List<Integer> affiliations = new ArrayList<>(List.of(d.dependent()));
      for (Dependency c : s.children(d.dependent())) if (c.relation().equals("conj")) affiliations.add(c.dependent());
      if (affiliations.size() < 2) continue;
      for (int k : affiliations) {
        Entity e = entityAt(s, k, entities);
        if (e == null || e.actor() == null || e.actor().country() == null || e.actor().country().equals(a.country())) continue;
        String name = e.text() + " " + s.tokens().get(h).word();
        out.add(new Actor(e.span(), e.text(), name, e.actor().country(), a.sector(), a.role()));
      }
    }
    return out;
  }

  /**
   * A verb, or a gerund the tagger took for a noun ("the group of operating/NN"), with no determiner or possessor: it
   * names an activity, not someone.
   */
  static boolean isAction(Sentence s, int h) {
    Token t = s.tokens().get(h);
    boolean verb = t.isVerb();
    if (!verb && (!"NN".equals(t.tag()) || !t.word().toLowerCase(Locale.ROOT).endsWith("ing"))) return false;
    // "evacuated the wounded": a participle with a determiner is a noun for people
    for (Dependency d : s.children(h)) {
      String rel = d.relation();
      if (rel.equals("det") || rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) return false;
    }
    return true;
  }

  /** "a group of Moroccan diplomats", "tens of thousands of students": the "of" phrase under counting nouns. */
  private int memberOf(Sentence s, int head) {
    int h = head;
    // and "15 of the attackers": a bare number counts the "of" phrase as well
    for (int guard = 0; guard < 3 && (lexicon.isCollective(TriggerLexicon.lemma(s.tokens().get(h)))
        || "CD".equals(s.tokens().get(h).tag())); guard++) {
      int next = -1;
      for (Dependency d : s.children(h)) {
        if (d.relation().startsWith("nmod") && "of".equals(EventArguments.caseOf(s, d.dependent())) && !isAction(s, d.dependent())) {
          next = d.dependent();
        }
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
      String kase = EventArguments.caseOf(s, d.dependent());
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
      return iso3(p.country());
    }
    return null;
  }

  /** The alpha-3 code of the country of the place the geo layer resolved over this span, or null. */
  static String placeCountry(Span span, List<Place> places) {
    for (Place p : places) if (p.span().overlaps(span) && p.country() != null) return iso3(p.country());
    return null;
  }

  static String iso3(String iso2) { return Place.alpha3(iso2); }

  static Entity entityAt(Sentence s, int token, List<Entity> entities) {
    Span sp = s.tokens().get(token).span();
    for (Entity e : entities) if (e.span().overlaps(sp)) return e;
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
    extendOverHyphen(s, contiguous);
    return contiguous;
  }

  /**
   * "Iran-aligned Houthi movement", "Hong Kong-based companies", "a Liberian-flagged tanker": CoreNLP splits a hyphenated
   * modifier and hangs its first part anywhere, so the phrase would start at "aligned". The words joined to its left
   * edge by a hyphen without spaces belong to it, with the names compounded into them ("Hong Kong").
   */
  private static void extendOverHyphen(Sentence s, List<Integer> phrase) {
    for (int guard = 0; guard < 3; guard++) {
      int first = phrase.get(0);
      if (first < 2) return;
      Token hyphen = s.tokens().get(first - 1), before = s.tokens().get(first - 2);
      boolean joined = "-".equals(hyphen.word()) && hyphen.span().start() == before.span().end()
          && hyphen.span().end() == s.tokens().get(first).span().start();
      if (!joined) return;
      phrase.add(0, first - 1);
      phrase.add(0, first - 2);
      for (int k = first - 3; k >= 0 && isNameCompoundOf(s, k, phrase.get(0)); k--) phrase.add(0, k);
    }
  }

  private static boolean isNameCompoundOf(Sentence s, int k, int next) {
    Dependency d = s.head(k);
    return d != null && d.governor() == k + 1 && k + 1 == next && (d.relation().equals("compound") || d.relation().equals("flat"))
        && s.tokens().get(k).isProperNoun();
  }

  private static void collectPhrase(Sentence s, int t, List<Integer> out, int depth) {
    if (depth > 4 || out.contains(t)) return;
    out.add(t);
    for (Dependency d : s.children(t)) if (PHRASE_RELATIONS.contains(d.relation())) collectPhrase(s, d.dependent(), out, depth + 1);
  }
}
