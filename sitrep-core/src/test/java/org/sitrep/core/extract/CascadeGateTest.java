package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

/** The cascade's gate: which tagged sentences get a dependency parse. */
class CascadeGateTest {
  private static final ParseSelector GATE = StandardStages.parseSelector(StandardStages.afterNlp());

  private static List<Token> tokens(String sentence) {
    List<Sentence> s = NlpFixture.parse(sentence).get(Layers.SENTENCES);
    return s.get(0).tokens();
  }

  @Test
  void cueVerbIsParsed() {
    assertTrue(GATE.shouldParse(tokens("The governor stated that the bridge would reopen on Friday.")));
  }

  @Test
  void cueLemmaAsAnotherPartOfSpeechIsNot() {
    // "state" is a cue verb; here it is a noun, and no other cue or trigger is in the sentence
    assertFalse(GATE.shouldParse(tokens("The head of state toured a new hospital in the city centre.")));
  }

  @Test
  void cueLemmaBesideACountryNameIsParsed() {
    // the actors stage judges from the parse whether "Moldova" stands for its government
    assertTrue(GATE.shouldParse(tokens("The head of state of Moldova toured a new hospital in the city centre.")));
  }

  @Test
  void eventTriggerIsParsed() {
    assertTrue(GATE.shouldParse(tokens("Artillery shelled the outskirts of the village overnight.")));
  }

  @Test
  void sentenceWithoutCueOrTriggerIsNot() {
    assertFalse(GATE.shouldParse(tokens("The delegation toured a new hospital in the city centre.")));
  }

  @Test
  void quotationIsParsed() {
    assertTrue(GATE.shouldParse(tokens("\"We will rebuild the school by winter.\"")));
  }

  @Test
  void accordingToIsParsed() {
    assertTrue(GATE.shouldParse(tokens("According to the regional administration, the new hospital opened in May.")));
  }
}
