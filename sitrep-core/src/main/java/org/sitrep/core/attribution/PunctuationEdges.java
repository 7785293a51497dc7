package org.sitrep.core.attribution;

import org.sitrep.core.model.Span;

/**
 * Punctuation at the edges of a draft's speaker and cue, as attribution corpora mark it (PolNeAR: the colon that
 * introduces what was said belongs to the cue, "said:"; the comma closing a speaker's apposition or relative clause
 * belongs to the speaker, "Anna Petrova, the mayor's spokeswoman, said"). Reads characters only.
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
    if (cue == d.cue() && speaker == d.speaker()) return d;
    return new Draft(d.sentence(), cue, d.cueLemma(), d.entry(), speaker, d.content(), d.medium(), d.direct(), d.target());
  }

  /** A comma right after the speaker, then only spaces up to the cue, with a comma inside the speaker before it. */
  private static boolean closesApposition(String text, Span speaker, int cueStart) {
    if (text.charAt(speaker.end()) != ',') return false;
    for (int k = speaker.end() + 1; k < cueStart; k++) if (!Character.isWhitespace(text.charAt(k))) return false;
    return speaker.coveredText(text).contains(",") || speaker.coveredText(text).contains(" who ");
  }
}
