package org.sitrep.core.attribution;

import java.util.List;
import org.sitrep.core.model.Span;

/**
 * An attribution found in one sentence before its speaker is resolved and its stance judged. Token indices are
 * within sentence {@code sentence}; spans are article offsets. {@code speaker}, {@code medium} and {@code target}
 * are nullable.
 */
record Draft(int sentence, Span cue, String cueLemma, CueLexicon.Cue entry, Mention speaker, List<Span> content,
             Span medium, boolean direct, Mention target) {
  Draft {
    content = List.copyOf(content);
  }

  Draft withContent(List<Span> newContent, boolean newDirect) {
    return new Draft(sentence, cue, cueLemma, entry, speaker, newContent, medium, newDirect, target);
  }
}
