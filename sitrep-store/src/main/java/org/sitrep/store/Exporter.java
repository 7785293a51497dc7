package org.sitrep.store;

import static org.sitrep.store.ExtractionRows.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the store out in one of the {@link ExportFormat}s, article by article in ingest order. The event datasets
 * (GDELT, ICEWS, ACLED, PLOVER) hold what happened, so they take only asserted events; JSON Lines keeps everything.
 */
public final class Exporter {
  static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode",
      "Actor1Type1Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
      "EventRootCode", "QuadClass", "GoldsteinScale", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "SOURCEURL", "SitrepCluster", "SitrepArticleId", "SitrepPloverType");
  static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
      "Sitrep Cluster", "Sitrep PLOVER Type");
  static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude",
      "longitude", "geo_precision", "source", "source_url", "notes", "fatalities", "sitrep_cluster", "sitrep_article_id");

  private final Store store;
  private final ObjectMapper mapper = new ObjectMapper();

  public Exporter(Store store) { this.store = store; }

  /** Writes every stored article or event in {@code format}; returns the number of records (lines or rows) written. */
  public long write(ExportFormat format, Writer out) {
    long[] n = {0};
    try {
      switch (format) {
        case GDELT -> csvLine(out, GDELT_COLUMNS);
        case ICEWS -> csvLine(out, ICEWS_COLUMNS);
        case ACLED -> csvLine(out, ACLED_COLUMNS);
        default -> { }
      }
      store.forEachArticle(a -> {
        try {
          n[0] += write(format, a, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  private long write(ExportFormat format, StoredArticle a, Writer out) throws IOException {
    if (format == ExportFormat.JSONL) {
      ObjectNode o = a.extraction().deepCopy();
      int idx = 0;
      for (JsonNode e : o.path("events")) {
        Long c = a.clusterOf(idx++);
        if (c == null) ((ObjectNode) e).putNull("cluster"); else ((ObjectNode) e).put("cluster", c);
      }
      out.write(mapper.writeValueAsString(o));
      out.write('\n');
      return 1;
    }
    long n = 0;
    JsonNode events = a.extraction().path("events");
    for (StoredArticle.EventRef ref : a.events()) {
      JsonNode e = events.path(ref.idx());
      if (!"asserted".equals(text(e, "modality"))) continue;
      EventView v = new EventView(a, e, ref);
      switch (format) {
        case GDELT -> csvLine(out, gdelt(v));
        case ICEWS -> csvLine(out, icews(v));
        case ACLED -> {
          if (text(e.path("acled"), "eventType") == null) continue;
          csvLine(out, acled(v));
        }
        case PLOVER -> {
          out.write(mapper.writeValueAsString(plover(v)));
          out.write('\n');
        }
        default -> throw new IllegalStateException(format.name());
      }
      n++;
    }
    return n;
  }

  /** One event with what its rows need from the article. */
  private record EventView(StoredArticle a, JsonNode e, StoredArticle.EventRef ref) {
    JsonNode actor() { return e.path("actors").path(0); }
    JsonNode recipient() { return e.path("recipients").path(0); }
    JsonNode place() { return e.path("location"); }
    String cameo() { return text(e, "cameo"); }
    String cluster() { return ref.cluster() == null ? null : ref.cluster().toString(); }

    /** The event's own date when it names a day, else the first day it covers, else the publication date. */
    LocalDate date() {
      DateRange r = DateRange.parse(text(e.path("time"), "value"));
      if (r != null) return r.start();
      return a.article().published();
    }

    String sentence() {
      int start = e.path("sentence").path("start").asInt(-1);
      int end = e.path("sentence").path("end").asInt(-1);
      String t = a.article().text();
      return start >= 0 && end >= start && end <= t.length() ? t.substring(start, end) : null;
    }

    String url() { return a.article().url() != null ? a.article().url() : a.article().id(); }
  }

  private static List<String> gdelt(EventView v) {
    String cameo = v.cameo();
    LocalDate d = v.date();
    return Arrays.asList(Long.toString(v.ref().eventPk()), d == null ? null : d.toString().replace("-", ""),
        text(v.actor(), "name"), text(v.actor(), "country"), text(v.actor(), "sector"),
        text(v.recipient(), "name"), text(v.recipient(), "country"), text(v.recipient(), "sector"),
        cameo, cameo == null ? null : cameo.substring(0, Math.min(3, cameo.length())),
        cameo == null ? null : cameo.substring(0, Math.min(2, cameo.length())), quadClass(cameo),
        text(v.e(), "goldstein"), "1", v.place().isMissingNode() ? null : Integer.toString(gdeltGeoType(v.place())),
        text(v.place(), "name"), text(v.place(), "country"), text(v.place(), "admin1"), text(v.place(), "lat"),
        text(v.place(), "lon"), text(v.place(), "geonameid"), v.url(), v.cluster(), v.a().article().id(),
        text(v.e(), "type"));
  }

  /** GDELT's QuadClass from the CAMEO root: verbal / material cooperation, verbal / material conflict. */
  static String quadClass(String cameo) {
    if (cameo == null || cameo.length() < 2) return null;
    int root;
    try {
      root = Integer.parseInt(cameo.substring(0, 2));
    } catch (NumberFormatException e) {
      return null;
    }
    if (root >= 1 && root <= 5) return "1";
    if (root >= 6 && root <= 8) return "2";
    if (root >= 9 && root <= 13) return "3";
    if (root >= 14 && root <= 20) return "4";
    return null;
  }

  /** GDELT geographic type: 1 country, 5 world state (first-level region), 4 world city. */
  private static int gdeltGeoType(JsonNode place) {
    String f = text(place, "featureCode");
    if (f != null && f.startsWith("PCL")) return 1;
    if ("ADM1".equals(f)) return 5;
    return 4;
  }

  private static boolean isCity(JsonNode place) {
    String f = text(place, "featureCode");
    return f == null || f.startsWith("PPL");
  }

  private static List<String> icews(EventView v) {
    LocalDate d = v.date();
    String trigger = text(v.e().path("trigger"), "text");
    return Arrays.asList(Long.toString(v.ref().eventPk()), d == null ? null : d.toString(),
        text(v.actor(), "name"), text(v.actor(), "sector"), text(v.actor(), "country"), trigger, v.cameo(),
        text(v.e(), "goldstein"), text(v.recipient(), "name"), text(v.recipient(), "sector"),
        text(v.recipient(), "country"), v.a().article().id(), null, v.a().article().source(),
        isCity(v.place()) ? text(v.place(), "name") : null, null, text(v.place(), "admin1"), text(v.place(), "country"),
        text(v.place(), "lat"), text(v.place(), "lon"), v.cluster(), text(v.e(), "type"));
  }

  private static List<String> acled(EventView v) {
    LocalDate d = v.date();
    String eventType = text(v.e().path("acled"), "eventType");
    String country = text(v.place(), "country");
    return Arrays.asList((country == null ? "XX" : country) + v.ref().eventPk(), d == null ? null : d.toString(),
        d == null ? null : Integer.toString(d.getYear()), timePrecision(v), disorderType(eventType), eventType,
        text(v.e().path("acled"), "subEventType"), text(v.actor(), "name"), text(v.recipient(), "name"), country,
        text(v.place(), "admin1"), text(v.place(), "name"), text(v.place(), "lat"), text(v.place(), "lon"),
        v.place().isMissingNode() ? null : geoPrecision(v.place()), v.a().article().source(), v.a().article().url(),
        v.sentence(), null, v.cluster(), v.a().article().id());
  }

  /** ACLED time precision: 1 the day is known, 2 within a week or so, 3 only the month (or vaguer). */
  private static String timePrecision(EventView v) {
    DateRange r = DateRange.parse(text(v.e().path("time"), "value"));
    if (r == null) return v.a().article().published() == null ? null : "2";
    return r.days() == 1 ? "1" : r.days() <= 8 ? "2" : "3";
  }

  private static String geoPrecision(JsonNode place) {
    String f = text(place, "featureCode");
    if (f == null || f.startsWith("PPL")) return "1";
    if (f.startsWith("ADM2")) return "2";
    return "3";
  }

  /** ACLED's disorder type follows from its event type. */
  private static String disorderType(String eventType) {
    if (eventType == null) return null;
    return switch (eventType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> null;
    };
  }

  private ObjectNode plover(EventView v) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", v.a().article().id() + "-" + v.ref().idx());
    LocalDate d = v.date();
    if (d != null) o.put("date", d.toString());
    o.set("source", ploverActors(v.e().path("actors")));
    o.set("target", ploverActors(v.e().path("recipients")));
    o.put("event", text(v.e(), "type"));
    if (text(v.e(), "mode") != null) o.put("mode", text(v.e(), "mode"));
    o.put("eventText", text(v.e().path("trigger"), "text"));
    if (v.sentence() != null) o.put("text", v.sentence());
    if (!v.place().isMissingNode()) {
      ObjectNode loc = o.putObject("eventLoc");
      loc.put("name", text(v.place(), "name"));
      if (text(v.place(), "country") != null) loc.put("country code", text(v.place(), "country"));
      loc.set("lat", v.place().get("lat"));
      loc.set("lon", v.place().get("lon"));
    }
    if (v.a().article().lang() != null) o.put("language", v.a().article().lang());
    if (v.a().article().source() != null) o.put("publication", v.a().article().source());
    if (v.a().article().url() != null) o.put("url", v.a().article().url());
    o.put("cameo", v.cameo());
    o.set("goldstein", v.e().get("goldstein"));
    if (v.ref().cluster() != null) o.put("cluster", v.ref().cluster());
    o.put("coder", "sitrep");
    return o;
  }

  private ArrayNode ploverActors(JsonNode actors) {
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode a : actors) {
      ObjectNode n = out.addObject();
      n.put("actorText", text(a, "text") != null ? text(a, "text") : text(a, "name"));
      if (text(a, "country") != null) n.put("code", text(a, "country"));
      if (text(a, "sector") != null) n.put("sector", text(a, "sector"));
    }
    return out;
  }

  /** One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled; null is empty. */
  static void csvLine(Writer out, List<String> fields) throws IOException {
    List<String> cells = new ArrayList<>(fields.size());
    for (String f : fields) {
      if (f == null) cells.add("");
      else if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        cells.add('"' + f.replace("\"", "\"\"") + '"');
      } else cells.add(f);
    }
    out.write(String.join(",", cells));
    out.write("\r\n");
  }

}
