package org.sitrep.core.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences NER runs on; tokens written as word/TAG. */
class NerGateTest {
  private static final NerGate GATE = new NerGate();

  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      CoreLabel l = new CoreLabel();
      int slash = wt.lastIndexOf('/');
      l.setWord(wt.substring(0, slash));
      l.setTag(wt.substring(slash + 1));
      out.add(l);
    }
    return out;
  }

  @Test
  void capitalisedFunctionWordOpeningTheSentenceIsNoCandidate() {
    assertFalse(GATE.worthTagging(tokens("They/PRP rebuilt/VBD the/DT bridge/NN quickly/RB ./.")));
  }

  @Test
  void capitalisedNameIsACandidate() {
    assertTrue(GATE.worthTagging(tokens("Engineers/NNS rebuilt/VBD the/DT bridge/NN near/IN Izium/NNP ./.")));
  }

  @Test
  void capitalInsideAWordIsACandidate() {
    assertTrue(GATE.worthTagging(tokens("they/PRP ran/VBD an/DT anti-Western/JJ campaign/NN ./.")));
  }

  @Test
  void digitIsACandidate() {
    assertTrue(GATE.worthTagging(tokens("It/PRP cost/VBD 40/CD percent/NN more/JJR ./.")));
  }

  @Test
  void dateWordIsACandidate() {
    assertTrue(GATE.worthTagging(tokens("It/PRP reopened/VBD last/JJ week/NN ./.")));
  }

  @Test
  void amountWordIsACandidate() {
    assertTrue(GATE.worthTagging(tokens("It/PRP will/MD cost/VB billions/NNS of/IN dollars/NNS ./.")));
  }

  @Test
  void namesWithoutDateOrAmountAreNoDateCandidate() {
    assertFalse(GATE.mayHoldDateOrAmount(tokens("Engineers/NNS from/IN Izium/NNP rebuilt/VBD the/DT bridge/NN ./.")));
  }

  @Test
  void monthNameIsADateCandidate() {
    assertTrue(GATE.mayHoldDateOrAmount(tokens("Engineers/NNS rebuilt/VBD the/DT bridge/NN in/IN May/NNP ./.")));
  }

  @Test
  void modalMayIsNoDateCandidate() {
    assertFalse(GATE.mayHoldDateOrAmount(tokens("Engineers/NNS may/MD rebuild/VB the/DT Izium/NNP bridge/NN ./.")));
  }

  @Test
  void hyphenJoinedMonthsAreADateCandidate() {
    assertTrue(GATE.mayHoldDateOrAmount(tokens("Output/NN peaked/VBD in/IN March-April/NNP ./.")));
  }

  @Test
  void digitAndAmountWordAreDateCandidates() {
    assertTrue(GATE.mayHoldDateOrAmount(tokens("Izium/NNP lost/VBD 40/CD houses/NNS ./.")));
    assertTrue(GATE.mayHoldDateOrAmount(tokens("Izium/NNP needs/VBZ billions/NNS of/IN roubles/NNS ./.")));
  }
}
