package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ResultPage;
import org.sitrep.store.StatementQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ./sitrep query: stored events matching a few filters, as a table for the terminal. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"List stored events as a table: date, PLOVER type/mode, modality, actor -> recipient, place,"
        + " trigger, article id.", "Every filter given must match; the count of all matches goes to stderr.",
        "With --speaker: that speaker's narratives instead."})
public final class QueryCommand implements Callable<Integer> {
  /** A cell wider than this is cut, so one long trigger or title does not push the table off the screen. */
  static final int MAX_CELL = 32;
  private static final List<String> HEADER = List.of("DATE", "TYPE/MODE", "MODALITY", "ACTOR -> RECIPIENT", "PLACE",
      "TRIGGER", "ARTICLE");
  private static final List<String> NARRATIVE_HEADER = List.of("PUBLISHED", "STANCE", "SHIFT", "CUE", "CONTENT",
      "ARTICLE");

  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB",
      description = "SQLite file or jdbc:postgresql:// URL (default: $SITREP_DB, else sitrep.db).")
  String db;

  @Option(names = "--actor", paramLabel = "NAME", description = "Part of the actor's or recipient's name, any case.")
  String actor;

  @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER event type, e.g. ASSAULT.")
  String type;

  @Option(names = "--place", paramLabel = "NAME", description = "Part of the place name, any case.")
  String place;

  @Option(names = "--country", paramLabel = "ISO",
      description = "Alpha-2 code: the place's country; alpha-3: any actor's or recipient's country.")
  String country;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
  String to;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words the article's title or text must all contain.")
  String text;

  @Option(names = "--modality", paramLabel = "M", description = "Modality label, e.g. asserted, negated.")
  String modality;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = {"List this speaker's narratives instead of events: statements per target over time, stance shifts"
          + " (assert -> deny) marked. Takes --from, --to (publication dates) and --limit only."})
  String speaker;

  @Option(names = "--limit", paramLabel = "N", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    if (limit < 1 || limit > ResultPage.MAX_LIMIT) {
      throw new UsageException("--limit must be 1 to " + ResultPage.MAX_LIMIT + ", got " + limit);
    }
    if (speaker != null) return narratives();
    EventQuery q = new EventQuery(upper(type), lower(modality), country, actor, place, day("--from", from),
        day("--to", to), text, limit, 0);
    ResultPage page;
    try (Store store = Store.openExisting(StoreOption.resolve(db))) {
      page = new StoreReader(store).events(q);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ObjectNode e : page.items()) rows.add(row(e));
    PrintWriter out = spec.commandLine().getOut();
    Table.print(out, rows, MAX_CELL);
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(page.items().size() + " of " + page.total() + " matching events");
    err.flush();
    return ExitCodes.OK;
  }

  private Integer narratives() {
    if (actor != null || type != null || place != null || country != null || text != null || modality != null) {
      throw new UsageException("--speaker lists statements, which take only --from, --to and --limit; "
          + "drop the event filters or --speaker");
    }
    List<ObjectNode> narratives;
    try (Store store = Store.openExisting(StoreOption.resolve(db))) {
      narratives = new StoreReader(store).narratives(
          new StatementQuery(speaker, null, day("--from", from), day("--to", to), limit, 0));
    }
    PrintWriter out = spec.commandLine().getOut();
    int statements = 0;
    for (ObjectNode n : narratives) {
      if (statements > 0) out.println();
      String target = name(n.path("target"));
      int shifts = n.path("shifts").asInt();
      out.println(text(n.path("speaker")) + " on " + (target.equals("-") ? "(no target)" : target)
          + (shifts == 0 ? "" : " (" + shifts + (shifts == 1 ? " stance shift)" : " stance shifts)")));
      List<List<String>> rows = new ArrayList<>();
      rows.add(NARRATIVE_HEADER);
      for (JsonNode s : n.path("statements")) {
        String shift = text(s.path("shift"));
        rows.add(List.of(text(s.path("article").path("published")), text(s.path("stance")),
            shift.isEmpty() ? "" : "SHIFT " + shift, text(s.path("cue")), text(s.path("content")),
            text(s.path("article").path("id"))));
        statements++;
      }
      Table.print(out, rows, MAX_CELL);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(statements + " statements in " + narratives.size() + " narratives");
    err.flush();
    return ExitCodes.OK;
  }

  private static List<String> row(JsonNode e) {
    JsonNode date = e.path("date");
    String when = text(date.path("value"));
    if (when.isEmpty()) when = text(date.path("start"));
    String mode = text(e.path("mode"));
    String actor = name(e.path("actor"));
    String recipient = name(e.path("recipient"));
    String parties = actor.equals("-") && recipient.equals("-") ? "-" : actor + " -> " + recipient;
    return List.of(when, text(e.path("type")) + (mode.isEmpty() ? "" : "/" + mode), text(e.path("modality")),
        parties, name(e.path("place")), text(e.path("trigger")), text(e.path("article").path("id")));
  }

  /** A party or place: its name, else its country, else "-". */
  private static String name(JsonNode p) {
    String n = text(p.path("name"));
    if (n.isEmpty()) n = text(p.path("country"));
    return n.isEmpty() ? "-" : n;
  }

  private static String text(JsonNode n) { return n.isTextual() || n.isNumber() ? n.asText() : ""; }

  static LocalDate day(String option, String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + ": \"" + value + "\" is not a date, expected YYYY-MM-DD");
    }
  }

  private static String upper(String s) { return s == null ? null : s.toUpperCase(Locale.ROOT); }

  private static String lower(String s) { return s == null ? null : s.toLowerCase(Locale.ROOT); }
}
