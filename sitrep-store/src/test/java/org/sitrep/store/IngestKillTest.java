package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest survives SIGKILL at any moment: a child JVM ingests into a SQLite file and is killed at random moments
 * (seeded), then run again; at the end every input article is stored exactly once and the file is a sound database.
 * A quarter of the kill moments fall anywhere from launch, the rest after the child reports that ingest began.
 * The default is a CI-sized run (30 kill points, about a minute); for more, set the number of kill points:
 * {@code mvn -o -pl sitrep-store test -Dtest=IngestKillTest -Dsitrep.killPoints=150 [-Dsitrep.killSeed=7]}.
 */
class IngestKillTest {
  private static final int ARTICLES = 3000;
  private static final String SHELLING =
      FakeProcessor.event("ASSAULT", "195", "2023-06-03", "Kharkiv", 49.99, 36.23, "UA", "07", "RUS", "UKR");

  @TempDir Path dir;

  @Test
  void killedIngestLosesNothingAndStoresNothingTwice() throws Exception {
    int killPoints = Integer.getInteger("sitrep.killPoints", 30);
    Random random = new Random(Long.getLong("sitrep.killSeed", 20231104L));
    Path input = input(dir.resolve("articles.jsonl"));
    int round = 0;
    Path db = dir.resolve("round0.db");
    int kills = 0;
    int completed = 0;
    int midIngest = 0;
    int beforeAnySaved = 0;
    int afterAllSaved = 0;
    long stored = 0;
    while (kills < killPoints) {
      // A quarter of the kills land anywhere from launch (JVM start, schema migration); the rest after the child
      // reports that ingest began, so that most kills hit extraction, saving or re-clustering even on a busy machine.
      boolean early = random.nextInt(4) == 0;
      long delayMs = early ? random.nextInt(2500) : random.nextInt(4000);
      int threads = random.nextInt(3) + 1;
      int started = markers(round);
      Process child = start(db, input, threads, round);
      boolean finished = early ? child.waitFor(delayMs, TimeUnit.MILLISECONDS)
          : !awaitIngesting(child, round, started) || child.waitFor(delayMs, TimeUnit.MILLISECONDS);
      if (finished) {
        child.waitFor();
        String log = log(round);
        assertEquals(0, child.exitValue(), () -> "child failed; log: " + log);
        assertStoredOnce(db);
        completed++;
        db = dir.resolve("round" + (++round) + ".db");
        stored = 0;
        continue;
      }
      child.destroyForcibly();
      child.waitFor();
      kills++;
      // A kill that lands while articles are being saved leaves more stored than the kill before it.
      long now = storedSoFar(db);
      if (now == 0) beforeAnySaved++;
      else if (now == ARTICLES) afterAllSaved++;
      else if (now > stored) midIngest++;
      stored = now;
      if (now == ARTICLES) {
        // Everything is saved: finish this round (re-clustering) and start a fresh store, so that later kill points
        // land mid-ingest again rather than in yet another pass over a complete store.
        Process finish = start(db, input, 2, round);
        assertTrue(finish.waitFor(5, TimeUnit.MINUTES), "the finishing run did not finish");
        assertEquals(0, finish.exitValue(), "finishing run failed; log: " + log(round));
        assertStoredOnce(db);
        db = dir.resolve("round" + (++round) + ".db");
        stored = 0;
      }
    }
    Process last = start(db, input, 2, round);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last run did not finish");
    String log = log(round);
    assertEquals(0, last.exitValue(), () -> "last run failed; log: " + log);
    assertStoredOnce(db);
    System.err.printf("IngestKillTest: %d kill points: %d before any article was saved (start-up, migration), %d "
        + "mid-ingest (more saved than at the kill before, not all), %d after all were saved (re-clustering), %d other "
        + "(no new article since the kill before); %d runs completed on their own, %d rounds, every round checked%n",
        kills, beforeAnySaved, midIngest, afterAllSaved, kills - beforeAnySaved - midIngest - afterAllSaved, completed,
        round + 1);
  }

  /** How many times the child logs of this round said ingest began. */
  private int markers(int round) throws java.io.IOException {
    Path log = dir.resolve("round" + round + ".log");
    if (!Files.exists(log)) return 0;
    int n = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) if (line.equals(IngestKillChild.INGESTING)) n++;
    return n;
  }

  /** Waits (up to a minute) until the child says ingest began; false if it exited first. */
  private boolean awaitIngesting(Process child, int round, int before) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (markers(round) > before) return true;
      if (child.waitFor(20, TimeUnit.MILLISECONDS)) return false;
    }
    fail("the child did not start ingesting within a minute; log: " + log(round));
    return false;
  }

  private String log(int round) {
    try {
      return Files.readString(dir.resolve("round" + round + ".log"));
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private Process start(Path db, Path input, int threads, int round) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), IngestKillChild.class.getName(),
        db.toString(), input.toString(), Integer.toString(threads));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("round" + round + ".log").toFile()));
    return pb.start();
  }

  private static Path input(Path p) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String text = "Report " + i + ".\n" + SHELLING + "\nSAY Mayor " + i + "|UKR|assert";
      lines.add("{\"id\":\"k" + i + "\",\"text\":\"" + text.replace("\n", "\\n") + "\",\"published\":\"2023-06-04\"}");
    }
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** Every input article once, with its extraction, event and statement; the file passes SQLite's integrity check. */
  private static void assertStoredOnce(Path db) throws SQLException {
    try (Store store = Store.openExisting(db.toString())) {
      assertEquals(new Store.Counts(ARTICLES, ARTICLES, ARTICLES, 1), store.counts(), "counts in " + db);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertEquals("ok", one(st, "PRAGMA integrity_check"));
      assertEquals(ARTICLES + "", one(st, "SELECT COUNT(DISTINCT id) FROM articles"), "distinct ids");
      assertEquals("0", one(st, "SELECT COUNT(*) FROM (SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1)"));
      assertEquals(ARTICLES + "", one(st, "SELECT COUNT(*) FROM extractions"));
      assertEquals("0", one(st, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
          + "(SELECT 1 FROM events e WHERE e.article_pk = a.article_pk)"), "articles without their event");
      assertEquals("0", one(st, "SELECT COUNT(*) FROM articles WHERE id NOT GLOB 'k[0-9]*' OR CAST(substr(id, 2) AS "
          + "INTEGER) >= " + ARTICLES), "ids not in the input");
      assertEquals(ARTICLES + "", one(st, "SELECT COUNT(*) FROM articles_fts"), "full-text rows");
    }
  }

  /** Articles stored so far, checked for duplicates; 0 before the schema exists. */
  private static long storedSoFar(Path db) throws SQLException {
    if (!Files.exists(db)) return 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles")) {
        rs.next();
        assertEquals(rs.getLong(2), rs.getLong(1), "duplicate ids after a kill in " + db);
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) return 0; // killed before the migration
      throw e;
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) fail("no row from " + sql);
      return rs.getString(1);
    }
  }
}
