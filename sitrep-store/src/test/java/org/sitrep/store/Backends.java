package org.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh empty databases for tests: a SQLite file in a folder, or a new database in one shared embedded PostgreSQL. */
final class Backends {
  private Backends() {}

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  static String sqlite(Path dir) { return dir.resolve("test-" + DATABASES.incrementAndGet() + ".db").toString(); }

  /** A new, empty PostgreSQL database; the server starts on first use and stops when the test JVM exits. */
  static synchronized String postgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.start();
        EmbeddedPostgres pg = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // The JVM is exiting; the temporary cluster is removed either way.
          }
        }));
      }
      String db = "sitrep_test_" + DATABASES.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + db);
      }
      return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db + "?user=postgres";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
