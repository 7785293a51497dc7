package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sitrep.core.model.Span;
import org.sitrep.core.time.TimeLexicon.TimePattern;

/**
 * Finds time expressions in a stretch of text with the patterns of patterns.tsv. Overlapping matches are settled
 * longest first ("late May 2023" over "May 2023"), ties by pattern order. CoreNLP's DATE runs are the second signal:
 * they license bare months and years, and a worded DATE run no pattern explains is kept as {@link MentionKind#OTHER}.
 */
final class TimeRecognizer {
  private final TimeLexicon lexicon;

  TimeRecognizer(TimeLexicon lexicon) { this.lexicon = lexicon; }

  /** Mentions inside {@code region} of {@code text}, in text order; {@code nerDates} are CoreNLP DATE runs (may be empty). */
  List<TimeMention> find(String text, Span region, List<Span> nerDates) {
    List<Candidate> candidates = new ArrayList<>();
    List<TimePattern> patterns = lexicon.mayHoldTime(text, region.start(), region.end()) ? lexicon.patterns() : List.of();
    for (int p = 0; p < patterns.size(); p++) {
      TimePattern pattern = patterns.get(p);
      Matcher m = pattern.regex().matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true); // lookbehinds such as "(?<=\bin\s)May" may see the word before the region
      while (m.find()) {
        if (m.end() == m.start()) continue;
        Span span = new Span(m.start(), m.end());
        if (pattern.needsNerDate() && nerDates.stream().noneMatch(d -> d.contains(span))) continue;
        Map<String, String> groups = new HashMap<>();
        for (String g : pattern.groups()) if (m.group(g) != null) groups.put(g, m.group(g));
        if (!plausible(groups)) continue;
        candidates.add(new Candidate(new TimeMention(span, pattern.kind(), groups), p));
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.mention.span().length()).thenComparingInt(c -> c.order));
    List<TimeMention> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().noneMatch(t -> t.span().overlaps(c.mention.span()))) chosen.add(c.mention);
    }
    for (Span d : nerDates) {
      // A run without letters is a number CoreNLP took for a year ("1173" in a list of report numbers).
      boolean wordy = d.coveredText(text).chars().anyMatch(Character::isLetter);
      if (wordy && region.contains(d) && chosen.stream().noneMatch(t -> t.span().overlaps(d))) {
        chosen.add(new TimeMention(d, MentionKind.OTHER, Map.of()));
      }
    }
    chosen.sort(Comparator.comparing(TimeMention::span));
    return chosen;
  }

  /** Rejects matches whose words the lexicon cannot read, e.g. a count word that is not a number ("a few"). */
  private boolean plausible(Map<String, String> groups) {
    String count = groups.get("count");
    return count == null || lexicon.count(count) != null;
  }

  private record Candidate(TimeMention mention, int order) {}
}
