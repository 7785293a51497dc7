package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.core.model.Article;
import org.sitrep.store.StoredArticle.EventRef;
import org.sqlite.SQLiteConfig;

/**
 * Articles, their extract objects, and a row per event and statement, in SQLite (a file path) or PostgreSQL (a
 * {@code jdbc:postgresql://} URL). Opening migrates the schema with Flyway; a file or database that is not a Sitrep
 * store is reported and never changed. One connection; methods are synchronized, so a store may be shared, but
 * ingest writes from one thread.
 */
public final class Store implements AutoCloseable {
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final String location;
  private final Backend backend;
  private final Connection conn;
  private final ObjectMapper mapper = new ObjectMapper();

  private Store(String location, Backend backend, Connection conn) {
    this.location = location;
    this.backend = backend;
    this.conn = conn;
  }

  /** Which database engine a store lives in. */
  public enum Backend { SQLITE, POSTGRESQL }

  /** Opens the store, creating a new SQLite file if there is none (and its parent folder exists). */
  public static Store open(String location) { return open(location, true); }

  /** Opens an existing store; a missing SQLite file is a {@link StoreException}. */
  public static Store openExisting(String location) { return open(location, false); }

  private static Store open(String location, boolean create) {
    if (location == null || location.isBlank()) throw new StoreException("no database given");
    if (location.startsWith("jdbc:postgresql:")) return migrate(location, Backend.POSTGRESQL, location);
    String file = location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
    if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
      throw new StoreException(location + ": unsupported database, expected a SQLite file path or a jdbc:postgresql:// URL");
    }
    Path p = Path.of(file);
    checkSqliteFile(p, create);
    return migrate(p.toString(), Backend.SQLITE, "jdbc:sqlite:" + p);
  }

  /** Refuses, before any driver touches it, a file that is not a SQLite database: it is someone's data. */
  private static void checkSqliteFile(Path p, boolean create) {
    if (Files.isDirectory(p)) throw new StoreException(p + " is a folder, expected a SQLite database file");
    if (!Files.exists(p)) {
      if (!create) throw new StoreException(p + ": no store there (run ./sitrep ingest first, or pass --db)");
      Path parent = p.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) throw new StoreException(p + ": folder " + parent + " does not exist");
      return;
    }
    byte[] head = new byte[SQLITE_HEADER.length];
    int n;
    try (InputStream in = Files.newInputStream(p)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new StoreException(p + ": cannot read: " + e.getMessage(), e);
    }
    if (n == 0) return;  // an empty file is an empty SQLite database
    if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
      throw new StoreException(p + " is not a SQLite database (it does not start with the SQLite header); "
          + "left untouched, pass another --db");
    }
  }

  private static Store migrate(String location, Backend backend, String url) {
    Connection conn;
    try {
      conn = connect(backend, url);
    } catch (SQLException e) {
      throw new StoreException(location + ": cannot open the database: " + e.getMessage(), e);
    }
    try {
      checkNotForeign(location, conn);
      if (backend == Backend.SQLITE) {
        // WAL lets a reader (the server, an export) run while ingest writes.
        try (java.sql.Statement st = conn.createStatement()) {
          st.execute("PRAGMA journal_mode = WAL");
        }
      }
      Flyway.configure()
          .dataSource(new SingleConnectionDataSource(conn))
          .locations("classpath:sitrep/store/migration/" + backend.name().toLowerCase(Locale.ROOT))
          .load()
          .migrate();
      conn.setAutoCommit(false);
      return new Store(location, backend, conn);
    } catch (SQLException | FlywayException e) {
      closeQuietly(conn);
      throw new StoreException(location + ": not a usable Sitrep store: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(conn);
      throw e;
    }
  }

  private static Connection connect(Backend backend, String url) throws SQLException {
    if (backend == Backend.POSTGRESQL) return DriverManager.getConnection(url);
    // Only per-connection settings here: WAL is switched on after the foreign-database check, because it rewrites
    // the file header and a file that is not ours must stay byte for byte as it was.
    SQLiteConfig config = new SQLiteConfig();
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    return DriverManager.getConnection(url, config.toProperties());
  }

  /**
   * A database with tables but no Sitrep schema history belongs to another program: report it, change nothing (this
   * runs before WAL is switched on, which would rewrite the header).
   */
  private static void checkNotForeign(String location, Connection conn) throws SQLException {
    List<String> foreign = new ArrayList<>();
    boolean ours = false;
    try (ResultSet rs = conn.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null && !schema.equalsIgnoreCase("public")) continue;
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (name.startsWith("sqlite_") || name.startsWith("articles_fts")) continue;
        // Without our schema history even a table called "articles" is someone else's (a blog's posts).
        if (name.equals("flyway_schema_history")) ours = true;
        else foreign.add(name);
      }
    }
    if (!foreign.isEmpty() && !ours) {
      foreign.sort(null);
      throw new StoreException(location + " holds another program's tables (" + String.join(", ", foreign.subList(0,
          Math.min(5, foreign.size()))) + ") and no Sitrep schema; left untouched, pass another --db");
    }
  }

  public String location() { return location; }

  public Backend backend() { return backend; }

  /** SHA-256 of the text as UTF-8, hex: with the article id, the key that makes ingest idempotent. */
  public static String textHash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** Whether this article (same id, same text) is already stored. */
  public synchronized boolean contains(String id, String textHash) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND text_hash = ?")) {
      ps.setString(1, id);
      ps.setString(2, textHash);
      try (ResultSet rs = ps.executeQuery()) {
        boolean found = rs.next();
        conn.commit();
        return found;
      }
    } catch (SQLException e) {
      throw failure("looking up article " + id, e);
    }
  }

  /** What one {@link #save} did. */
  public record Saved(boolean added, int events, int statements) {}

  /**
   * Stores an article with its extract object and their event and statement rows, all in one transaction: after a
   * crash an article is either fully stored or not at all. An article already stored (same id and text) is left as
   * it is and {@code added} is false.
   */
  public synchronized Saved save(Article article, ObjectNode extraction) {
    String hash = textHash(article.text());
    try {
      if (containsInTransaction(article.id(), hash)) {
        conn.commit();
        return new Saved(false, 0, 0);
      }
      long pk = insertArticle(article, hash);
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO extractions (article_pk, json) VALUES (?, ?)")) {
        ps.setLong(1, pk);
        ps.setString(2, mapper.writeValueAsString(extraction));
        ps.executeUpdate();
      }
      List<List<Object>> events = ExtractionRows.events(pk, extraction, article.published());
      List<List<Object>> statements = ExtractionRows.statements(pk, extraction);
      insertRows("events", ExtractionRows.EVENT_COLUMNS, events);
      insertRows("statements", ExtractionRows.STATEMENT_COLUMNS, statements);
      conn.commit();
      return new Saved(true, events.size(), statements.size());
    } catch (SQLException | IOException e) {
      rollback();
      throw failure("storing article " + article.id(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private boolean containsInTransaction(String id, String hash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND text_hash = ?")) {
      ps.setString(1, id);
      ps.setString(2, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private long insertArticle(Article a, String hash) throws SQLException {
    long pk;
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles (id, text_hash, text, published, title, "
        + "source, url, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING article_pk")) {
      ps.setString(1, a.id());
      ps.setString(2, hash);
      ps.setString(3, a.text());
      ps.setString(4, a.published() == null ? null : a.published().toString());
      ps.setString(5, a.title());
      ps.setString(6, a.source());
      ps.setString(7, a.url());
      ps.setString(8, a.lang());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        pk = rs.getLong(1);
      }
    }
    if (backend == Backend.SQLITE) {
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")) {
        ps.setLong(1, pk);
        ps.setString(2, a.title());
        ps.setString(3, a.text());
        ps.executeUpdate();
      }
    }
    return pk;
  }

  private void insertRows(String table, List<String> columns, List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) return;
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) bind(ps, i + 1, row.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) ps.setNull(i, Types.NULL);
    else if (v instanceof String s) ps.setString(i, s);
    else if (v instanceof Integer n) ps.setInt(i, n);
    else if (v instanceof Long n) ps.setLong(i, n);
    else if (v instanceof Double d) ps.setDouble(i, d);
    else throw new IllegalArgumentException("cannot bind " + v.getClass());
  }

  /** Numbers of stored articles, events, statements and clusters. */
  public record Counts(long articles, long events, long statements, long clusters) {}

  public synchronized Counts counts() {
    try {
      Counts c = new Counts(count("articles"), count("events"), count("statements"), count("clusters"));
      conn.commit();
      return c;
    } catch (SQLException e) {
      throw failure("counting rows", e);
    }
  }

  private long count(String table) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Calls {@code sink} for every stored article in ingest order, with its extract object and its events' cluster
   * ids. Reads in pages so that a large store never sits in memory.
   */
  public synchronized void forEachArticle(Consumer<StoredArticle> sink) {
    long after = 0;
    try {
      while (true) {
        List<StoredArticle> page = page(after, 200);
        if (page.isEmpty()) break;
        for (StoredArticle a : page) sink.accept(a);
        after = page.get(page.size() - 1).pk();
      }
      conn.commit();
    } catch (SQLException | IOException e) {
      rollback();
      throw failure("reading articles", e);
    }
  }

  private List<StoredArticle> page(long after, int size) throws SQLException, IOException {
    List<StoredArticle> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT a.article_pk, a.id, a.text, a.published, a.title, "
        + "a.source, a.url, a.lang, x.json FROM articles a JOIN extractions x ON x.article_pk = a.article_pk "
        + "WHERE a.article_pk > ? ORDER BY a.article_pk LIMIT ?")) {
      ps.setLong(1, after);
      ps.setInt(2, size);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String published = rs.getString(4);
          Article a = new Article(rs.getString(2), rs.getString(3), published == null ? null : LocalDate.parse(published),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
          JsonNode json = mapper.readTree(rs.getString(9));
          out.add(new StoredArticle(rs.getLong(1), a, (ObjectNode) json, List.of()));
        }
      }
    }
    if (out.isEmpty()) return out;
    List<StoredArticle> withEvents = new ArrayList<>(out.size());
    try (PreparedStatement ps = conn.prepareStatement("SELECT article_pk, idx, event_pk, cluster_id FROM events "
        + "WHERE article_pk > ? AND article_pk <= ? ORDER BY article_pk, idx")) {
      ps.setLong(1, after);
      ps.setLong(2, out.get(out.size() - 1).pk());
      try (ResultSet rs = ps.executeQuery()) {
        List<EventRef> refs = new ArrayList<>();
        boolean more = rs.next();
        for (StoredArticle a : out) {
          refs.clear();
          while (more && rs.getLong(1) == a.pk()) {
            long cluster = rs.getLong(4);
            Long clusterOrNull = rs.wasNull() ? null : cluster;
            refs.add(new EventRef(rs.getInt(2), rs.getLong(3), clusterOrNull));
            more = rs.next();
          }
          withEvents.add(new StoredArticle(a.pk(), a.article(), a.extraction(), refs));
        }
      }
    }
    return withEvents;
  }

  /**
   * Ids of the stored articles whose title or text match all the words of {@code query}, best first (SQLite FTS5
   * with Porter stemming; PostgreSQL English text search).
   */
  public synchronized List<String> search(String query, int limit) {
    List<String> words = new ArrayList<>();
    for (String w : query.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
    if (words.isEmpty()) return List.of();
    String sql;
    String q;
    if (backend == Backend.SQLITE) {
      sql = "SELECT a.id FROM articles_fts JOIN articles a ON a.article_pk = articles_fts.rowid "
          + "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?";
      StringBuilder b = new StringBuilder();
      for (String w : words) b.append(b.length() == 0 ? "" : " ").append('"').append(w).append('"');
      q = b.toString();
    } else {
      sql = "SELECT id FROM articles WHERE tsv @@ plainto_tsquery('english', ?) "
          + "ORDER BY ts_rank(tsv, plainto_tsquery('english', ?)) DESC, article_pk LIMIT ?";
      q = String.join(" ", words);
    }
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, q);
      if (backend == Backend.SQLITE) {
        ps.setInt(2, limit);
      } else {
        ps.setString(2, q);
        ps.setInt(3, limit);
      }
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      conn.commit();
      return ids;
    } catch (SQLException e) {
      rollback();
      throw failure("searching for " + query, e);
    }
  }

  /** The connection, for the clusterer in this package; callers commit or roll back. */
  Connection connection() { return conn; }

  StoreException failure(String what, Exception e) {
    return new StoreException(location + ": " + what + ": " + e.getMessage(), e);
  }

  void rollback() {
    try {
      conn.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Already failing; the first error is reported.
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("closing", e);
    }
  }
}
