package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The events an article-level label is about. The clustering sets label each press release by the one event of its
 * headline, so scoring every event of a release counts a call that recalls last month's talks as a link to the talks;
 * the lead events are those of the headline (text before {@code bodyOffset}), or, without a headline or when the
 * headline gave no event, those of the first sentence that gave any.
 */
public final class LeadEvents {
  private LeadEvents() {}

  /** Indices into the extract object's "events" array. */
  public static List<Integer> of(ObjectNode extraction) {
    JsonNode events = extraction.path("events");
    int bodyOffset = extraction.path("bodyOffset").asInt(0);
    List<Integer> headline = new ArrayList<>();
    int firstSentence = Integer.MAX_VALUE;
    for (int i = 0; i < events.size(); i++) {
      int start = sentenceStart(events.get(i));
      if (start < bodyOffset) headline.add(i);
      firstSentence = Math.min(firstSentence, start);
    }
    if (!headline.isEmpty()) return headline;
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) if (sentenceStart(events.get(i)) == firstSentence) first.add(i);
    return first;
  }

  private static int sentenceStart(JsonNode event) {
    JsonNode s = event.path("sentence").path("start");
    return s.isInt() ? s.asInt() : event.path("trigger").path("start").asInt(Integer.MAX_VALUE);
  }
}
