package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Sentence ends hidden in a clock time: "Residents heard gunfire from around 5 a.m. Flights were suspended." CoreNLP's
 * splitter keeps the full stop inside "a.m." and joins the two sentences, so the second one's speaker and events are
 * read as part of the first. A capitalised word after "a.m." or "p.m." opens a new sentence unless it is a time zone,
 * day or month ({@code clock_followers.txt}) or a place naming the clock ("7 a.m. Moscow time").
 */
final class ClockEnds {
  private static final String RESOURCE = "/sitrep/nlp/clock_followers.txt";
  private final Set<String> followers = new HashSet<>();

  ClockEnds() {
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) followers.add(l.text().strip().toLowerCase(Locale.ROOT));
  }

  /** Token indices (exclusive ends) after which a new sentence starts, in order. */
  List<Integer> cuts(List<CoreLabel> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals("a.m.") && !w.equals("p.m.")) continue;
      String next = tokens.get(i + 1).word();
      if (next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || followers.contains(next.toLowerCase(Locale.ROOT))) continue;
      if (i + 2 < tokens.size() && tokens.get(i + 2).word().equalsIgnoreCase("time")) continue;
      out.add(i + 1);
    }
    return out;
  }
}
