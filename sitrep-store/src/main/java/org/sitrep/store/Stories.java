package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stored articles report one happening: article-level stories over the event clusters. An article is about its
 * lead events ({@link LeadEvents}: its headline's, else its first sentence's with any); it joins the story of another
 * article when one of its events shares a cluster with the other's lead event and is news to it: a lead event itself,
 * or an event dated from {@code recentDays} before its publication up to that day. A call that recalls last month's
 * talks, or a news conference that announces tomorrow's visit, mentions those events without reporting them: the
 * clusters link such mentions as evidence of the event, the stories do not join the articles. Stories are single
 * link over articles; each is named by the smallest article key in it.
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

  /** Article id to story id for every stored article, after {@link Clusterer#recluster}. */
  public Map<String, Long> of(Store store) {
    List<Reporting> all = new ArrayList<>();
    Map<Long, String> ids = new LinkedHashMap<>();
    store.forEachArticle(s -> {
      ids.put(s.pk(), s.article().id());
      all.add(reporting(s));
    });
    Map<Long, Long> story = link(all);
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<Long, String> e : ids.entrySet()) out.put(e.getValue(), story.get(e.getKey()));
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

  /** Article key to story id: the articles linked as the class comment says, single link. */
  Map<Long, Long> link(List<Reporting> articles) {
    Map<Long, Long> root = new HashMap<>();
    for (Reporting a : articles) root.put(a.article(), a.article());
    Map<Long, List<Long>> leadsOf = new HashMap<>();
    for (Reporting a : articles) {
      for (Mention m : a.mentions()) if (m.lead()) leadsOf.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(a.article());
    }
    for (Reporting a : articles) {
      for (Mention m : a.mentions()) {
        if (!news(a, m)) continue;
        for (long other : leadsOf.getOrDefault(m.cluster(), List.of())) union(root, a.article(), other);
      }
    }
    Map<Long, Long> out = new HashMap<>();
    for (Reporting a : articles) out.put(a.article(), find(root, a.article()));
    return out;
  }

  private boolean news(Reporting a, Mention m) {
    if (m.lead()) return true;
    if (a.published() == null || m.start() == null) return false;
    return !m.end().isBefore(a.published().minusDays(recentDays)) && !m.start().isAfter(a.published());
  }

  private static long find(Map<Long, Long> root, long a) {
    long r = a;
    while (root.get(r) != r) r = root.get(r);
    root.put(a, r);
    return r;
  }

  private static void union(Map<Long, Long> root, long a, long b) {
    long ra = find(root, a);
    long rb = find(root, b);
    if (ra != rb) root.put(Math.max(ra, rb), Math.min(ra, rb));
  }
}
