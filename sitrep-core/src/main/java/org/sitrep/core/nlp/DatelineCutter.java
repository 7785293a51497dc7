package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Finds the datelines that open a report ("KYIV, March 14 (Reuters) - Russian forces shelled ...") so that they stand
 * as sentences of their own: the sentence splitter leaves a dateline glued to the lead sentence, where the parser
 * takes its place name for the subject and attribution takes it into a statement's content. The pattern and its
 * conditions are in {@code /sitrep/nlp/dateline.txt}. A dateline is looked for only at the start of a line. Immutable.
 */
final class DatelineCutter {
  static final String RESOURCE = "/sitrep/nlp/dateline.txt";

  private final Pattern dateline;

  DatelineCutter() {
    StringBuilder regex = new StringBuilder();
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) regex.append(l.text()).append('\n');
    dateline = Pattern.compile(regex.toString(), Pattern.COMMENTS);
  }

  /**
   * Token indices in {@code tokens} (one sentence of {@code text}) where a new sentence starts because a dateline
   * begins or ends there; ascending, never 0 or {@code tokens.size()}. Empty for most sentences.
   */
  List<Integer> cuts(String text, List<CoreLabel> tokens) {
    if (tokens.size() < 2) return List.of();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    List<Integer> cuts = new ArrayList<>();
    for (int at = begin; at >= 0 && at < end; at = nextLineStart(text, at, end)) {
      if (at > begin || lineStart(text, begin)) {
        int stop = datelineEnd(text, at, end);
        if (stop > 0) {
          addCut(cuts, tokenAt(tokens, at), tokens.size());
          addCut(cuts, tokenAt(tokens, stop), tokens.size());
        }
      }
    }
    return cuts;
  }

  /** Where the dateline starting at {@code at} ends, or -1 when none starts there or nothing follows it. */
  private int datelineEnd(String text, int at, int end) {
    Matcher m = dateline.matcher(text).region(at, end);
    if (!m.lookingAt()) return -1;
    boolean dash = m.group("dash") != null || m.group("dashOnly") != null;
    boolean paren = m.group("paren") != null;
    if (m.group("titleCase") != null && !paren) return -1;
    if (!dash && !m.group("inParen").chars().anyMatch(Character::isDigit) && !lineBreakAfter(text, m.end(), end)) return -1;
    return text.substring(m.end(), end).isBlank() ? -1 : m.end();
  }

  private static boolean lineStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (lineBreak(c)) return true;
      if (c != ' ' && c != '\t') return false;
    }
    return true;
  }

  /** The first non-blank character after the next line break in [from, end), or -1. */
  private static int nextLineStart(String text, int from, int end) {
    int i = from;
    while (i < end && !lineBreak(text.charAt(i))) i++;
    while (i < end && Character.isWhitespace(text.charAt(i))) i++;
    return i < end ? i : -1;
  }

  private static boolean lineBreakAfter(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (lineBreak(c)) return true;
      if (c != ' ' && c != '\t' && c != '\u00a0') return false;
    }
    return false;
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** The index of the first token starting at or after {@code offset}. */
  private static int tokenAt(List<CoreLabel> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).beginPosition() >= offset) return i;
    return tokens.size();
  }

  private static void addCut(List<Integer> cuts, int cut, int size) {
    if (cut <= 0 || cut >= size || !cuts.isEmpty() && cuts.get(cuts.size() - 1) >= cut) return;
    cuts.add(cut);
  }
}
