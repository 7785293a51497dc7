package org.sitrep.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.BadInputException;

/** Publication dates: malformed, impossible and implausible ones are refused, naming the input and the problem. */
class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();

  private String refusal(String published) {
    String line = "{\"id\":\"a1\",\"text\":\"Troops advanced.\",\"published\":\"" + published + "\"}";
    return assertThrows(BadInputException.class, () -> parser.parse(line, "in.jsonl:3", "x", null)).getMessage();
  }

  @Test
  void dayTheCalendarLacksIsNamed() {
    assertEquals("in.jsonl:3: \"published\" is \"2023-02-30\", no such day: February 2023 has 28 days",
        refusal("2023-02-30"));
    assertEquals("in.jsonl:3: \"published\" is \"2024-02-30T10:00:00Z\", no such day: February 2024 has 29 days",
        refusal("2024-02-30T10:00:00Z"));
    assertEquals("in.jsonl:3: \"published\" is \"2023-13-01\", no such day: there is no month 13", refusal("2023-13-01"));
  }

  @Test
  void yearsNoNewsCarriesAreRefused() {
    assertEquals("in.jsonl:3: \"published\" is \"9999-12-31\", expected a year from 1800 to 2199", refusal("9999-12-31"));
    assertEquals("in.jsonl:3: \"published\" is \"0000-01-01\", expected a year from 1800 to 2199", refusal("0000-01-01"));
  }

  @Test
  void wrongShapeSaysWhatIsExpected() {
    assertEquals("in.jsonl:3: \"published\" is \"June 4th\", expected YYYY-MM-DD or an ISO-8601 date-time",
        refusal("June 4th"));
    assertEquals("in.jsonl:3: \"published\" is \"+10000-01-01\", expected YYYY-MM-DD or an ISO-8601 date-time",
        refusal("+10000-01-01"));
  }

  @Test
  void dateTimeGivesItsDay() {
    String line = "{\"id\":\"a1\",\"text\":\"Troops advanced.\",\"published\":\"2023-06-04T23:30:00+03:00\"}";
    assertEquals(LocalDate.of(2023, 6, 4), parser.parse(line, "in.jsonl:1", "x", null).published());
  }
}
