package org.sitrep.core.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Article;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.BackgroundLoad;
import org.sitrep.core.pipeline.Deadline;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Stage;

/**
 * The standard Sitrep extraction: checks an article, then runs nlp, actors, geo, time, attribution, events and
 * modality. Built once per process (loading CoreNLP and the lexicons takes seconds) and shared by all threads, the
 * server and Spark executors.
 */
public final class Extractor {
  private final Pipeline pipeline;
  private final ArticleCheck check;
  private final LanguageCheck language;
  private final Duration timeLimit;

  public Extractor(ExtractorConfig config) {
    this(config, null);
  }

  /**
   * An extractor over already loaded CoreNLP models ({@code models} nullable: load them), so that tools running both
   * Sitrep and single stages do not hold two copies of 3 GB of models.
   */
  public Extractor(ExtractorConfig config, NlpStage models) {
    this.check = new ArticleCheck(config.maxChars());
    this.language = new LanguageCheck();
    this.timeLimit = config.timeLimit();
    // CoreNLP's models load on another thread while the lexicons and the gazetteer load here.
    BackgroundLoad<NlpStage> nlpLoad = new BackgroundLoad<>(() -> models != null ? models : new NlpStage(ParseSelector.ALL),
        "CoreNLP", "sitrep-nlp-load");
    List<Stage> later = StandardStages.afterNlp();
    ParseSelector selector = config.cascade() ? StandardStages.parseSelector(later) : ParseSelector.ALL;
    List<Stage> stages = new ArrayList<>();
    stages.add(nlpLoad.get().withSelector(selector));
    stages.addAll(later);
    this.pipeline = new Pipeline(stages);
  }

  /**
   * Runs every stage; throws {@link org.sitrep.core.pipeline.BadInputException} for input it refuses, including an
   * article still unfinished after the configured time limit.
   */
  public Doc extract(Article article) {
    Deadline deadline = Deadline.after(article.id(), timeLimit);
    check.check(article);
    language.check(article);
    return pipeline.run(article, deadline);
  }

  public Pipeline pipeline() { return pipeline; }
}
