/**
 * Sitrep as a Spark batch job: {@link org.sitrep.spark.SparkExtractJob} reads articles (JSON Lines or Parquet), runs
 * the standard core extraction on the executors with one pipeline per executor JVM, and writes the contract's output
 * objects as JSON Lines plus flat Parquet tables of articles, events and statements. Extraction logic lives in
 * sitrep-core only; this package reads, distributes and writes.
 */
package org.sitrep.spark;
