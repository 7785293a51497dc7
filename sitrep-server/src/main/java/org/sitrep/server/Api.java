package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Stance;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ResultPage;
import org.sitrep.store.StatementQuery;
import org.sitrep.store.StoreReader;
import org.sitrep.store.StoreSummaries;

/** The API's handlers: each parses its parameters, asks the store, and answers JSON. No extraction happens here. */
final class Api {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_OFFSET = 10_000_000;
  static final int MAX_ID = 500;
  private static final List<String> MODALITIES = Arrays.stream(Modality.values()).map(Modality::label).toList();
  private static final List<String> STANCES = Arrays.stream(Stance.values()).map(Stance::label).toList();
  /** The lines one chart draws unless asked for fewer or more (dyads, speakers). */
  static final int DEFAULT_SERIES = 5;
  private static final Set<String> EVENT_FILTERS = Set.of("type", "modality", "country", "actor", "place", "from", "to",
      "q");
  private static final Set<String> PAGING = Set.of("limit", "offset");
  private static final Set<String> EVENT_PARAMS = union(EVENT_FILTERS, PAGING);
  private static final Set<String> TIMELINE_PARAMS = union(EVENT_FILTERS, Set.of("by"));
  private static final Set<String> ESCALATION_PARAMS = union(EVENT_FILTERS, Set.of("dyads"));
  private static final Set<String> STATEMENT_FILTERS = Set.of("speaker", "stance", "actor", "from", "to", "q");
  private static final Set<String> STATEMENT_PARAMS = union(STATEMENT_FILTERS, PAGING);
  private static final Set<String> STANCE_PARAMS = union(STATEMENT_FILTERS, Set.of("speakers"));
  private static final Set<String> ARTICLE_PARAMS = union(Set.of("q", "from", "to", "type", "actor", "place"), PAGING);
  private static final Set<String> SEARCH_PARAMS = Set.of("q", "limit", "offset");

  private final StoreReader reader;
  private final StoreSummaries summaries;
  private final ObjectMapper mapper;

  Api(StoreReader reader, StoreSummaries summaries, ObjectMapper mapper) {
    this.reader = reader;
    this.summaries = summaries;
    this.mapper = mapper;
  }

  void health(Context ctx) {
    Params.of(ctx, Set.of());
    Json.write(ctx, mapper.createObjectNode().put("status", "ok"));
  }

  void events(Context ctx) {
    Params p = Params.of(ctx, EVENT_PARAMS);
    Json.write(ctx, page(reader.events(eventQuery(p, limit(p), offset(p)))));
  }

  /** Actors and recipients of the matching events, with their counts, most events first. */
  void actors(Context ctx) {
    Params p = Params.of(ctx, EVENT_PARAMS);
    Json.write(ctx, page(summaries.actors(eventQuery(p, limit(p), offset(p)))));
  }

  /** Places of the matching events, with their counts and coordinates, most events first. */
  void places(Context ctx) {
    Params p = Params.of(ctx, EVENT_PARAMS);
    Json.write(ctx, page(summaries.places(eventQuery(p, limit(p), offset(p)))));
  }

  /** Matching events counted per day and PLOVER type: the timeline without shipping the events. */
  void timeline(Context ctx) {
    Params p = Params.of(ctx, TIMELINE_PARAMS);
    String by = p.label("by", List.of("type", "quad"));
    Json.write(ctx, summaries.timeline(eventQuery(p, 1, 0), "quad".equals(by)));
  }

  /** The Goldstein score per day of the busiest dyads among the matching events. */
  void escalation(Context ctx) {
    Params p = Params.of(ctx, ESCALATION_PARAMS);
    int dyads = p.integer("dyads", DEFAULT_SERIES, 1, StoreSummaries.MAX_SERIES);
    ObjectNode out = mapper.createObjectNode();
    out.put("score", "goldstein-sum");
    out.putArray("items").addAll(summaries.escalation(eventQuery(p, 1, 0), dyads));
    Json.write(ctx, out);
  }

