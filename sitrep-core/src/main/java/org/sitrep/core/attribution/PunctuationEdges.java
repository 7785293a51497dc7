package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Span;

/**
 * Punctuation at the edges of a draft's speaker and cue, as attribution corpora mark it (PolNeAR: the colon that
 * introduces what was said belongs to the cue, "said:"; the comma closing a speaker's apposition or relative clause
 * belongs to the speaker, "Anna Petrova, the mayor's spokeswoman, said"; content keeps the closing mark of a quotation
 * it opened). Reads characters only.
 */
final class PunctuationEdges {
  private PunctuationEdges() {}

  static Draft apply(Draft d, String text) {
    Span cue = d.cue();
    boolean contentAfter = !d.content().isEmpty() && d.content().get(0).start() > cue.end();
    if (contentAfter && cue.end() < text.length() && text.charAt(cue.end()) == ':' && !cue.coveredText(text).equals(":")) {
      cue = new Span(cue.start(), cue.end() + 1);
    }
    Mention speaker = d.speaker();
    if (speaker != null && speaker.span().end() < cue.start() && closesApposition(text, speaker.span(), cue.start())) {
      speaker = new Mention(speaker.sentence(), new Span(speaker.span().start(), speaker.span().end() + 1), speaker.head(),
          speaker.name(), speaker.role());
    }
    List<Span> content = new ArrayList<>();
    for (Span c : d.content()) content.add(withClosingQuote(c, text));
    if (cue == d.cue() && speaker == d.speaker() && content.equals(d.content())) return d;
    return new Draft(d.sentence(), cue, d.cueLemma(), d.entry(), speaker, content, d.medium(), d.direct(), d.target());
  }

  /**
   * Content that leaves a quotation it opened unclosed ("schedule ‘cherry-picked") runs on through the punctuation to
   * the closing mark ("schedule ‘cherry-picked.’"): a quotation is kept whole, its closing punctuation with it.
   */
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

  /** A comma right after the speaker, then only spaces up to the cue, with a comma inside the speaker before it. */
  private static boolean closesApposition(String text, Span speaker, int cueStart) {
    if (text.charAt(speaker.end()) != ',') return false;
    for (int k = speaker.end() + 1; k < cueStart; k++) if (!Character.isWhitespace(text.charAt(k))) return false;
    return speaker.coveredText(text).contains(",") || speaker.coveredText(text).contains(" who ");
  }
}
