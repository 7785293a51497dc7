package org.sitrep.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Span;

/**
 * Where a place the gazetteer does not know most likely is: at the article's focus, the town (or county) it names
 * most often. Local and conflict news name streets, buildings, hamlets and plants near the town the story is about
 * ("Royal Street" in a New Orleans story, "Azovstal" in a Mariupol one). Such a place gets the focus's coordinates,
 * country and region, no GeoNames id and no feature code, so a reader can tell it from a gazetteer match. Without a
 * town or county in the article there is no focus: a region or country is too large to stand in for a street.
 */
final class ArticleFocus {
  private ArticleFocus() {}

  /** The populated place or second-level region resolved most often, the first of equals; null when none. */
  static Place of(List<Place> places) {
    Map<Point, Integer> counts = new HashMap<>();
    Place best = null;
    int bestCount = 0;
    for (Place p : places) {
      String fc = p.featureCode();
      if (fc == null || !(fc.startsWith("PPL") || fc.equals("ADM2"))) continue;
      int n = counts.merge(new Point(p.name(), p.lat(), p.lon()), 1, Integer::sum);
      if (n > bestCount) {
        best = p;
        bestCount = n;
      }
    }
    return best;
  }

  /** A resolved place by what makes it the same place: a record, as formatting its coordinates into a string cost more. */
  private record Point(String name, double lat, double lon) {}

  /** A place for the unknown name at {@code span}, located at {@code focus}. */
  static Place locate(String text, Span span, Place focus) {
    String covered = span.coveredText(text);
    return new Place(span, covered, covered, focus.lat(), focus.lon(), focus.country(), focus.admin1(), null, null);
  }
}