  /** What a cluster's reports disagree on, claim by claim. */
  void claims(Context ctx) {
    Params.of(ctx, Set.of());
    long id = number("id", ctx.pathParam("id"), "a cluster id");
    Json.write(ctx, reader.claims(id).orElseThrow(() -> new NotFoundResponse("no cluster with id " + id)));
  }

  private EventQuery eventQuery(Params p, int limit, int offset) {
    LocalDate[] range = p.dateRange();
    return new EventQuery(p.code("type"), p.label("modality", MODALITIES), p.country("country"), p.text("actor"),
        p.text("place"), range[0], range[1], p.text("q"), limit, offset);
  }

  void event(Context ctx) {
    Params.of(ctx, Set.of());
    long id = number("id", ctx.pathParam("id"), "an event id");
    ObjectNode event = reader.event(id).orElseThrow(() -> new NotFoundResponse("no event with id " + id));
    Json.write(ctx, event);
  }

  void articles(Context ctx) {
    Params p = Params.of(ctx, ARTICLE_PARAMS);
    LocalDate[] range = p.dateRange();
    Json.write(ctx, page(reader.articles(new ArticleQuery(p.text("q"), range[0], range[1], p.code("type"),
        p.text("actor"), p.text("place"), limit(p), offset(p)))));
  }

  void article(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (id.length() > MAX_ID) throw Params.bad("id", "is " + id.length() + " characters long, expected at most " + MAX_ID);
    ObjectNode article = reader.article(id)
        .orElseThrow(() -> new NotFoundResponse("no article with id \"" + truncate(id) + "\""));
    Json.write(ctx, article);
  }

  void statements(Context ctx) {
    Params p = Params.of(ctx, STATEMENT_PARAMS);
    Json.write(ctx, page(reader.statements(statementQuery(p, limit(p), offset(p)))));
  }

  /** Stance over time for the speakers with the most matching statements. */
  void stances(Context ctx) {
    Params p = Params.of(ctx, STANCE_PARAMS);
    int speakers = p.integer("speakers", DEFAULT_SERIES, 1, StoreSummaries.MAX_SERIES);
    ObjectNode out = mapper.createObjectNode();
    out.putArray("items").addAll(summaries.stances(statementQuery(p, 1, 0), speakers));
    Json.write(ctx, out);
  }

  private static StatementQuery statementQuery(Params p, int limit, int offset) {
    LocalDate[] range = p.dateRange();
    return new StatementQuery(p.text("speaker"), p.label("stance", STANCES), p.text("actor"), range[0], range[1],
        p.text("q"), limit, offset);
  }

  /** Articles whose title or text hold all the words, and the events reported in them. */
  void search(Context ctx) {
    Params p = Params.of(ctx, SEARCH_PARAMS);
    String q = p.required("q");
    int limit = limit(p);
    int offset = offset(p);
    ObjectNode out = mapper.createObjectNode();
    out.put("q", q);
    out.set("articles", page(reader.articles(new ArticleQuery(q, null, null, limit, offset))));
    out.set("events", page(reader.events(new EventQuery(null, null, null, null, null, null, null, q, limit, offset))));
    Json.write(ctx, out);
  }

  private static int limit(Params p) { return p.integer("limit", DEFAULT_LIMIT, 1, ResultPage.MAX_LIMIT); }

  private static int offset(Params p) { return p.integer("offset", 0, 0, MAX_OFFSET); }

  private ObjectNode page(ResultPage page) {
    ObjectNode o = mapper.createObjectNode();
    o.put("total", page.total());
    o.put("limit", page.limit());
    o.put("offset", page.offset());
    o.putArray("items").addAll(page.items());
    return o;
  }

  private static long number(String name, String raw, String what) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw Params.bad(name, "\"" + truncate(raw) + "\" is not " + what + " (a whole number)");
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static String truncate(String s) { return s.length() <= 60 ? s : s.substring(0, 60) + "..."; }
}
