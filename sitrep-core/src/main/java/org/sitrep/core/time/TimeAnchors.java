package org.sitrep.core.time;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * A cheap test run before the patterns of patterns.tsv: every pattern's match holds a digit or one of a few words (a
 * month, a weekday, a time unit, the last word of a deictic day or a generic marker, or a word of {@code
 * /sitrep/time/pattern_words.txt}), so a stretch of text with none of them can hold no match and the forty patterns
 * need not scan it. Most news sentences have none: the patterns were a tenth of extraction time, tried on all of them.
 * Words are compared in lower case and as whole runs of letters, as the patterns' word boundaries have them; erring
 * towards yes ("may" the modal passes as "May") only costs a scan. Immutable.
 */
final class TimeAnchors {
  static final String RESOURCE = "/sitrep/time/pattern_words.txt";

  private final Set<String> words;

  /** {@code wordsAndPhrases}: table keys; of a phrase ("last night") only its last word is kept, which any match needs. */
  TimeAnchors(Collection<String> wordsAndPhrases) {
    Set<String> w = new HashSet<>();
    for (String p : wordsAndPhrases) {
      String[] parts = p.strip().split("\\s+");
      w.add(parts[parts.length - 1].toLowerCase(Locale.ROOT));
    }
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) w.add(l.text().strip().toLowerCase(Locale.ROOT));
    words = Set.copyOf(w);
  }

  /** Whether {@code text} between {@code start} and {@code end} holds a digit or an anchor word. */
  boolean mayHoldTime(String text, int start, int end) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) return true;
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int from = i;
      while (i < end && Character.isLetter(text.charAt(i))) i++;
      if (words.contains(text.substring(from, i).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
