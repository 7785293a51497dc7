package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.StoreReader;

/**
 * The HTTP face of a store: a JSON API under {@code /api} and the dashboard's static files at {@code /}. Read-only
 * unless given an {@link IntakeConfig}: then {@code POST /api/articles} takes one article from a bearer-token holder.
 * Created in one place, every route listed in {@link #routes}; handlers live in {@link Api}. Client mistakes answer
 * 4xx {@code {"error"}} naming the parameter; anything else is written with its stack trace to the error log and
 * answers 500 with no detail. Binds to {@value #DEFAULT_HOST} unless told otherwise.
 */
public final class SitrepServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Only {@code POST /api/articles} reads a body; elsewhere anything larger than this is refused before it is read. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;
  /** Only our own scripts, styles and API: article text that slipped into markup still could not run. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  static final String OPENAPI_RESOURCE = "/sitrep/server/openapi.json";
  private static final byte[] OPENAPI = resource(OPENAPI_RESOURCE);

  private final List<String> routeList = new ArrayList<>();
  private final Javalin app;
  private final Api api;
  private final ArticleIntake intake;
  private final PrintWriter errorLog;

  /** A read-only server over {@code reader}; unexpected failures are written to {@code errorLog}. Call {@link #start}. */
  public SitrepServer(StoreReader reader, PrintWriter errorLog) {
    this(reader, errorLog, null);
  }

  /** As above, and accepting articles as {@code intake} says (null: read-only). */
  public SitrepServer(StoreReader reader, PrintWriter errorLog, IntakeConfig intake) {
    this.api = new Api(reader, reader.summaries(), Json.MAPPER);
    this.intake = new ArticleIntake(intake, errorLog);
    this.errorLog = errorLog;
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.http.maxRequestSize = Math.max(MAX_REQUEST_BYTES, intake.maxBytes());
    config.http.prefer405over404 = true;
    config.startup.showJavalinBanner = false;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorJson()));
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
      files.headers = securityHeaders();
    });
    routes(config.routes);
  }

  /** Every route, top to bottom; each is also recorded in {@link #routeList} (the OpenAPI test compares them). */
  private void routes(RoutesConfig r) {
    r.before(this::guard);
    get(r, "/api/health", api::health);
    get(r, "/api/openapi.json", this::openApi);
    get(r, "/api/events", api::events);
    get(r, "/api/events/{id}", api::event);
    get(r, "/api/clusters/{id}/claims", api::claims);
    get(r, "/api/timeline", api::timeline);
    get(r, "/api/escalation", api::escalation);
    get(r, "/api/actors", api::actors);
    get(r, "/api/places", api::places);
    get(r, "/api/articles", api::articles);
    routeList.add("POST /api/articles");
    r.post("/api/articles", intake::post);
    get(r, "/api/articles/{id}", api::article);
    get(r, "/api/statements", api::statements);
    get(r, "/api/stances", api::stances);
    get(r, "/api/search", api::search);
    r.error(404, this::notFound);
    r.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), e.getMessage()));
    r.exception(Exception.class, this::failed);
  }

  /** Security headers on every answer, and a declared body over the limit refused before anyone reads it. */
  private void guard(Context ctx) {
    securityHeaders().forEach(ctx::header);
    boolean posting = intake.maxBytes() > 0 && ctx.method() == HandlerType.POST && ctx.path().equals("/api/articles");
    long limit = posting ? intake.maxBytes() : MAX_REQUEST_BYTES;
    if (ctx.contentLength() > limit) {
      throw new ContentTooLargeResponse("request body is " + ctx.contentLength() + " bytes, at most " + limit
          + " accepted" + (posting ? "" : " (only POST /api/articles takes a body)"));
    }
  }

  private void get(RoutesConfig r, String path, Handler handler) {
    routeList.add("GET " + path);
    r.get(path, handler);
  }

  /** Every API route as "METHOD /path", in the order registered. */
  List<String> routeList() { return List.copyOf(routeList); }

  /** The OpenAPI 3 description, a hand-written resource kept in step with {@link #routes} by a test. */
  private void openApi(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.contentType("application/json").result(OPENAPI);
  }

  private static byte[] resource(String name) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("resource " + name + " is missing from the class path");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> securityHeaders() {
    return Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY, "X-Content-Type-Options", "nosniff",
        "Referrer-Policy", "no-referrer");
  }

  /** Unknown API paths get a JSON answer too; a handler's own 404 already carries one and is kept. */
  private void notFound(Context ctx) {
    String written = ctx.result();
    if (ctx.path().startsWith("/api") && (written == null || written.isEmpty())) {
      Json.error(ctx, 404, "no such endpoint: " + ctx.path());
    }
  }

  private void failed(Exception e, Context ctx) {
    synchronized (errorLog) {
      errorLog.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      e.printStackTrace(errorLog);
      errorLog.flush();
    }
    Json.error(ctx, 500, "internal error; the server log has the details");
  }

  /** Starts listening; port 0 picks a free port (see {@link #port}). */
  public SitrepServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() { return app.port(); }

  @Override
  public void close() {
    app.stop();
    intake.close();
  }

  /** Waits until the events of every article posted so far are clustered (they are, shortly after each answer). */
  public void awaitClustering() throws InterruptedException { intake.awaitClustering(); }
}
