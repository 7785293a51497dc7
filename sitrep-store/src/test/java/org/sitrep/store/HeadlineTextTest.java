package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;

class HeadlineTextTest {
  private static Article article(String title, String source, String text) {
    return new Article("a1", text, null, title, source, null, null);
  }

  @Test
  void titleIsPrependedWithABlankLineAndTheBodyOffsetPointsAtTheInputText() {
    Article in = article("  Talks held in Minsk ", null, "The leaders discussed the border.");
    Article read = HeadlineText.read(in);
    assertEquals("Talks held in Minsk\n\nThe leaders discussed the border.", read.text());
    int offset = HeadlineText.bodyOffset(in);
    assertEquals(21, offset);
    assertEquals(in.text(), read.text().substring(offset));
    assertEquals("  Talks held in Minsk ", read.title(), "the title itself is kept as given");
  }

  @Test
  void articleWithoutTitleIsReadAsItIs() {
    Article in = article(null, null, "Shelling hit the city.");
    assertSame(in, HeadlineText.read(in));
    assertEquals(0, HeadlineText.bodyOffset(in));
    Article blank = article("   ", null, "Shelling hit the city.");
    assertSame(blank, HeadlineText.read(blank));
  }

  @Test
  void textThatOpensWithItsTitleIsNotGivenItTwice() {
    Article in = article("Shelling hits Kharkiv", null, "Shelling  hits KHARKIV\nOfficials said three were hurt.");
    assertSame(in, HeadlineText.read(in));
  }

  @Test
  void siteNameAfterTheTitleIsLeftOut() {
    Article in = article("Shelling hits Kharkiv | Daily Wire", "Daily Wire", "Officials said three were hurt.");
    assertEquals("Shelling hits Kharkiv\n\nOfficials said three were hurt.", HeadlineText.read(in).text());
  }

  @Test
  void lineBreaksInsideATitleBecomeSpaces() {
    Article in = article("Talks held\n  in Minsk", null, "Body.");
    assertEquals("Talks held in Minsk\n\nBody.", HeadlineText.read(in).text());
  }
}
