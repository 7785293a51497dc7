package org.sitrep.core.pipeline;

import java.util.Set;

/**
 * One step of the extraction chain: reads the layers it requires and adds exactly one. A stage is immutable once
 * built and keeps per-article state in locals, so one instance serves many threads.
 */
public interface Stage {
  Set<Layer<?>> requires();

  Layer<?> adds();

  Doc apply(Doc doc);

  default String name() { return getClass().getSimpleName(); }
}
