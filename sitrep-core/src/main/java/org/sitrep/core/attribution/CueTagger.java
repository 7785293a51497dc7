package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Sentence;

/**
 * A linear cue tagger: labels each token O (outside a cue), B (begins one) or I (continues one), left to right,
 * each label the highest-scoring under weights learned by {@link CueTaggerTrainer} from PolNeAR's train split.
 * It finds cues the rule lexicon does not know ("he stressed", "in the view of"), which the stage then reads with
 * the same speaker and content finders. Immutable once loaded; thread-safe.
 */
final class CueTagger {
  static final String RESOURCE = "/sitrep/attribution/cue_tagger.tsv";
  static final List<String> LABELS = List.of("O", "B", "I");

  /** One cue the tagger found: the first and last token of the run, inclusive, within its sentence. */
  record Run(int from, int to) {}

  private final Map<String, float[]> weights;
  private final CueFeatures features;

  CueTagger(Map<String, float[]> weights, CueFeatures features) {
    this.weights = Map.copyOf(weights);
    this.features = features;
  }

  /** Loads a weights file of rows: feature, then one weight per label in the order of {@link #LABELS}. */
  static CueTagger load(String resource, CueFeatures features) {
    return fromRows(ResourceLines.readTsv(resource), features);
  }

  /** The tagger whose weights are the given rows (feature, then one weight per label). */
  static CueTagger fromRows(List<ResourceLines.Row> rows, CueFeatures features) {
    Map<String, float[]> w = new HashMap<>();
    for (ResourceLines.Row row : rows) {
      float[] v = new float[LABELS.size()];
      for (int k = 0; k < v.length; k++) {
        String cell = row.get(LABELS.get(k));
        try {
          v[k] = Float.parseFloat(cell);
        } catch (NumberFormatException e) {
          throw row.line().error("weight '" + cell + "' for label " + LABELS.get(k) + " is not a number");
        }
      }
      if (w.put(row.get("feature"), v) != null) throw row.line().error("duplicate feature '" + row.get("feature") + "'");
    }
    return new CueTagger(w, features);
  }

  /** The cues of a sentence, as runs of tokens labelled B then I. */
  List<Run> tag(Sentence s) {
    int[] labels = labels(s);
    List<Run> out = new ArrayList<>();
    int from = -1;
    for (int i = 0; i <= labels.length; i++) {
      int l = i < labels.length ? labels[i] : 0;
      if (from >= 0 && l != 2) {
        out.add(new Run(from, i - 1));
        from = -1;
      }
      if (l == 1) from = i;
    }
    return out;
  }

  /** Greedy left-to-right labels (indices into {@link #LABELS}). */
  int[] labels(Sentence s) {
    List<List<String>> fixed = features.of(s);
    int[] out = new int[fixed.size()];
    int previous = 0;
    List<String> f = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      f.clear();
      f.addAll(fixed.get(i));
      CueFeatures.withPrevious(LABELS.get(previous), s.tokens().get(i), f);
      int best = best(score(f), previous);
      out[i] = best;
      previous = best;
    }
    return out;
  }

  private float[] score(List<String> f) {
    float[] sum = new float[LABELS.size()];
    for (String name : f) {
      float[] w = weights.get(name);
      if (w == null) continue;
      for (int k = 0; k < sum.length; k++) sum[k] += w[k];
    }
    return sum;
  }

  /** The highest-scoring label that may follow {@code previous}: I (continuing a cue) never follows O. */
  static int best(float[] score, int previous) {
    int best = 0;
    for (int k = 1; k < score.length; k++) if (score[k] > score[best] && !(k == 2 && previous == 0)) best = k;
    return best;
  }
}
