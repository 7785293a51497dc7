/**
 * The Sitrep store: articles, their extract objects, and one queryable row per event and statement, over JDBC
 * (SQLite file by default, PostgreSQL by {@code jdbc:postgresql://} URL) with versioned migrations. {@link
 * org.sitrep.store.Ingest} fills it idempotently from JSON Lines and text files, {@link org.sitrep.store.Clusterer}
 * links reports of the same event across articles, {@link org.sitrep.store.Exporter} writes it out as JSON Lines,
 * GDELT, ICEWS, ACLED or PLOVER records; {@link org.sitrep.store.StoreReader} lists and reads it for the server and
 * {@link org.sitrep.store.StoreSummaries} counts it for the dashboard's charts. Uses core; knows nothing of HTTP or the
 * command line. Loads {@code sitrep/store/name-stopwords.txt} (title words left out of the names clustering compares)
 * and the migrations under {@code sitrep/store/migration/}.
 */
package org.sitrep.store;
