package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * The names an event's report gives: the capitalised words of the entities inside the event's sentence and of its
 * actors and recipients, lower-cased, without the words of titles ("President", "Minister") listed in
 * {@code sitrep/store/name-stopwords.txt}. Two reports of one meeting name the same people and places however they
 * word the rest; the clusterer compares these words.
 */
final class EventNames {
  private static final Set<String> STOP = load();

  private EventNames() {}

  private static Set<String> load() {
    Set<String> out = new TreeSet<>();
    for (ResourceLines.Line l : ResourceLines.read("/sitrep/store/name-stopwords.txt")) out.add(l.text().strip());
    return Set.copyOf(out);
  }

  /** The event's name words, space-separated in text order with repeats, or null when it names nothing. */
  static String of(JsonNode event, JsonNode entities) {
    List<String> words = new ArrayList<>();
    JsonNode sentence = event.path("sentence");
    if (sentence.path("start").canConvertToInt() && sentence.path("end").canConvertToInt()) {
      int start = sentence.get("start").asInt();
      int end = sentence.get("end").asInt();
      for (JsonNode n : entities) {
        if (!n.path("start").canConvertToInt() || !n.path("end").canConvertToInt()) continue;
        if (n.get("start").asInt() >= start && n.get("end").asInt() <= end) add(words, ExtractionRows.text(n, "text"));
      }
    }
    for (JsonNode a : event.path("actors")) add(words, ExtractionRows.text(a, "name"));
    for (JsonNode a : event.path("recipients")) add(words, ExtractionRows.text(a, "name"));
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /**
   * The words of a name as written that start with a capital or a digit, lower-cased: "Russian troops" gives
   * "russian", and an entity or actor that is a common noun ("leaders", "the parties", "civilians") gives nothing, as
   * every meeting has leaders and parties.
   */
  private static void add(List<String> words, String name) {
    if (name == null) return;
    for (String w : name.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 2 || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      if (!STOP.contains(lower)) words.add(lower);
    }
  }
}
