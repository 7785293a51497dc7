package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/** Empty, over-size, mis-encoded and binary texts are refused with a message naming the article and the problem. */
class ArticleCheckTest {
  private final ArticleCheck check = new ArticleCheck(100);

  private String refusal(String text) {
    return assertThrows(BadInputException.class, () -> check.check(Article.of("a7", text, null))).getMessage();
  }

  @Test
  void latinOneBytesAreNamedAsNotUtf8() {
    // What a UTF-8 decoder makes of "bombardé" saved as Latin-1: the é byte becomes U+FFFD.
    assertEquals("article a7: \"text\" is not UTF-8 (1 undecodable byte, the first at character 22: \"s forces ont "
        + "bombard\uFFFD Kharkiv mardi.\"); save the input as UTF-8", refusal("Les forces ont bombard\uFFFD Kharkiv mardi."));
  }

  @Test
  void controlCharactersLookBinary() {
    assertEquals("article a7: \"text\" looks binary (4 control or undecodable characters in 13), not news text",
        refusal("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rI"));
  }

  @Test
  void overSizeAndEmptyAreNamed() {
    assertEquals("article a7: \"text\" is 101 characters, over the limit of 100", refusal("x".repeat(101)));
    assertEquals("article a7: \"text\" is empty", refusal(" \n "));
  }
}
