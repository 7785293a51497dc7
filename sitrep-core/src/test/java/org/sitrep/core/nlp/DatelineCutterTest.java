package org.sitrep.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Datelines cut off the lead sentence; sentences that only look like one are left whole. */
class DatelineCutterTest {
  private static final DatelineCutter CUTTER = new DatelineCutter();
  private static final Pattern TOKEN = Pattern.compile("\\w+(?:[.'’]\\w+)*\\.?|[^\\s\\w\u2028\u2029]");

  /** Whitespace-and-punctuation tokens with their offsets in {@code text}, as CoreNLP's tokenizer would give them. */
  private static List<CoreLabel> tokens(String text, int from) {
    List<CoreLabel> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    m.region(from, text.length());
    while (m.find()) {
      CoreLabel l = new CoreLabel();
      l.setWord(m.group());
      l.setBeginPosition(m.start());
      l.setEndPosition(m.end());
      out.add(l);
    }
    return out;
  }

  /** The text of the first piece of the sentence starting at {@code from} when it is cut, else "". */
  private static String cutOff(String text, int from) {
    List<CoreLabel> tokens = tokens(text, from);
    List<Integer> cuts = CUTTER.cuts(text, tokens);
    if (cuts.isEmpty()) return "";
    return text.substring(tokens.get(0).beginPosition(), tokens.get(cuts.get(0) - 1).endPosition());
  }

  @Test
  void wireDatelineWithDateAndAgency() {
    assertEquals("KYIV, March 14 (Reuters) -", cutOff("KYIV, March 14 (Reuters) - Russian forces shelled Kherson overnight.", 0));
  }

  @Test
  void agencyDatelineWithAnEmDash() {
    assertEquals("WASHINGTON (AP) —", cutOff("WASHINGTON (AP) — The Pentagon announced a new aid package for Ukraine.", 0));
  }

  @Test
  void dayBeforeMonthAndTitleCasePlaceWithAgency() {
    assertEquals("Kyiv, 14 March (AFP) -", cutOff("Kyiv, 14 March (AFP) - Drones struck an oil depot in the Bryansk region.", 0));
  }

  @Test
  void capitalsPlaceAndCountryWithDashOnly() {
    assertEquals("ZAPORIZHZHIA, Ukraine —", cutOff("ZAPORIZHZHIA, Ukraine — A missile hit a residential block on Sunday.", 0));
  }

  @Test
  void parenthesisedDateEndingTheLine() {
    String text = "2013-01-S-025\n\nKABUL, Afghanistan (Jan. 25, 2013)\nDuring a security operation in Ghazni province, a force killed a leader.";
    assertEquals("KABUL, Afghanistan (Jan. 25, 2013)", cutOff(text, text.indexOf("KABUL")));
  }

  @Test
  void datelineInsideASentenceAfterALineBreakIsCutOnBothSides() {
    String text = "ISAF Joint Command - Afghanistan\u20282011-02-S-154\u2028KABUL, Afghanistan (Feb. 21, 2011)\u2028Afghan and coalition forces detained a leader.";
    List<CoreLabel> tokens = tokens(text, 0);
    List<Integer> cuts = CUTTER.cuts(text, tokens);
    assertEquals(2, cuts.size());
    assertEquals("KABUL", tokens.get(cuts.get(0)).word());
    assertEquals("Afghan", tokens.get(cuts.get(1)).word());
  }

  @Test
  void titleCasePlaceWithADashIsNoDateline() {
    assertEquals("", cutOff("Kyiv - the capital - was calm on Sunday.", 0));
  }

  @Test
  void acronymWithAParenthesisedExpansionIsNoDateline() {
    assertEquals("", cutOff("NATO (the alliance) will meet in Vilnius next week.", 0));
  }

  @Test
  void speakerLineIsNoDateline() {
    assertEquals("", cutOff("PUTIN: We will not allow this to happen.", 0));
  }

  @Test
  void datelineNotAtALineStartIsLeftAlone() {
    String text = "He said so. MOSCOW (Reuters) - officials answered.";
    assertEquals("", cutOff(text, text.indexOf("MOSCOW")));
  }

  @Test
  void datelineWithNothingAfterItIsNoCut() {
    assertEquals("", cutOff("LONDON (Reuters) -", 0));
  }
}
