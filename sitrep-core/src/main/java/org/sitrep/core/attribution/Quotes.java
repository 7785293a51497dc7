package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;

/**
 * The quoted stretches of an article, quote marks included, read from the characters: curly quotes by their
 * direction, straight double quotes alternately opening and closing within a paragraph (CoreNLP's quote tags are
 * unreliable on straight quotes: '"We hold," the mayor said, "..."' gets two opening tags). A quote may run over
 * several sentences. Two apostrophes count as a straight double quote, two backquotes as an opening one (archive and
 * typewriter styles). Single quotes are left alone: "’" is mostly an apostrophe.
 */
final class Quotes {
  private final List<Span> spans;
  private final String text;

  Quotes(List<Sentence> sentences, String text) {
    this.text = text;
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = -1; // a quote left open at a paragraph end is closed by the next paragraph's opening mark
      } else if (c == '\u201C' || c == '\u201E') {
        open = i;
      } else if (c == '\u201D' && open >= 0) {
        out.add(new Span(open, i + 1));
        open = -1;
      } else if (c == '"' || doubled(i, '\'')) {
        // Two apostrophes are one straight double quote in some archives' style (''We will,'' he said).
        int end = c == '"' ? i + 1 : i + 2;
        if (open >= 0) {
          out.add(new Span(open, end));
          open = -1;
        } else {
          open = i;
        }
        i = end - 1;
      } else if (doubled(i, '`')) {
        open = i; // ``...'': two backquotes open a quotation in typewriter style
        i++;
      }
    }
    spans = List.copyOf(out);
  }

  private boolean doubled(int i, char mark) {
    return text.charAt(i) == mark && i + 1 < text.length() && text.charAt(i + 1) == mark;
  }

  List<Span> all() { return spans; }

  /** The quote containing {@code span}, or null. */
  Span around(Span span) {
    for (Span q : spans) if (q.contains(span)) return q;
    return null;
  }

  /**
   * The quote that ends inside {@code sentence} and right before {@code offset}, with only spaces, commas or dashes
   * between: '"...," the mayor said'. A quoted question or exclamation may end the sentence before instead: the
   * splitter ends a sentence at '?”', so in '“Will it hold?” the mayor asked.' the quote and its cue lie apart.
   */
  Span endingBefore(Sentence sentence, int offset) {
    Span best = null;
    for (Span q : spans) {
      boolean inSentence = q.end() > sentence.span().start() || endsAsking(q);
      if (q.end() <= offset && inSentence && gapIsPunctuation(q.end(), offset)) best = q;
    }
    return best;
  }

  /** Whether the quotation's words end with a question or exclamation mark, inside its closing mark. */
  private boolean endsAsking(Span q) {
    int k = q.end() - 1;
    while (k > q.start() && "\"\u201D'".indexOf(text.charAt(k)) >= 0) k--;
    return k > q.start() && (text.charAt(k) == '?' || text.charAt(k) == '!');
  }

  /** The quote that starts inside {@code sentence} right after {@code offset}: 'the mayor said: "..."'. */
  Span startingAfter(Sentence sentence, int offset) {
    for (Span q : spans) {
      if (q.start() >= offset && sentence.span().contains(q.start()) && gapIsPunctuation(offset, q.start())) return q;
    }
    return null;
  }

  /**
   * {@code span} widened to the marks of a quote it opens or closes but leaves cut, when only punctuation lies
   * between: 'has “always run a lean campaign' becomes 'has “always run a lean campaign.”'; or to the end of a quotation
   * that goes on past the end ({@code sentenceEnd}) of the sentence it opens in.
   */
  Span withMarks(Span span, int sentenceEnd) {
    int start = span.start(), end = span.end();
    for (Span q : spans) {
      if (q.start() >= start && q.start() < end && q.end() > end && onlyPunctuation(end, q.end())) end = q.end();
      // 'Obama "knows full well that ... Still, he ..."': a quotation opened in content that reaches its sentence's
      // end runs on, over the next sentences, to its closing mark.
      else if (q.start() >= start && q.start() < end && q.end() > sentenceEnd && onlyPunctuation(end, sentenceEnd)) end = q.end();
      if (q.end() > start && q.end() <= end && q.start() < start && onlyPunctuation(q.start(), start)) start = q.start();
    }
    return start == span.start() && end == span.end() ? span : new Span(start, end);
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) return false;
    }
    return true;
  }

  private boolean gapIsPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != ':' && c != '-' && c != '\u2014' && c != '\u2013') return false;
    }
    return true;
  }
}
