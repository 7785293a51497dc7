package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The queryable columns of one extract object: a row per event and per statement. Missing fields become nulls, so
 * an object from an older or newer extractor still stores.
 */
final class ExtractionRows {
  private ExtractionRows() {}

  /** One events row, in the column order of {@link #EVENT_COLUMNS}. */
  static final List<String> EVENT_COLUMNS = List.of("article_pk", "idx", "type", "mode", "cameo", "goldstein",
      "acled_event_type", "acled_sub_event_type", "modality", "actor_name", "actor_country", "actor_sector",
      "actor_countries", "recipient_name", "recipient_country", "recipient_sector", "recipient_countries",
      "place_name", "place_country", "place_admin1", "place_feature_code", "lat", "lon", "date_value", "date_start",
      "date_end", "trigger_text", "trigger_start", "trigger_end", "confidence", "reported_by", "names");

  static final List<String> STATEMENT_COLUMNS = List.of("article_pk", "idx", "stance", "direct", "speaker_name",
      "speaker_country", "speaker_sector", "cue_text", "cue_start", "cue_end", "content_text", "medium_text",
      "target_name", "target_country");

  static List<List<Object>> events(long articlePk, JsonNode extraction, LocalDate published) {
    List<List<Object>> rows = new ArrayList<>();
    int idx = 0;
    JsonNode entities = extraction.path("entities");
    for (JsonNode e : extraction.path("events")) {
      List<Object> r = new ArrayList<>();
      r.add(articlePk);
      r.add(idx++);
      r.add(text(e, "type") == null ? "UNKNOWN" : text(e, "type"));
      r.add(text(e, "mode"));
      r.add(text(e, "cameo"));
      r.add(number(e.get("goldstein")));
      r.add(text(e.path("acled"), "eventType"));
      r.add(text(e.path("acled"), "subEventType"));
      r.add(text(e, "modality"));
      addActor(r, e.path("actors"));
      addActor(r, e.path("recipients"));
      JsonNode loc = e.path("location");
      r.add(text(loc, "name"));
      r.add(text(loc, "country"));
      r.add(text(loc, "admin1"));
      r.add(text(loc, "featureCode"));
      r.add(number(loc.get("lat")));
      r.add(number(loc.get("lon")));
      String value = text(e.path("time"), "value");
      r.add(value);
      // Like GDELT, an event with no time of its own is dated by its article.
      DateRange range = DateRange.parse(value);
      if (range == null && published != null) range = DateRange.day(published);
      r.add(range == null ? null : range.start().toString());
      r.add(range == null ? null : range.end().toString());
      JsonNode trigger = e.path("trigger");
      r.add(text(trigger, "text"));
      r.add(integer(trigger.get("start")));
      r.add(integer(trigger.get("end")));
      r.add(number(e.get("confidence")));
      r.add(integer(e.path("reportedBy").get("statement")));
      r.add(EventNames.of(e, entities));
      rows.add(r);
    }
    return rows;
  }

  static List<List<Object>> statements(long articlePk, JsonNode extraction) {
    List<List<Object>> rows = new ArrayList<>();
    int idx = 0;
    for (JsonNode s : extraction.path("statements")) {
      List<Object> r = new ArrayList<>();
      r.add(articlePk);
      r.add(idx++);
      r.add(text(s, "stance"));
      JsonNode direct = s.get("direct");
      r.add(direct == null || direct.isNull() ? null : direct.asBoolean() ? 1 : 0);
      JsonNode speaker = s.path("speaker");
      r.add(text(speaker, "name"));
      r.add(text(speaker.path("actor"), "country"));
      r.add(text(speaker.path("actor"), "sector"));
      JsonNode cue = s.path("cue");
      r.add(text(cue, "text"));
      r.add(integer(cue.get("start")));
      r.add(integer(cue.get("end")));
      List<String> content = new ArrayList<>();
      for (JsonNode c : s.path("content")) if (text(c, "text") != null) content.add(text(c, "text"));
      r.add(content.isEmpty() ? null : String.join(" ... ", content));
      r.add(text(s.path("medium"), "text"));
      r.add(text(s.path("target"), "name"));
      r.add(text(s.path("target"), "country"));
      rows.add(r);
    }
    return rows;
  }

  /** First actor's name, country and sector, then every actor's country as a sorted space-separated set. */
  private static void addActor(List<Object> r, JsonNode actors) {
    JsonNode first = actors.path(0);
    r.add(text(first, "name"));
    r.add(text(first, "country"));
    r.add(text(first, "sector"));
    TreeSet<String> countries = new TreeSet<>();
    for (JsonNode a : actors) if (text(a, "country") != null) countries.add(text(a, "country"));
    r.add(countries.isEmpty() ? null : String.join(" ", countries));
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static Double number(JsonNode v) { return v == null || !v.isNumber() ? null : v.asDouble(); }

  private static Integer integer(JsonNode v) { return v == null || !v.canConvertToInt() ? null : v.asInt(); }
}
