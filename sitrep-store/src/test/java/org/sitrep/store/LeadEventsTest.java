package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadEventsTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private ObjectNode extraction(Integer bodyOffset, int... sentenceStarts) {
    ObjectNode x = mapper.createObjectNode();
    if (bodyOffset != null) x.put("bodyOffset", bodyOffset);
    var events = x.putArray("events");
    for (int s : sentenceStarts) events.addObject().putObject("sentence").put("start", s).put("end", s + 10);
    return x;
  }

  @Test
  void theHeadlinesEventsLead() {
    assertEquals(List.of(0, 1), LeadEvents.of(extraction(30, 0, 0, 32, 80)));
  }

  @Test
  void withoutHeadlineEventsTheFirstSentenceWithEventsLeads() {
    assertEquals(List.of(1, 2), LeadEvents.of(extraction(30, 90, 40, 40)));
    assertEquals(List.of(0), LeadEvents.of(extraction(null, 5, 60)));
  }

  @Test
  void anArticleWithoutEventsHasNoLead() {
    assertEquals(List.of(), LeadEvents.of(extraction(30)));
  }
}
