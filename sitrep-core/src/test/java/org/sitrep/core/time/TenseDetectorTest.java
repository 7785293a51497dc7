package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/** Tense from hand-tagged tokens: no CoreNLP. */
class TenseDetectorTest {
  /** Tokens from "word/TAG" pairs separated by spaces; offsets as in the joined text. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      out.add(new Token(out.size(), new Span(offset, offset + word.length()), word, word.toLowerCase(), pair.substring(slash + 1), "O"));
      offset += word.length() + 1;
    }
    return out;
  }

  private static Tense tenseOf(String tagged, int tokenIndex) {
    List<Token> ts = tokens(tagged);
    return TenseDetector.tenseAt(ts, ts.get(tokenIndex).span());
  }

  @Test
  void pastVerbMakesPast() {
    assertEquals(Tense.PAST, tenseOf("Rebels/NNS shelled/VBD the/DT town/NN on/IN Tuesday/NNP", 5));
  }

  @Test
  void willMakesFuture() {
    assertEquals(Tense.FUTURE, tenseOf("Talks/NNS will/MD resume/VB on/IN Tuesday/NNP", 4));
  }

  @Test
  void presentPerfectCountsAsPast() {
    assertEquals(Tense.PAST, tenseOf("Two/CD soldiers/NNS have/VBP been/VBN killed/VBN on/IN Monday/NNP", 6));
  }

  @Test
  void nearestVerbGroupDecides() {
    // "said" is nearer to "Friday" than "will hold"
    assertEquals(Tense.PAST, tenseOf("Officials/NNS said/VBD Friday/NNP they/PRP will/MD hold/VB talks/NNS", 2));
  }

  @Test
  void noVerbIsPresent() {
    assertEquals(Tense.PRESENT, tenseOf("Ceasefire/NN on/IN Tuesday/NNP", 2));
  }
}
