package org.sitrep.core.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;

/**
 * "Yemen's Houthi movement fired missiles at a tanker ... Saree said the group had targeted the ship": a definite group
 * noun naming no country stands for the armed group or movement (sector REB or UAF) named last before it, within
 * {@link #REACH} characters, as a reader takes it. Without one it stays as written. Stateless.
 */
final class GroupAnaphora {
  private static final String RESOURCE = "/sitrep/events/group_anaphors.txt";
  /** How far back the named group may be: a few sentences of wire copy. */
  private static final int REACH = 1_000;
  private static final Set<String> ARMED_SECTORS = Set.of("REB", "UAF");

  private final Set<String> nouns = new HashSet<>();

  GroupAnaphora() {
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) nouns.add(l.text().strip().toLowerCase(Locale.ROOT));
  }

  /** The actor, or the named group it refers back to; {@code entities} in text order. */
  Actor resolve(Actor a, List<Entity> entities, String text) {
    if (a.span() == null || a.country() != null || !nouns.contains(a.text().strip().toLowerCase(Locale.ROOT))) return a;
    int at = a.span().start();
    if (at < 4 || !text.regionMatches(true, at - 4, "the ", 0, 4)) return a;
    Entity named = null;
    for (Entity e : entities) {
      if (e.span().end() > at) break;
      Actor g = e.actor();
      if (g != null && g.country() != null && g.sector() != null && ARMED_SECTORS.contains(g.sector()) && at - e.span().end() <= REACH) named = e;
    }
    return named == null ? a : named.actor().withMention(a.span(), a.text());
  }
}
