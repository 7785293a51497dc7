package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * "A residential building was damaged in the attack", "The strike came two days after ...": a definite noun naming an
 * event of a type the article has already reported, with no one doing or suffering it in its own words, refers back
 * to that event. Coding it again would add a second event with no actors, and for ACLED-style counts a second attack.
 */
final class AnaphoricMentions {
  /**
   * Determiners that point back ("the attack", "this strike"): the modality stage's list of determiners that pick out
   * particular events, one resource for both.
   */
  private static final String BACK_RESOURCE = "/sitrep/modality/definite_determiners.txt";

  private final Set<String> back = new HashSet<>();

  AnaphoricMentions() {
    for (ResourceLines.Line l : ResourceLines.read(BACK_RESOURCE)) back.add(l.text().strip().toLowerCase(Locale.ROOT));
  }
  /** Words that may stand between the determiner and the noun: "the drone attack", "the deadly overnight strike". */
  private static final Set<String> BETWEEN_TAGS = Set.of("JJ", "JJS", "JJR", "NN", "NNS", "VBN", "HYPH", "RB");
  /** How many words may stand between. */
  private static final int MAX_BETWEEN = 3;

  /** {@code events} in text order without the back-references to an earlier event of their type. */
  List<Event> drop(List<Event> events, List<Sentence> sentences) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!refersBack(e, sentences) || out.stream().noneMatch(earlier -> sameType(earlier, e))) out.add(e);
    }
    return out;
  }

  private static boolean sameType(Event earlier, Event e) {
    return earlier.code().plover().equals(e.code().plover()) && earlier.trigger().end() <= e.trigger().start();
  }

  private boolean refersBack(Event e, List<Sentence> sentences) {
    if (!e.actors().isEmpty() || !e.recipients().isEmpty()) return false;
    Sentence s = Sentence.containing(sentences, e.trigger());
    if (s == null) return false;
    int first = s.tokenAt(e.trigger().start());
    // singular only: "the bombardments" more often sums up a kind of event than it points back at one
    if (first < 0 || !"NN".equals(s.tokens().get(s.tokenAt(e.trigger().end() - 1)).tag())) return false;
    for (int k = first - 1, between = 0; k >= 0 && between <= MAX_BETWEEN; k--, between++) {
      Token t = s.tokens().get(k);
      if (back.contains(t.word().toLowerCase(Locale.ROOT))) return true;
      if (!BETWEEN_TAGS.contains(t.tag())) return false;
    }
    return false;
  }
}
