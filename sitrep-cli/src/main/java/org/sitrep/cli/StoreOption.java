package org.sitrep.cli;

/** Where the store is: --db, else $SITREP_DB, else sitrep.db in the working directory (CONTRACT.md). */
final class StoreOption {
  private StoreOption() {}

  static String resolve(String db) {
    if (db != null && !db.isBlank()) return db;
    String env = System.getenv("SITREP_DB");
    return env != null && !env.isBlank() ? env : "sitrep.db";
  }
}
