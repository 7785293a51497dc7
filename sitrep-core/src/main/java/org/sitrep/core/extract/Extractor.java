package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.nlp.ParseSelector;
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
    List<Stage> later = StandardStages.afterNlp();
    ParseSelector selector = config.cascade() ? lemmaSelector(StandardStages.parseTriggerLemmas(later)) : ParseSelector.ALL;
    List<Stage> stages = new ArrayList<>();
    stages.add(models == null ? new NlpStage(selector) : models.withSelector(selector));
    stages.addAll(later);
    this.pipeline = new Pipeline(stages);
  }

  /** Runs every stage; throws {@link org.sitrep.core.pipeline.BadInputException} for input it refuses. */
  public Doc extract(Article article) {
    check.check(article);
    language.check(article);
    return pipeline.run(article);
  }

  public Pipeline pipeline() { return pipeline; }

  private static ParseSelector lemmaSelector(Set<String> lemmas) {
    Set<String> set = new HashSet<>(lemmas);
    return tokens -> {
      for (Token t : tokens) {
        if (set.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        // Quoted speech is attributed even when its cue is outside the lexicon ("..., Zelensky wrote.").
        if (t.word().equals("\"") || t.word().equals("``") || t.word().equals("''")) return true;
      }
      return false;
    };
  }
}
