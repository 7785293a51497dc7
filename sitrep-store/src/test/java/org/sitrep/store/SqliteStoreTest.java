package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  String newLocation() { return Backends.sqlite(dir); }

  @Test
  void usesWriteAheadLogging() throws Exception {
    assertEquals("wal", query("PRAGMA journal_mode").get(0).get(0));
  }

  @Test
  void fileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
    Path notes = dir.resolve("notes.db");
    byte[] content = "These are my notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
    Files.write(notes, content);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(notes.toString()));
    assertEquals(notes + " is not a SQLite database (it does not start with the SQLite header); left untouched, "
        + "pass another --db", e.getMessage());
    assertArrayEquals(content, Files.readAllBytes(notes));
  }

  @Test
  void corruptDatabaseIsReportedAndLeftUntouched() throws Exception {
    Path bad = dir.resolve("corrupt.db");
    byte[] content = new byte[8192];
    System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 16);
    for (int i = 16; i < content.length; i++) content[i] = (byte) (i * 31);
    Files.write(bad, content);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(bad.toString()));
    assertTrue(e.getMessage().startsWith(bad.toString() + ": "), e.getMessage());
    assertArrayEquals(content, Files.readAllBytes(bad));
  }

  @Test
  void anotherProgramsDatabaseIsReportedAndLeftUntouched() throws Exception {
    Path other = dir.resolve("shop.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (name TEXT)");
      s.execute("INSERT INTO customers VALUES ('Ada')");
    }
    byte[] before = Files.readAllBytes(other);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(other.toString()));
    assertEquals(other + " holds another program's tables (customers) and no Sitrep schema; left untouched, "
        + "pass another --db", e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(other));
  }

  @Test
  void missingStoreIsReportedWhenOneIsRequired() {
    Path none = dir.resolve("none.db");
    StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(none.toString()));
    assertEquals(none + ": no store there (run ./sitrep ingest first, or pass --db)", e.getMessage());
    assertTrue(Files.notExists(none));
  }

  @Test
  void pictureNamedLikeAStoreIsReportedAndLeftUntouched() throws Exception {
    Path png = dir.resolve("store.db");
    byte[] content = new byte[4096];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(magic, 0, content, 0, magic.length);
    for (int i = magic.length; i < content.length; i++) content[i] = (byte) (i * 7);
    Files.write(png, content);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(png.toString()));
    assertEquals(png + " is not a SQLite database (it does not start with the SQLite header); left untouched, "
        + "pass another --db", e.getMessage());
    assertArrayEquals(content, Files.readAllBytes(png));
  }

  @Test
  void anotherProgramsArticlesTableIsReportedAndLeftUntouched() throws Exception {
    Path other = dir.resolve("blog.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE articles (title TEXT, body TEXT)");
      s.execute("INSERT INTO articles VALUES ('Hello', 'My first post')");
    }
    byte[] before = Files.readAllBytes(other);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(other.toString()));
    assertTrue(e.getMessage().startsWith(other + " "), e.getMessage());
    assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(other));
    assertTrue(Files.notExists(dir.resolve("blog.db-wal")), "a write-ahead log was started");
  }

  @Test
  void truncatedStoreIsReportedAndLeftUntouched() throws Exception {
    Path db = dir.resolve("cut.db");
    try (Store s = Store.open(db.toString())) {
      s.counts();
    }
    byte[] whole = Files.readAllBytes(db);
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    Files.write(db, half);
    StoreException e = assertThrows(StoreException.class, () -> {
      try (Store s = Store.open(db.toString())) {
        s.counts();
      }
    });
    assertTrue(e.getMessage().startsWith(db + ": "), e.getMessage());
    assertArrayEquals(half, Files.readAllBytes(db));
  }
}
