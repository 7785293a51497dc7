package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameKeyBuilderTest {
  @Test
  void keyBuiltTokenByTokenEqualsTheKeyOfTheWholeText() {
    String text = "St. Louis, Winston-Salem  and Lviv\u2019s \u201CKryvyi Rih\u201D";
    int[] cuts = {0, 3, 10, 11, 18, 19, 25, 30, 34, 36, 38, text.length()};
    NameKeyBuilder b = new NameKeyBuilder();
    for (int c = 1; c < cuts.length; c++) {
      assertTrue(b.appendIfNfdStable(text, cuts[c - 1], cuts[c]));
      String whole = Gazetteer.key(text.substring(0, cuts[c]));
      assertEquals(whole, b.toString(), "after " + text.substring(0, cuts[c]));
      assertEquals(whole.hashCode(), b.hash());
    }
  }

  @Test
  void accentedLetterStopsTheFastPathAfterWhatCameBefore() {
    NameKeyBuilder b = new NameKeyBuilder();
    assertFalse(b.appendIfNfdStable("Near Côte", 0, 9));
    assertEquals("near c", b.toString());
  }

  @Test
  void charactersCalledNfdStableAreLeftAsTheyAreByNfd() {
    for (char c = 0; c < '\u2100'; c++) {
      if (!NameKeyBuilder.nfdStable(c) || Character.isSurrogate(c)) continue;
      String s = String.valueOf(c);
      assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFD), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void asciiRulesMatchTheGeneralOnes() {
    for (char c = 0; c < 128; c++) {
      String s = "a" + c + "b";
      NameKeyBuilder b = new NameKeyBuilder();
      b.appendDecomposed(s, 0, s.length());
      String expected = c == '.' || c == '"' ? "ab"
          : Character.isWhitespace(c) || c == '-' || c == '_' || c == '/' ? "a b"
          : "a" + (c == '`' ? '\'' : Character.toLowerCase(c)) + "b";
      assertEquals(expected, b.toString(), "char " + (int) c);
    }
  }
}
