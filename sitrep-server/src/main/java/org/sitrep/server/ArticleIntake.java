package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;
import org.sitrep.store.ClusterRule;
import org.sitrep.store.Clusterer;
import org.sitrep.store.HeadlineText;
import org.sitrep.store.Store;

/**
 * {@code POST /api/articles}: one article (the JSON Lines record of CONTRACT.md) from a caller holding the bearer token
 * is extracted by the configured processor and saved, once per id and text, as {@code ./sitrep ingest} does (a title
 * read as the headline: {@link HeadlineText}).
 */
final class ArticleIntake {
  private static final String WHERE = "request body";

  private final IntakeConfig config;
  private final byte[] token;
  private final ArticleParser parser = new ArticleParser();
  /** Null when the server is read-only. */
  private final Reclustering reclustering;

  /** {@code config} null: the server is read-only and the route answers 405. Clustering failures go to {@code errorLog}. */
  ArticleIntake(IntakeConfig config, PrintWriter errorLog) {
    this.config = config;
    this.token = config == null ? null : config.token().strip().getBytes(StandardCharsets.UTF_8);
    this.reclustering = config == null ? null
        : new Reclustering(new Clusterer(ClusterRule.DEFAULT), config.store(), errorLog);
  }

  /** Waits for the clustering of every article posted so far. */
  void awaitClustering() throws InterruptedException {
    if (reclustering != null) reclustering.await();
  }

  void close() {
    if (reclustering != null) reclustering.close();
  }

  /** The body limit for {@code POST /api/articles}; 0 when writes are off. */
  long maxBytes() { return config == null ? 0 : config.maxArticleBytes(); }

  void post(Context ctx) {
    if (config == null) {
      throw new MethodNotAllowedResponse("this server is read-only; start it with a token (--token or SITREP_TOKEN)"
          + " to accept articles");
    }
    authorize(ctx);
    Article input = parse(body(ctx));
    Store store = config.store();
    if (HeadlineText.stored(store, input)) {
      Json.write(ctx, Json.MAPPER.createObjectNode().put("id", input.id()).put("added", false));
      return;
    }
    Article article = HeadlineText.read(input);
    ObjectNode extraction;
    try {
      extraction = HeadlineText.extract(config.processor(), input);
    } catch (BadInputException e) {
      throw new BadRequestResponse("article \"" + article.id() + "\" refused: " + e.getMessage());
    }
    Store.Saved saved = store.save(article, extraction);
    // the new events join their clusters shortly after the answer (Reclustering)
    if (saved.added()) reclustering.request();
    ctx.status(saved.added() ? HttpStatus.CREATED : HttpStatus.OK);
    Json.write(ctx, Json.MAPPER.createObjectNode().put("id", article.id()).put("added", saved.added())
        .put("events", saved.events()).put("statements", saved.statements()));
  }

  /** Compared in constant time, so the answer's timing does not tell how much of a guess was right. */
  private void authorize(Context ctx) {
    String header = ctx.header("Authorization");
    String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse(header == null ? "no bearer token; send Authorization: Bearer <token>"
          : "wrong bearer token");
    }
  }

  /** Reads at most the limit and one byte more: a body without a declared length cannot get past it either. */
  private String body(Context ctx) {
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes(config.maxArticleBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > config.maxArticleBytes()) {
      throw new ContentTooLargeResponse("request body is over " + config.maxArticleBytes() + " bytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private Article parse(String body) {
    Article article;
    try {
      // "" stands for a missing id, which the store cannot key an article by.
      article = parser.parse(body, WHERE, "", null);
    } catch (BadInputException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    if (article.id().isBlank()) throw new BadRequestResponse(WHERE + ": \"id\" is required");
    if (article.id().length() > Api.MAX_ID) {
      throw new BadRequestResponse(WHERE + ": \"id\" is " + article.id().length() + " characters long, expected at most "
          + Api.MAX_ID);
    }
    if (article.text().isBlank()) throw new BadRequestResponse(WHERE + ": \"text\" is empty");
    return article;
  }
}
