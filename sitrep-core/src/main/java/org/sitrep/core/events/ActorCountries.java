package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.actors.AgentLexicon;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.Token;

/**
 * Gives an event's participants with a known role but no country ("President Yoweri Museveni banned Ugandan
 * opposition candidates", "the government imposed a curfew in Algiers", "police arrested ...") the one country the
 * sentence speaks of. A country that stands on the other side of the event as a state ("President Bush threatened
 * Russia") is not the participant's own, so it is not counted; when the sentence names no country, or several, the
 * participant stays without one. Stateless.
 */
final class ActorCountries {
  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO");

  private ActorCountries() {}

  /**
   * {@code side} with countries filled in where the sentence gives exactly one, or several of which one is the country
   * the event happened in ({@code here}, nullable): "residents protested against the Russian occupation in Kherson"
   * are Ukrainians. A state body the sentence gives no country ("the military said it shot down", "police detained")
   * takes the country of the article's dateline ({@code dateline}, nullable). {@code other} is the other side.
   */
  static List<Actor> fill(Sentence s, List<Actor> side, List<Actor> other, String here, String dateline, List<Entity> entities,
                          List<Place> places) {
    return fill(s, side, other, here, dateline, false, entities, places);
  }

  /**
   * As {@link #fill(Sentence, List, List, String, String, List, List)}; with {@code crowd}, participants without a sector
   * count too: "thousands of people rallied in Kyiv" are protesters of the country they rally in.
   */
  static List<Actor> fill(Sentence s, List<Actor> side, List<Actor> other, String here, String dateline, boolean crowd,
                          List<Entity> entities, List<Place> places) {
    java.util.function.Predicate<Actor> needsCountry = a -> needsCountry(a) || (crowd && a.country() == null && a.span() != null);
    if (side.stream().noneMatch(needsCountry)) return side;
    Set<String> foreign = new LinkedHashSet<>();
    for (Actor o : other) if (o.country() != null && isState(o, entities, places)) foreign.add(o.country());
    List<Actor> out = new ArrayList<>();
    for (Actor a : side) {
      if (!needsCountry.test(a)) {
        out.add(a);
        continue;
      }
      Set<String> named = new LinkedHashSet<>();
      for (Entity e : entities) {
        if (!s.span().contains(e.span()) || (a.span() != null && a.span().overlaps(e.span()))) continue;
        String c = e.actor() != null ? e.actor().country() : ArgumentActors.placeCountry(e.span(), places);
        if (c != null && !NOT_COUNTRIES.contains(c)) named.add(c);
      }
      for (Place p : places) {
        if (!s.span().contains(p.span()) || (a.span() != null && a.span().overlaps(p.span()))) continue;
        String c = p.country() == null ? null : ArgumentActors.iso3(p.country());
        if (c != null) named.add(c);
      }
      named.removeAll(foreign);
      String country = named.size() == 1 ? named.iterator().next() : here != null && named.contains(here) ? here : null;
      if (country == null && dateline != null && AgentLexicon.STATE_SECTORS.contains(a.sector()) && (named.isEmpty() || named.contains(dateline))) {
        country = dateline;
      }
      out.add(country != null ? new Actor(a.span(), a.text(), a.name(), country, a.sector(), a.role()) : a);
    }
    return out;
  }

  /**
   * "Moscow denied that its forces had shelled the hospital", "Kyiv said their units repelled the attack": a group
   * owned by a possessive pronoun inside what a country says is that country's.
   */
  static List<Actor> ofReportingSpeaker(Sentence s, List<Actor> side, Span trigger, List<Statement> statements) {
    if (side.stream().noneMatch(a -> a.country() == null)) return side;
    Statement said = null;
    for (Statement st : statements) {
      if (st.speaker() != null && st.speaker().country() != null && st.content().stream().anyMatch(c -> c.contains(trigger))) {
        said = st;
        break;
      }
    }
    if (said == null) return side;
    Actor speaker = said.speaker();
    // '"Their forces shelled the town," the governor said': in a quote "their" and "its" are a third party's
    boolean quoted = said.direct();
    List<Actor> out = new ArrayList<>();
    for (Actor a : side) {
      boolean owned = a.country() == null && a.span() != null && possessivePronounBefore(s, a.span(), quoted);
      out.add(owned ? new Actor(a.span(), a.text(), a.name(), speaker.country(), a.sector(), a.role()) : a);
    }
    return out;
  }

  /** "its air defences": the pronoun opens the party's phrase, or stands right before its name ("its [forces]"). */
  private static boolean possessivePronounBefore(Sentence s, Span span, boolean quoted) {
    Token previous = null, first = null;
    for (Token t : s.tokens()) {
      if (t.span().start() >= span.start()) {
        first = t;
        break;
      }
      previous = t;
    }
    return collectivePossessive(previous, quoted) || collectivePossessive(first, quoted);
  }

  private static boolean collectivePossessive(Token t, boolean quoted) {
    if (t == null || !"PRP$".equals(t.tag())) return false;
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals("our") || (!quoted && (w.equals("its") || w.equals("their")));
  }

  /** A person with a title or a group with a sector, whose country the text leaves to the reader. */
  private static boolean needsCountry(Actor a) {
    return a.country() == null && (a.sector() != null || a.role() != null);
  }

  /**
   * A country or capital named on the other side, as a place or for its government ("threatened Russia", "Kyiv
   * accused"): a foreign state, not the participant's own country. A group of that country ("Ugandan opposition
   * candidates", "Darfur rebels") may well be the participant's compatriots.
   */
  private static boolean isState(Actor o, List<Entity> entities, List<Place> places) {
    Span span = o.span();
    if (span == null) return false;
    for (Entity e : entities) if (e.metonymy() && e.span().overlaps(span)) return true;
    for (Place p : places) {
      if (!p.span().overlaps(span) || p.featureCode() == null) continue;
      if (p.featureCode().startsWith("PCL") || p.featureCode().equals("PPLC")) return true;
    }
    return false;
  }
}
