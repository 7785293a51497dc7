package org.sitrep.core.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Article;

/**
 * An ordered chain of stages, checked when built: every layer a stage requires must be added by an earlier stage,
 * and no two stages add the same layer. Thread-safe when its stages are, which Sitrep's stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Layer<?>> available = new HashSet<>();
    for (Stage s : this.stages) {
      for (Layer<?> needed : s.requires()) {
        if (!available.contains(needed)) {
          throw new PipelineConfigException(s.name() + " needs " + needed + ", which no earlier stage adds");
        }
      }
      if (!available.add(s.adds())) throw new PipelineConfigException(s.name() + " adds " + s.adds() + ", which an earlier stage already adds");
    }
  }

  public List<Stage> stages() { return stages; }

  public Doc run(Article article) {
    return run(article, Deadline.NONE);
  }

  /** Runs every stage, checking {@code deadline} before each; throws {@link BadInputException} once it has passed. */
  public Doc run(Article article, Deadline deadline) {
    Doc doc = Doc.of(article, deadline);
    for (Stage s : stages) {
      deadline.check(s.name());
      doc = s.apply(doc);
    }
    return doc;
  }
}
