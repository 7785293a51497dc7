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

/** The API's handlers: each parses its parameters, asks the store, and answers JSON. No extraction happens here. */
final class Api {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_OFFSET = 10_000_000;
  static final int MAX_ID = 500;
  private static final List<String> MODALITIES = Arrays.stream(Modality.values()).map(Modality::label).toList();
  private static final List<String> STANCES = Arrays.stream(Stance.values()).map(Stance::label).toList();
  private static final Set<String> EVENT_PARAMS = Set.of("type", "modality", "country", "actor", "place", "from", "to",
      "q", "limit", "offset");
  private static final Set<String> STATEMENT_PARAMS = Set.of("speaker", "stance", "from", "to", "limit", "offset");
  private static final Set<String> ARTICLE_PARAMS = Set.of("q", "from", "to", "limit", "offset");
  private static final Set<String> SEARCH_PARAMS = Set.of("q", "limit");

  private final StoreReader reader;
  private final ObjectMapper mapper;

  Api(StoreReader reader, ObjectMapper mapper) {
    this.reader = reader;
    this.mapper = mapper;
  }

  void health(Context ctx) {
    Params.of(ctx, Set.of());
    Json.write(ctx, mapper.createObjectNode().put("status", "ok"));
  }

  void events(Context ctx) {
    Params p = Params.of(ctx, EVENT_PARAMS);
    LocalDate[] range = p.dateRange();
    EventQuery q = new EventQuery(p.code("type"), p.label("modality", MODALITIES), p.country("country"),
        p.text("actor"), p.text("place"), range[0], range[1], p.text("q"), limit(p), offset(p));
    Json.write(ctx, page(reader.events(q)));
  }

  void event(Context ctx) {
    Params.of(ctx, Set.of());
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw Params.bad("id", "\"" + truncate(raw) + "\" is not an event id (a whole number)");
    }
    ObjectNode event = reader.event(id).orElseThrow(() -> new NotFoundResponse("no event with id " + id));
    Json.write(ctx, event);
  }

  void articles(Context ctx) {
    Params p = Params.of(ctx, ARTICLE_PARAMS);
    LocalDate[] range = p.dateRange();
    Json.write(ctx, page(reader.articles(new ArticleQuery(p.text("q"), range[0], range[1], limit(p), offset(p)))));
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
    LocalDate[] range = p.dateRange();
    StatementQuery q = new StatementQuery(p.text("speaker"), p.label("stance", STANCES), range[0], range[1],
        limit(p), offset(p));
    Json.write(ctx, page(reader.statements(q)));
  }

  /** Articles whose title or text hold all the words, and the events reported in them. */
  void search(Context ctx) {
    Params p = Params.of(ctx, SEARCH_PARAMS);
    String q = p.required("q");
    int limit = limit(p);
    ObjectNode out = mapper.createObjectNode();
    out.put("q", q);
    out.set("articles", page(reader.articles(new ArticleQuery(q, null, null, limit, 0))));
    out.set("events", page(reader.events(new EventQuery(null, null, null, null, null, null, null, q, limit, 0))));
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

  private static String truncate(String s) { return s.length() <= 60 ? s : s.substring(0, 60) + "..."; }
}
