package org.sitrep.core.geo;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.model.Place;

/**
 * The place of an article's dateline ("KYIV, Ukraine (AP) — ...", "Kharkiv, June 4 (Reuters) - ..."): a place at the
 * very start of the text followed, before any full stop, by the dash or agency credit that ends a dateline. The
 * country the reporter writes from, which unnamed state actors ("the military said", "police detained") belong to
 * when nothing nearer says otherwise: read by the events stage for their actors and by the attribution stage for
 * unnamed state speakers ("the army said"). Stateless.
 */
public final class Dateline {
  /** How far into the text a dateline's place may start (a leading wire name, a byline). */
  private static final int MAX_START = 40;
  /** How far after the place the dash or credit must follow. */
  private static final int MAX_TAIL = 60;
  private static final Pattern END = Pattern.compile("^[^.]*?(\\s[—–-]{1,2}\\s|\\((?:AP|AFP|Reuters|dpa|Xinhua|Interfax|Ukrinform|UNIAN)\\))");

  private Dateline() {}

  /** The ISO alpha-3 country of the dateline's place, or null when the article has no dateline. */
  public static String country(String text, List<Place> places) {
    Place first = null;
    for (Place p : places) if (first == null || p.span().start() < first.span().start()) first = p;
    if (first == null || first.span().start() > MAX_START || first.country() == null) return null;
    String tail = text.substring(first.span().end(), Math.min(text.length(), first.span().end() + MAX_TAIL));
    return END.matcher(tail).find() ? first.countryAlpha3() : null;
  }
}
