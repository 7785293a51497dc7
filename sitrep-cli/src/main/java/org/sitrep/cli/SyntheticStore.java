package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;

/**
 * A large store made from a small real one, for measuring the server: the seed's articles and their extractions
 * are copied again and again, copy k with a new id ({@code id~k}) and every full date (publication date, event and
 * time values) moved {@code k * }{@value #SHIFT_DAYS} days later. Texts, places, actors and types stay as extracted,
 * so a copy is real extraction output, only re-dated: the store has the seed's mix of types, places and speakers,
 * spread over many more days.
 */
final class SyntheticStore {
  /** Days between one copy and the next: a week, so ten thousand events from 276 span about nine months more. */
  static final int SHIFT_DAYS = 7;
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SyntheticStore() {}

  /** What {@link #build} wrote. */
  record Built(int copies, long articles, long events, long statements) {}

  /** Copies {@code seed} into {@code target} until it holds at least {@code events} events. */
  static Built build(Store seed, Store target, long events) {
    List<StoredArticle> originals = new ArrayList<>();
    seed.forEachArticle(originals::add);
    long perCopy = originals.stream().mapToLong(a -> a.extraction().path("events").size()).sum();
    if (perCopy == 0) throw new IllegalArgumentException(seed.location() + " holds no events to copy");
    // Copy k of article i is saved as such whatever was stored before, so a re-run tops an existing store up.
    int copies = 0;
    long written = 0;
    while (written < events) {
      for (StoredArticle a : originals) {
        if (written >= events) break;
        Article copy = shifted(a.article(), copies);
        if (!target.contains(copy.id(), Store.textHash(copy.text()))) target.save(copy, shifted(a.extraction(), copies));
        written += a.extraction().path("events").size();
      }
      copies++;
    }
    Store.Counts c = target.counts();
    return new Built(copies, c.articles(), c.events(), c.statements());
  }

  private static Article shifted(Article a, int copy) {
    if (copy == 0) return a;
    LocalDate published = a.published() == null ? null : a.published().plusDays((long) copy * SHIFT_DAYS);
    return new Article(a.id() + "~" + copy, a.text(), published, a.title(), a.source(), a.url(), a.lang());
  }

  private static ObjectNode shifted(ObjectNode extraction, int copy) {
    if (copy == 0) return extraction;
    ObjectNode o = extraction.deepCopy();
    if (o.hasNonNull("published")) o.put("published", shift(o.get("published").asText(), copy));
    for (JsonNode e : o.path("events")) shiftValue(e.path("time"), copy);
    for (JsonNode t : o.path("times")) shiftValue(t, copy);
    if (o.hasNonNull("id")) o.put("id", o.get("id").asText() + "~" + copy);
    return o;
  }

  private static void shiftValue(JsonNode time, int copy) {
    if (time instanceof ObjectNode t && t.hasNonNull("value")) t.set("value", new TextNode(shift(t.get("value").asText(), copy)));
  }

  /** Every YYYY-MM-DD in the value moved; a month or a year ("2022-03", "2022") stays, being coarse anyway. */
  static String shift(String value, int copy) {
    Matcher m = DAY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String moved;
      try {
        moved = LocalDate.parse(m.group()).plusDays((long) copy * SHIFT_DAYS).toString();
      } catch (java.time.format.DateTimeParseException notADate) {
        moved = m.group();
      }
      m.appendReplacement(out, moved);
    }
    m.appendTail(out);
    return out.toString();
  }
}
