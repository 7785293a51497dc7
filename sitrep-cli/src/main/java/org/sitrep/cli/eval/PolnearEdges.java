package org.sitrep.cli.eval;

import org.sitrep.core.model.Span;

/**
 * PolNeAR's edge punctuation, applied to predicted spans before they are scored. Sitrep's spans leave punctuation at
 * a speaker's or cue's edge out; PolNeAR's annotators put the comma that closes an appositive source inside the
 * source ("Anna Petrova, the mayor's spokeswoman, said": 762 of 831 such sources in the train split) and the colon
 * after a cue inside the cue ("said:": 367 of 385). Counting those as misses would measure punctuation, not attribution.
 */
final class PolnearEdges {
  private PolnearEdges() {}

  /** The speaker with the comma that closes its apposition, when only spaces lie between that comma and the cue. */
  static Span source(Span speaker, Span cue, String text) {
    if (speaker.end() >= cue.start() || text.charAt(speaker.end()) != ',') return speaker;
    for (int k = speaker.end() + 1; k < cue.start(); k++) if (!Character.isWhitespace(text.charAt(k))) return speaker;
    String covered = speaker.coveredText(text);
    return covered.contains(",") || covered.contains(" who ") ? new Span(speaker.start(), speaker.end() + 1) : speaker;
  }

  /** The cue with the colon right after it, when what was said follows. */
  static Span cue(Span cue, Span content, String text) {
    boolean after = content != null && content.start() > cue.end();
    return after && cue.end() < text.length() && text.charAt(cue.end()) == ':' && !cue.coveredText(text).equals(":")
        ? new Span(cue.start(), cue.end() + 1) : cue;
  }
}
