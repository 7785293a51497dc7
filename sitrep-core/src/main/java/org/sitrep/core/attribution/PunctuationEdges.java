package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Span;

/**
 * Quotation marks at the edge of a draft's content: content that opened a quotation keeps its closing mark, with the
 * punctuation before it ("schedule ‘cherry-picked.’"), as attribution corpora such as PolNeAR mark it. Reads
 * characters only.
 */
final class PunctuationEdges {
  private PunctuationEdges() {}

  static Draft apply(Draft d, String text) {
    List<Span> content = new ArrayList<>();
    for (Span c : d.content()) content.add(withClosingQuote(c, text));
    return content.equals(d.content()) ? d : d.withContent(content, d.direct());
  }

  /** {@code c} run on through up to three punctuation marks to the closing mark of a quotation it opened. */
  static Span withClosingQuote(Span c, String text) {
    String covered = c.coveredText(text);
    int end = c.end();
    while (end < text.length() && end - c.end() < 3 && ".,!?;".indexOf(text.charAt(end)) >= 0) end++;
    if (end >= text.length()) return c;
    char close = text.charAt(end);
    char open = close == '\u2019' ? '\u2018' : close == '\u201D' ? '\u201C' : 0;
    if (open == 0 || count(covered, open) <= count(covered, close)) return c;
    return new Span(c.start(), end + 1);
  }

  private static int count(String s, char ch) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ch) n++;
    return n;
  }
}
