package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class CueTaggerTest {
  private static final CueFeatures FEATURES = new CueFeatures(CueLexicon.ofTagger());

  private static Sentence sentence(String text) { return NlpFixture.parse(text).get(Layers.SENTENCES).get(0); }

  private static List<String> cues(CueTagger tagger, Sentence s, String text) {
    List<String> out = new ArrayList<>();
    for (CueTagger.Run r : tagger.tag(s)) out.add(s.spanOf(r.from(), r.to()).coveredText(text));
    return out;
  }

  @Test
  void weightForALemmaMakesItsTokenACue() {
    String text = "The mayor muttered that the bridge was closed.";
    CueTagger tagger = CueTagger.load("/sitrep/attribution/tiny-cue-tagger.tsv", FEATURES);
    assertEquals(List.of("muttered"), cues(tagger, sentence(text), text));
  }

  @Test
  void weightThatIsNoNumberNamesFileLineAndLabel() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> CueTagger.load("/sitrep/attribution/bad-cue-tagger.tsv", FEATURES));
    assertTrue(e.getMessage().startsWith("/sitrep/attribution/bad-cue-tagger.tsv:3: weight 'lots' for label B is not a number"), e.getMessage());
  }

  @Test
  void trainedWeightsFindTheCueWordTheyWereTrainedOn() {
    CueTagger tagger = CueTagger.fromRows(WeightRows.of(trained(1)), FEATURES);
    String text = "The farmer grumbled that the harvest came late.";
    assertEquals(List.of("grumbled"), cues(tagger, sentence(text), text));
  }

  @Test
  void sameSentencesAndSeedGiveTheSameWeights() {
    assertEquals(trained(7), trained(7));
  }

  @Test
  void goldContinuationAfterAPredictedOutsideIsLearntAsABeginning() {
    assertEquals(1, CueTaggerTrainer.reachable(2, 0), "I after O cannot be predicted; B can");
    assertEquals(2, CueTaggerTrainer.reachable(2, 1), "I after B stays I");
    assertEquals(0, CueTaggerTrainer.reachable(0, 2));
  }

  @Test
  void headerLinesBecomeComments() {
    assertTrue(trained(1).startsWith("# made in a test\nfeature\tO\tB\tI\n"), trained(1));
  }

  /** Weights trained on a few sentences in which "grumbled" is the cue. */
  private static String trained(long seed) {
    CueTaggerTrainer trainer = new CueTaggerTrainer();
    for (String text : List.of("The baker grumbled that bread cost more.", "Residents grumbled about the noise at night.",
        "The baker sold bread in the morning.", "A teacher grumbled that classes were too large.")) {
      Sentence s = sentence(text);
      int at = text.indexOf("grumbled");
      trainer.add(s, at < 0 ? List.of() : List.of(new Span(at, at + "grumbled".length())));
    }
    StringBuilder out = new StringBuilder();
    trainer.train(5, seed, 1, List.of("made in a test"), out);
    return out.toString();
  }
}
