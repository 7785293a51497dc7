package org.sitrep.core.pipeline;

/** The pipeline was assembled wrongly (a stage needs a layer no earlier stage adds). */
public final class PipelineConfigException extends RuntimeException {
  public PipelineConfigException(String message) { super(message); }
}
