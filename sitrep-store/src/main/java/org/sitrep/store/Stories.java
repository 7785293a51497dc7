package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stored articles report one happening: article-level stories over the event clusters. An article is about its
 * lead events ({@link LeadEvents}: its headline's, else its first sentence's with any); a story is the cluster of some
 * article's lead event, and an article is in it when one of its events in that cluster is news to it: a lead event,
 * or an event dated from {@code recentDays} before its publication up to that day. A call that recalls last month's
 * talks, or a news conference that announces tomorrow's visit, mentions those events without reporting them: the
 * clusters keep such mentions as evidence of the event, the stories leave the articles out. An article may be in
 * several stories; stories are not joined through an article in two of them (no single-link chaining, for the
 * reason {@link Clusterer} keeps apart what a vague report would chain).
 */
public final class Stories {
  /** Three days: the calls and statements that follow a round of talks tell of it for a few days. */
  public static final int RECENT_DAYS = 3;

  private final int recentDays;

  public Stories(int recentDays) {
    if (recentDays < 0) throw new IllegalArgumentException("recentDays must not be negative, got " + recentDays);
    this.recentDays = recentDays;
  }

  /** One event of an article as stories see it: its cluster, whether it leads, and the days it covers (nullable). */
  record Mention(long cluster, boolean lead, LocalDate start, LocalDate end) {}

  /** An article's key, publication date (nullable) and events. */
  record Reporting(long article, LocalDate published, List<Mention> mentions) {}

  /** Article id to the stories it is in (cluster ids) for every stored article, after {@link Clusterer#recluster}. */
  public Map<String, Set<Long>> of(Store store) {
    List<Reporting> all = new ArrayList<>();
    Map<Long, String> ids = new LinkedHashMap<>();
    store.forEachArticle(s -> {
      ids.put(s.pk(), s.article().id());
      all.add(reporting(s));
    });
    Map<Long, Set<Long>> stories = link(all);
    Map<String, Set<Long>> out = new LinkedHashMap<>();
    for (Map.Entry<Long, String> e : ids.entrySet()) out.put(e.getValue(), stories.get(e.getKey()));
    return out;
  }

  private static Reporting reporting(StoredArticle s) {
    Set<Integer> lead = new HashSet<>(LeadEvents.of(s.extraction()));
    LocalDate published = s.article().published();
    JsonNode events = s.extraction().path("events");
    List<Mention> mentions = new ArrayList<>();
    for (StoredArticle.EventRef r : s.events()) {
      if (r.cluster() == null) continue;
      // Dated as the events table dates it: its own time, else the article's publication.
      DateRange d = DateRange.parse(ExtractionRows.text(events.path(r.idx()).path("time"), "value"));
      if (d == null && published != null) d = DateRange.day(published);
      mentions.add(new Mention(r.cluster(), lead.contains(r.idx()), d == null ? null : d.start(), d == null ? null : d.end()));
    }
    return new Reporting(s.pk(), published, mentions);
  }

  /** Article key to the stories it is in, as the class comment says; an article with no story maps to an empty set. */
  Map<Long, Set<Long>> link(List<Reporting> articles) {
    Set<Long> led = new HashSet<>();
    for (Reporting a : articles) for (Mention m : a.mentions()) if (m.lead()) led.add(m.cluster());
    Map<Long, Set<Long>> out = new LinkedHashMap<>();
    for (Reporting a : articles) {
      Set<Long> in = new TreeSet<>();
      for (Mention m : a.mentions()) if (led.contains(m.cluster()) && news(a, m)) in.add(m.cluster());
      out.put(a.article(), in);
    }
    return out;
  }

  private boolean news(Reporting a, Mention m) {
    if (m.lead()) return true;
    if (a.published() == null || m.start() == null) return false;
    return !m.end().isBefore(a.published().minusDays(recentDays)) && !m.start().isAfter(a.published());
  }
}
