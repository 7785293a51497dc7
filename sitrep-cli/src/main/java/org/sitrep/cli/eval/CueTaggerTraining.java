package org.sitrep.cli.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.attribution.AttributionStage;
import org.sitrep.core.attribution.CueTaggerTrainer;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Trains the attribution cue tagger on PolNeAR's train split: each article goes through the NLP stage with the
 * attribution stage's parse cascade (so the tagger learns from sentences parsed exactly as at run time), each token
 * is labelled B, I or O from the gold cues of the article's first annotation file, and the averaged weights are
 * written as a TSV with a header naming source, licence and the options used. Reads nothing outside {@code DIR/train}.
 */
public final class CueTaggerTraining {
  private CueTaggerTraining() {}

  /**
   * Trains on the first {@code limit} articles of {@code DIR/train} (all when 0) and writes the weights to {@code out}.
   * With a {@code cache} file, the annotated sentences are kept there, so the next run (other epochs, min-count or
   * features) skips CoreNLP, which is nearly all the time of a run.
   */
  public static void run(Path dir, int limit, int epochs, long seed, int minCount, Path cache, Appendable out, PrintStream progress) {
    Path split = dir.resolve("train");
    Path texts = split.resolve("text");
    Path anns = split.resolve("attributions");
    AttributionStage attribution = new AttributionStage();
    CueTaggerTrainer trainer = new CueTaggerTrainer();
    int articles = 0;
    long started = System.nanoTime();
    try (CachedAnnotation annotation = new CachedAnnotation(cache, attribution::needsParse)) {
    for (Path txt : AttributionEvaluation.list(texts)) {
      if (limit > 0 && articles >= limit) break;
      String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = AttributionEvaluation.firstAnnotation(anns, name);
      if (ann == null) continue;
      Map<String, List<Span>> gold = AttributionEvaluation.gold(ann);
      Doc doc = annotation.annotate(Article.of(name, AttributionEvaluation.read(txt), null));
      for (Sentence s : doc.get(Layers.SENTENCES)) {
        List<Span> cues = new ArrayList<>();
        for (Span c : gold.get("cue")) if (c.overlaps(s.span())) cues.add(c);
        trainer.add(s, cues);
      }
      articles++;
      if (articles % 50 == 0) progress.printf(Locale.ROOT, "train attribution: %d articles read, %.0f s%n", articles, (System.nanoTime() - started) / 1e9);
    }
    progress.println("train attribution: " + annotation.summary());
    }
    progress.println("train attribution: " + articles + " articles, " + trainer.summary());
    List<String> header = List.of(
        "Weights of the attribution cue tagger (averaged perceptron; labels O, B, I over tokens; features in CueFeatures).",
        "source: PolNeAR (Newell, Margolin, Ruths, LREC 2018; networkdynamics/PolNeAR @ c3eee83), train split only, "
            + articles + " articles; only feature weights are kept, no text.",
        "licence: weights derived from research data (PolNeAR's news texts are copyrighted; the corpus is not shipped); "
            + "this file: Sitrep, GPL-3.0-or-later",
        String.format(Locale.ROOT, "made by: ./sitrep train attribution --polnear DIR --out FILE%s --epochs %d --seed %d --min-count %d",
            limit > 0 ? " --limit " + limit : "", epochs, seed, minCount),
        "data: " + trainer.summary(),
        "format: TSV with header; feature, then its weight for each label");
    long trainStarted = System.nanoTime();
    trainer.train(epochs, seed, minCount, header, out);
    progress.printf(Locale.ROOT, "train attribution: %d epochs in %.1f s%n", epochs, (System.nanoTime() - trainStarted) / 1e9);
  }
}
