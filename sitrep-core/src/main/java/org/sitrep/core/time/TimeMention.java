package org.sitrep.core.time;

import java.util.Map;
import org.sitrep.core.model.Span;

/** A recognised, not yet resolved time expression: its span, its kind and the pattern's named groups that matched. */
record TimeMention(Span span, MentionKind kind, Map<String, String> groups) {
  TimeMention {
    groups = Map.copyOf(groups);
  }

  /** The group's text, or null when the pattern has no such group or it did not take part in the match. */
  String group(String name) { return groups.get(name); }
}
