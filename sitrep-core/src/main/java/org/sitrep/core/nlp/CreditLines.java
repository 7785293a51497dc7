package org.sitrep.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Recognises the credit lines of a report, "(Reporting by ... ; Editing by ...)", a byline "By John Smith", "... writer
 * X contributed to this report." ({@code /sitrep/nlp/credit_lines.txt}): sentences about who wrote the report, whose
 * names and places are not part of the news. Immutable.
 */
final class CreditLines {
  static final String RESOURCE = "/sitrep/nlp/credit_lines.txt";

  private final List<Pattern> patterns;

  CreditLines() {
    List<Pattern> ps = new ArrayList<>();
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) {
      try {
        ps.add(Pattern.compile(l.text().strip()));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw l.error("not a regular expression: " + e.getDescription());
      }
    }
    patterns = List.copyOf(ps);
  }

  /** Whether {@code sentence} (a sentence's text) is a credit line. */
  boolean isCredit(String sentence) {
    String s = sentence.strip();
    for (Pattern p : patterns) if (p.matcher(s).lookingAt()) return true;
    return false;
  }
}
