package org.sitrep.core.extract;

import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Refuses input the pipeline cannot treat honestly: empty text, text over the size limit, and binary data (control
 * characters that no news text contains). The message names the article and the problem.
 */
final class ArticleCheck {
  private final int maxChars;

  ArticleCheck(int maxChars) { this.maxChars = maxChars; }

  void check(Article a) {
    String text = a.text();
    if (text.isBlank()) throw new BadInputException("article " + a.id() + ": \"text\" is empty");
    if (text.length() > maxChars) {
      throw new BadInputException("article " + a.id() + ": \"text\" is " + text.length() + " characters, over the limit of " + maxChars);
    }
    int control = 0;
    int undecodable = 0;
    int firstUndecodable = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // NUL and the C0 controls other than tab/newline/CR/form feed mark binary data; U+FFFD marks failed decoding.
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
      if (c == '\uFFFD' && undecodable++ == 0) firstUndecodable = i;
    }
    int bad = control + undecodable;
    if (bad == 0 || bad * 100 < Math.max(1, text.length() / 100)) return;
    if (control == 0) {
      // Bytes that are not UTF-8 in otherwise readable text: a file saved as Latin-1 or Windows-1252.
      int from = Math.max(0, firstUndecodable - 20);
      throw new BadInputException("article " + a.id() + ": \"text\" is not UTF-8 (" + undecodable + " undecodable "
          + (undecodable == 1 ? "byte" : "bytes") + ", the first at character " + firstUndecodable + ": \""
          + text.substring(from, Math.min(text.length(), firstUndecodable + 20)).replace('\n', ' ')
          + "\"); save the input as UTF-8");
    }
    throw new BadInputException("article " + a.id() + ": \"text\" looks binary (" + bad + " control or undecodable "
        + "characters in " + text.length() + "), not news text");
  }
}
