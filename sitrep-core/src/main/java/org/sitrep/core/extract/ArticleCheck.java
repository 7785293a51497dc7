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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // NUL and the C0 controls other than tab/newline/CR/form feed, and U+FFFD from failed decoding, mark binary data.
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') control++;
    }
    if (control > 0 && control * 100 >= Math.max(1, text.length() / 100)) {
      throw new BadInputException("article " + a.id() + ": \"text\" looks binary (" + control + " control or undecodable characters in " + text.length() + ")");
    }
  }
}
