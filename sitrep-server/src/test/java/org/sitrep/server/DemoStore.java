package org.sitrep.server;

import static org.sitrep.server.ExtractFixtures.article;
import static org.sitrep.server.ExtractFixtures.event;
import static org.sitrep.server.ExtractFixtures.extraction;
import static org.sitrep.server.ExtractFixtures.statement;
import static org.sitrep.server.ExtractFixtures.withRecipient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.sitrep.core.model.Article;
import org.sitrep.store.Store;

/**
 * A small store for the dashboard: eight hand-written reports in six countries over ten days, one of them carrying
 * markup in its text, title, source, URL, actor, place and speaker; three attacks have a recipient, so the escalation
 * line has two dyads. {@link #main} writes it to a file, so {@code ./sitrep serve --db FILE} shows it in a browser.
 */
final class DemoStore {
  static final String SHELLING = "Officials in Kharkiv said shelling hit a school on Tuesday.";
  static final String TALKS = "The minister said Kyiv would not attend the talks in Geneva.";
  /** What the markup would do if it ever ran: set {@value #XSS_FLAG} on the window. */
  static final String XSS_FLAG = "sitrepXss";
  static final String MARKUP = "The mayor said <script>window." + XSS_FLAG + "=1;alert(1)</script><img src=x onerror=\"window."
      + XSS_FLAG + "=2\"> rockets hit a market in Donetsk on Friday.";
  /** Markup in every other text field the dashboard shows (each would set the flag to its own number). */
  static final String MARKUP_TITLE = "Market strike <img src=x onerror=\"window." + XSS_FLAG + "=3\">";
  static final String MARKUP_SOURCE = "<script>window." + XSS_FLAG + "=4</script>Wire";
  static final String MARKUP_URL = "javascript:window." + XSS_FLAG + "=5";
  static final String MARKUP_ACTOR = "<img src=x onerror=\"window." + XSS_FLAG + "=6\"> forces";
  static final String MARKUP_PLACE = "Donetsk<script>window." + XSS_FLAG + "=7</script>";
  static final String MARKUP_SPEAKER = "The mayor <svg onload=\"window." + XSS_FLAG + "=8\">";
  static final String BELGOROD = "The governor said drones struck a fuel depot in Belgorod overnight.";
  static final String PROTEST = "Police said thousands rallied in Tbilisi against the foreign agents bill.";
  static final String SANCTIONS = "The Council said it would freeze the assets of five firms from Brussels.";
  static final String ARRESTS = "Rights groups said police detained twelve activists in Minsk.";
  static final String AID = "The agency said a convoy delivered water to Zaporizhzhia on Monday.";

  private DemoStore() {}

  static void fill(Store store) {
    store.save(article("shelling", SHELLING, "2023-06-06"), extraction(
        withRecipient(event("ASSAULT", "195", "asserted", SHELLING, "shelling", "Kharkiv", "UA", 49.99, 36.23, "RUS",
            "2023-06-06"), "Ukraine", "UKR"),
        statement(SHELLING, "Officials", "said", "assert")));
    store.save(article("talks", TALKS, "2023-06-07"), extraction(
        event("CONSULT", "040", "negated", TALKS, "attend", "Geneva", "CH", 46.2, 6.14, "UKR", "2023-06-07"),
        statement(TALKS, "The minister", "said", "deny")));
    ObjectNode strike = withRecipient(event("ASSAULT", "190", "asserted", MARKUP, "hit", "Donetsk", "UA", 48.0, 37.8, "RUS",
        "2023-06-09"), "Ukraine", "UKR");
    ((ObjectNode) strike.get("actors").get(0)).put("name", MARKUP_ACTOR);
    ((ObjectNode) strike.get("location")).put("name", MARKUP_PLACE);
    ObjectNode mayor = statement(MARKUP, "The mayor", "said", "assert");
    ((ObjectNode) mayor.get("speaker")).put("name", MARKUP_SPEAKER);
    store.save(new Article("markup", MARKUP, LocalDate.parse("2023-06-09"), MARKUP_TITLE, MARKUP_SOURCE, MARKUP_URL, "en"),
        extraction(strike, mayor));
    store.save(article("belgorod", BELGOROD, "2023-06-10"), extraction(
        withRecipient(event("ASSAULT", "195", "asserted", BELGOROD, "struck", "Belgorod", "RU", 50.6, 36.59, "UKR",
            "2023-06-10"), "Russia", "RUS"),
        statement(BELGOROD, "The governor", "said", "assert")));
    store.save(article("protest", PROTEST, "2023-06-12"), extraction(
        event("PROTEST", "141", "asserted", PROTEST, "rallied", "Tbilisi", "GE", 41.72, 44.79, "GEO", "2023-06-12"),
        statement(PROTEST, "Police", "said", "assert")));
    store.save(article("sanctions", SANCTIONS, "2023-06-14"), extraction(
        event("SANCTION", "163", "intended", SANCTIONS, "freeze", "Brussels", "BE", 50.85, 4.35, "EUR", "2023-06-14"),
        statement(SANCTIONS, "The Council", "said", "warn")));
    store.save(article("arrests", ARRESTS, "2023-06-15"), extraction(
        event("COERCE", "173", "asserted", ARRESTS, "detained", "Minsk", "BY", 53.9, 27.57, "BLR", "2023-06-15"),
        statement(ARRESTS, "Rights groups", "said", "accuse")));
    store.save(article("aid", AID, "2023-06-16"), extraction(
        event("AID", "070", "asserted", AID, "delivered", "Zaporizhzhia", "UA", 47.84, 35.14, "UKR", "2023-06-16"),
        statement(AID, "The agency", "said", "assert")));
  }

  /** Writes the demo store to {@code args[0]} (a new SQLite file). */
  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      fill(store);
    }
  }
}
