package org.sitrep.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Stance;
import org.sitrep.core.model.Statement;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** A negated cue takes no side: "did not confirm" is no confirmation, "did not deny" no denial. */
class CueNegationTest {
  private static final AttributionStage STAGE = new AttributionStage();

  private static Stance stanceOf(String text, String cueWord) {
    List<Statement> all = STAGE.apply(TestEntities.fromNer(NlpFixture.parse(text)).doc()).get(Layers.STATEMENTS);
    for (Statement s : all) if (s.cue().coveredText(text).contains(cueWord)) return s.stance();
    throw new AssertionError("no statement with a cue holding '" + cueWord + "' in " + all);
  }

  @Test
  void negatedConfirmationDeclines() {
    assertEquals(Stance.DECLINE, stanceOf("The military did not confirm that the village had fallen.", "confirm"));
  }

  @Test
  void negatedDenialDeclines() {
    assertEquals(Stance.DECLINE, stanceOf("The Kremlin has never denied that its troops were in the town.", "denied"));
  }

  @Test
  void plainConfirmationStillConfirms() {
    assertEquals(Stance.CONFIRM, stanceOf("The military confirmed that the village had fallen.", "confirmed"));
  }

  @Test
  void negatedContentUnderAPlainCueIsStillADenial() {
    assertEquals(Stance.DENY, stanceOf("The minister said that Kyiv does not seek to seize Russian territory.", "said"));
  }
}
