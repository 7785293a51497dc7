package org.sitrep.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.ExtractorConfig;

/**
 * The extractor of this JVM, built by the first task that needs it and shared by every later task here.
 *
 * <p>Why a JVM-wide holder: Spark deserialises a fresh copy of a task's function for every task, so an extractor
 * kept in the function, or built at the top of {@code mapPartitions}, would load CoreNLP's 3 GB of models and the
 * lexicons again for every partition (about 8 s each); a broadcast value can be evicted and rebuilt too. A static
 * is the one place that lives exactly as long as the executor. It is not mutable state in the sense our style guide
 * forbids: each entry is written once, by the first task asking for that configuration (later tasks wait for it
 * rather than load a second copy), and then only read. The extractor is immutable and thread-safe, so the
 * executor's task threads (one per core) share it; in local mode the driver shares it too.
 */
final class ExecutorExtractor {
  private static final ConcurrentMap<ExtractorConfig, Extractor> BY_CONFIG = new ConcurrentHashMap<>();

  private ExecutorExtractor() {}

  static Extractor get(ExtractorConfig config) {
    return BY_CONFIG.computeIfAbsent(config, Extractor::new);
  }
}
