package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.geo.Gazetteer.MatchType;
import org.sitrep.core.geo.GazetteerEntry.Kind;
import org.sitrep.core.model.Place;

/**
 * Picks one gazetteer entry per mention, or none. Candidates are scored by population, feature (capital over
 * regional seat over village), how the name matched (main over alternate), agreement with the countries and regions
 * the rest of the article names, and "X, Y" qualifiers. Three passes: the first scores every mention with what the
 * other names could mean (the counties their readings lie in) and the article's demonyms, each later one with the
 * countries, regions and places the pass before chose for the other names. A name keeps one sense per article.
 * Abstains when the best candidate is weak or as good as a distant rival. Candidates' features are taken once per
 * article ({@link CandidateFeatures}); the passes count in arrays ({@link ResolutionContext}, {@link Support}).
 */
final class ToponymResolver {
  /** Below this a candidate is a small village with no support from the text: better no place than a wrong one. */
  private static final double MIN_SCORE = 3.2;
  private static final double MIN_SCORE_LOCATION = 2.6;
  /** Rivals closer in score than this and further apart than {@link #RIVAL_KM} make the mention ambiguous. */
  private static final double RIVAL_MARGIN = 0.05;
  private static final double RIVAL_KM = 300;
  private static final double NEAR_KM = ResolutionContext.NEAR_KM;
  /** Passes with the previous pass's choices as context, after the first. */
  private static final int CONTEXT_PASSES = 2;
  private static final double DISTRICT_SUPPORT = 2.0;
  private static final double REGION_SUPPORT = 1.5;
  private static final double COUNTRY_SUPPORT = 1.0;

  private final Gazetteer gazetteer;
  private final NameCues cues;

  ToponymResolver(Gazetteer gazetteer) { this(gazetteer, NameCues.loadBundled()); }

  ToponymResolver(Gazetteer gazetteer, NameCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  /** A candidate chosen, with its score: candidate {@code index} of {@code features}. */
  record Scored(CandidateFeatures features, int index, double score) {
    GazetteerEntry entry() { return features.entry(index); }
  }

  /**
   * What resolving a mention depends on besides the article: mentions with equal readings get the same candidates
   * and, in one pass, the same place, so each reading is filtered and scored once per pass ("Kherson" named twenty
   * times is one question).
   */
  private record Reading(String key, Mention.Cue cue, boolean nerLocation, boolean weak, List<Candidate> candidates) {
    static Reading of(Mention m) { return new Reading(m.key(), m.cue(), m.nerLocation(), m.weak(), m.candidates()); }

    // Without the candidates: hashing each candidate entry field by field would cost more than the scoring it saves,
    // and mentions of one key nearly always share them; equals still compares them.
    @Override
    public int hashCode() { return ((key.hashCode() * 31 + cue.ordinal()) * 2 + (nerLocation ? 1 : 0)) * 2 + (weak ? 1 : 0); }
  }

  /** A reading with the "X, Y" qualifier its mention has, if any: the unit of scoring. */
  private record Question(Reading reading, GazetteerEntry qualifier) {
    @Override
    public int hashCode() { return reading.hashCode() * 31 + System.identityHashCode(qualifier); }
  }

  /** A name's sense in the article: one place per name and cue. */
  private record SenseKey(String key, Mention.Cue cue) {}

  /**
   * Everything about the article's mentions that no pass changes, worked out once: each mention's candidates with
   * their features, its name's number, its question's number and its qualifier.
   */
  private final class Article {
    final int n;
    final CodeIds ids = new CodeIds();
    final int[] demonymCountries;
    final CandidateFeatures[] features;
    final int[] keys, questions;
    final int keyCount, questionCount;
    final GazetteerEntry[] qualifiers;

    Article(String text, List<Mention> mentions, Map<String, Integer> demonyms) {
      n = mentions.size();
      int[] demonymIds = new int[demonyms.size()];
      int[] demonymCounts = new int[demonyms.size()];
      int d = 0;
      for (Map.Entry<String, Integer> e : demonyms.entrySet()) {
        demonymIds[d] = ids.country(e.getKey());
        demonymCounts[d++] = e.getValue();
      }
      demonymCountries = new int[ids.countries()];
      for (int i = 0; i < d; i++) demonymCountries[demonymIds[i]] += demonymCounts[i];
      features = new CandidateFeatures[n];
      Map<Reading, CandidateFeatures> byReading = new HashMap<>();
      List<List<Candidate>> filtered = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Mention m = mentions.get(i);
        features[i] = byReading.computeIfAbsent(Reading.of(m), r -> new CandidateFeatures(filter(m), ids));
        filtered.add(features[i].candidates);
      }
      qualifiers = qualifiers(text, mentions, filtered);
      keys = new int[n];
      questions = new int[n];
      Map<String, Integer> keyIds = new HashMap<>();
      Map<Question, Integer> questionIds = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Mention m = mentions.get(i);
        keys[i] = keyIds.computeIfAbsent(m.key(), k -> keyIds.size());
        questions[i] = questionIds.computeIfAbsent(new Question(Reading.of(m), qualifiers[i]), q -> questionIds.size());
      }
      keyCount = keyIds.size();
      questionCount = questionIds.size();
    }
  }

  List<Place> resolve(String text, List<Mention> mentions, Map<String, Integer> demonymCountries) {
    Article a = new Article(text, mentions, demonymCountries);
    int n = a.n;
    Support.Builder supportBuilder = new Support.Builder();
    for (int i = 0; i < n; i++) {
      // The first mention of a name gives its readings; a weak mention ("Webb Center") is no evidence of an area.
      if (!mentions.get(i).weak()) supportBuilder.add(mentions.get(i).key(), a.features[i]);
    }
    Support.Totals support = supportBuilder.build(a.ids);
    // The first pass reads what the other names could mean and the demonyms, no other name's choice: started from the
    // places each name has alone, names that agree only with each other's unchosen readings ("Huntsville" beside
    // "Walker County": both in Texas, though Huntsville, Alabama is larger) swap to each other's first choices pass
    // after pass and never meet.
    List<Scored> noChoices = new ArrayList<>(n);
    for (int i = 0; i < n; i++) noChoices.add(null);
    List<Scored> first = pass(a, mentions, noChoices, support, true, new HashMap<>());

    // Each pass scores every mention again with the places the previous pass chose for the other names: a town the
    // first pass put abroad can move home once its neighbours have.
    List<Scored> previous = first;
    Map<SenseKey, Scored> sense = new HashMap<>();
    for (int pass = 0; pass < CONTEXT_PASSES; pass++) {
      sense = new HashMap<>();
      previous = pass(a, mentions, previous, support, false, sense);
    }

    List<Place> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      Scored s = sense.getOrDefault(new SenseKey(m.key(), m.cue()), previous.get(i));
      if (s == null) continue;
      GazetteerEntry e = s.entry();
      String admin1 = e.kind() == Kind.COUNTRY ? null : e.admin1Name();
      out.add(new Place(m.span(), m.span().coveredText(text), e.name(), e.lat(), e.lon(), e.country(), admin1,
          e.geonameid(), e.featureCode()));
    }
    return out;
  }

  /**
   * One pass: every mention scored with the places {@code previous} chose for the other names; fills {@code sense}
   * with each name's sense.
   */
  private List<Scored> pass(Article a, List<Mention> mentions, List<Scored> previous, Support.Totals support,
                            boolean districtsOnly, Map<SenseKey, Scored> sense) {
    int n = a.n;
    ResolutionContext.Choices choices = new ResolutionContext.Choices(a.keys, a.keyCount, previous, a.demonymCountries, a.ids);
    List<Scored> current = new ArrayList<>(n);
    // The context depends only on the name, so it is built once per distinct name: an article naming places
    // thousands of times took minutes when every mention rebuilt it from every other mention.
    ResolutionContext[] contexts = new ResolutionContext[a.keyCount];
    Scored[] answers = new Scored[a.questionCount];
    boolean[] answered = new boolean[a.questionCount];
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      int key = a.keys[i];
      if (contexts[key] == null) {
        contexts[key] = choices.context(key, districtsOnly ? support.districtsWithout(m.key()) : support.without(m.key()));
      }
      Scored s = answer(answers, answered, a, i, m, contexts[key]);
      current.add(s);
      SenseKey senseKey = new SenseKey(m.key(), m.cue());
      if (s != null && !m.weak() && (!sense.containsKey(senseKey) || a.qualifiers[i] != null)) sense.put(senseKey, s);
    }
    // A weak mention gives the name its sense only when no other mention did: "Torrington Police" is the Torrington
    // the article names elsewhere.
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      if (m.weak() && current.get(i) != null) sense.putIfAbsent(new SenseKey(m.key(), m.cue()), current.get(i));
    }
    return current;
  }

  /**
   * The best place for mention {@code i}, scored once per pass for its question and remembered (null, an abstention,
   * too); a null context is none: each candidate by its prior alone.
   */
  private Scored answer(Scored[] answers, boolean[] asked, Article a, int i, Mention m, ResolutionContext ctx) {
    int q = a.questions[i];
    if (!asked[q]) {
      answers[q] = best(a.features[i], m, ctx, a.qualifiers[i]);
      asked[q] = true;
    }
    return answers[q];
  }

  /** The candidates the mention's cue allows. */
  private List<Candidate> filter(Mention m) {
    List<Candidate> out = new ArrayList<>();
    switch (m.cue()) {
      case REGION -> {
        for (Candidate c : m.candidates()) if (c.entry().kind() == Kind.ADMIN1) out.add(c);
        if (out.isEmpty()) for (Candidate c : m.candidates()) if (c.entry().kind() == Kind.ADMIN2) out.add(c);
        // "the Moscow region" is Moscow Oblast, not the federal city that GeoNames also files as an admin1 "Moscow":
        // prefer regions whose full name carries a designator the mention left out.
        if (out.stream().anyMatch(c -> c.match() == MatchType.REGION_BASE)) {
          out.removeIf(c -> c.match() != MatchType.REGION_BASE && gazetteer.lookup(Gazetteer.key(c.entry().name())).stream()
              .anyMatch(o -> o.entry().kind() == Kind.POPULATED_PLACE && o.entry().admin1Code() != null
                  && o.entry().admin1Code().equals(c.entry().admin1Code())));
        }
        if (out.isEmpty()) for (Candidate c : m.candidates()) if (c.entry().kind() == Kind.COUNTRY) out.add(c);
        // "the Donbas region", "the Black Sea region": an area that is no admin unit is the region meant.
        if (out.isEmpty()) for (Candidate c : m.candidates()) if (c.entry().kind() == Kind.AREA) out.add(c);
        if (out.isEmpty()) {
          // "the Bakhmut region": no admin1 is called that, so it is the region the town lies in.
          for (Candidate c : m.candidates()) {
            GazetteerEntry region = gazetteer.region(c.entry().admin1Code());
            if (c.entry().kind() == Kind.POPULATED_PLACE && region != null) out.add(new Candidate(region, c.match()));
          }
        }
      }
      case AREA -> {
        for (Candidate c : m.candidates()) if (c.entry().kind() == Kind.POPULATED_PLACE && c.match() != MatchType.REGION_BASE) out.add(c);
        if (out.isEmpty()) for (Candidate c : m.candidates()) if (c.match() != MatchType.REGION_BASE) out.add(c);
      }
      case NONE -> {
        // A region's name without its designator ("Borno" for Borno State, "Gwinnett" for Gwinnett County) may name the
        // region when tagged as a place ("Carter" is more often a person, "Love" a word) and not a river's or a sea's
        // ("Red River", "the Gulf"): a first-level region always competes (the bare-name rule below still gives
        // "Kherson" to the city), a lesser one only when no town or other place bears the name.
        boolean regionBase = m.nerLocation() && !m.weak() && !cues.endsInFeatureHead(m.key());
        for (Candidate c : m.candidates()) {
          if (c.match() != MatchType.REGION_BASE || regionBase && c.entry().kind() == Kind.ADMIN1) out.add(c);
        }
        if (out.isEmpty() && regionBase) out.addAll(m.candidates());
        // Bare-name rule: "Kharkiv" and "Moscow" are the cities, not the regions named after them.
        Set<String> namesakeRegions = new HashSet<>();
        for (Candidate o : out) if (namesakeCity(o)) namesakeRegions.add(o.entry().admin1Code());
        if (!namesakeRegions.isEmpty()) out.removeIf(c -> isRegion(c.entry()) && namesakeRegions.contains(c.entry().admin1Code()));
      }
    }
    return out;
  }

  private static boolean isRegion(GazetteerEntry e) { return e.kind() == Kind.ADMIN1 || e.kind() == Kind.ADMIN2; }

  /**
   * A city that bears the name as its own main name: a region of the same name in the city's admin1 region is
   * named after it.
   */
  private static boolean namesakeCity(Candidate city) {
    return city.entry().kind() == Kind.POPULATED_PLACE && city.match() == MatchType.MAIN && city.entry().admin1Code() != null;
  }

  /** "Alexandria, Louisiana" / "Pokrovsk, Donetsk region": the second names the country or region of the first. */
  private static GazetteerEntry[] qualifiers(String text, List<Mention> mentions, List<List<Candidate>> filtered) {
    GazetteerEntry[] out = new GazetteerEntry[mentions.size()];
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i), b = mentions.get(i + 1);
      if (a.sentence() != b.sentence() || b.span().start() < a.span().end() || !text.substring(a.span().end(), b.span().start()).strip().equals(",")) continue;
      for (Candidate q : filtered.get(i + 1)) {
        Kind k = q.entry().kind();
        if (k != Kind.COUNTRY && k != Kind.ADMIN1) continue; // "Odessa, Texas", "Kramatorsk, Ukraine"
        for (Candidate c : filtered.get(i)) {
          if (contains(q.entry(), c.entry())) {
            out[i] = q.entry();
            break;
          }
        }
        if (out[i] != null) break;
      }
    }
    return out;
  }

  private static boolean contains(GazetteerEntry area, GazetteerEntry place) {
    if (area == place || area.country() == null || !area.country().equals(place.country())) return false;
    return area.kind() == Kind.COUNTRY || area.admin1Code() != null && area.admin1Code().equals(place.admin1Code());
  }

  private Scored best(CandidateFeatures f, Mention m, ResolutionContext ctx, GazetteerEntry qualifier) {
    Scored best = null, rival = null;
    for (int c = 0; c < f.size(); c++) {
      if (qualifier != null && !contains(qualifier, f.entry(c))) continue;
      if (m.weak() && !prominentOrNear(f, c, ctx)) continue;
      double s = (f.namesCountry ? namesakeOfCountryScore(f, c, ctx) : score(f, c, ctx)) + (qualifier != null ? 3 : 0);
      if (best == null || s > best.score()) {
        if (best != null && best.entry() != f.entry(c)) rival = best;
        best = new Scored(f, c, s);
      } else if (rival == null || s > rival.score()) {
        rival = new Scored(f, c, s);
      }
    }
    if (best == null || best.score() < (m.nerLocation() ? MIN_SCORE_LOCATION : MIN_SCORE)) return null;
    if (rival != null && best.score() - rival.score() < RIVAL_MARGIN
        && best.entry().kmTo(rival.entry().lat(), rival.entry().lon()) > RIVAL_KM) return null;
    return best;
  }

  /**
   * A reading a weak mention may have, by its main name: a country, first-level region, curated place, capital or
   * large city, or a place near the places of the article's other names (a local story names its own towns' schools
   * and police). Alternate names hold old and foreign names that are English words ("Passover", "Bush"): a weak
   * mention needs the place's own name.
   */
  private static boolean prominentOrNear(CandidateFeatures f, int c, ResolutionContext ctx) {
    if (f.prominent[c]) return true;
    return f.localMain[c] && ctx != null && ctx.nearestKm(f, c) < NEAR_KM;
  }

  /** Base-2 logarithms of small counts, looked up: the context terms take one per candidate and pass. */
  private static final double[] LOG2 = new double[256];
  static {
    for (int i = 1; i < LOG2.length; i++) LOG2[i] = Math.log(i) / Math.log(2);
  }

  private static double log2(int n) { return n < LOG2.length ? LOG2[n] : Math.log(n) / Math.log(2); }

  /** Candidate {@code c}'s score in this context (none: null): its prior plus what the article's other places say. */
  private static double score(CandidateFeatures f, int c, ResolutionContext ctx) {
    return ctx == null ? f.prior[c] : f.prior[c] + contextScore(f, c, ctx, false);
  }

  /** A candidate's score alone: population, feature type, curation and how it bears the name. */
  static double prior(GazetteerEntry e, MatchType match) {
    double s;
    switch (e.kind()) {
      case COUNTRY -> s = Math.log10(e.population() / 5.0 + 10) + 4;
      // A region's population is the sum over its member places; a fifth of it ranks regions fairly against cities.
      case ADMIN1 -> s = Math.log10(e.population() / 5.0 + 10) + 1.0;
      case ADMIN2 -> s = Math.log10(e.population() / 5.0 + 10) + 0.3;
      default -> {
        s = Math.log10(e.population() + 10);
        if (e.isCapital()) s += 2;
        else if (e.adminSeatLevel() == 1) s += 1.2;
        else if (e.adminSeatLevel() == 2) s += 0.6;
        else if (e.adminSeatLevel() > 2) s += 0.2;
      }
    }
    if (e.curated()) s += 1;
    // Alternate names include old and foreign names: "Pokrovsk" is also a former name of Engels.
    // ("Salisbury" is Harare's colonial name).
    if (match == MatchType.ALTERNATE) s -= 2.5;
    return s;
  }

  /**
   * "a bigger economy than Greece", "troops left Jordan": a country's name is the country even in an article full of
   * American places. A town named after it (Greece, New York; Palestine, Texas) is meant only when the article gives
   * local evidence, its neighbours or its county; then its country's and state's votes count too.
   */
  private static double namesakeOfCountryScore(CandidateFeatures f, int c, ResolutionContext ctx) {
    if (ctx == null || !f.local(c)) return score(f, c, ctx);
    double local = contextScore(f, c, ctx, true);
    return local > 0 ? score(f, c, ctx) : f.prior[c];
  }

  /**
   * What the article's other places add to a candidate's score. {@code localOnly} keeps only the local evidence:
   * other names in its county, other places near it.
   */
  private static double contextScore(CandidateFeatures f, int c, ResolutionContext ctx, boolean localOnly) {
    double s = 0;
    Support support = ctx.support();
    if (support.inDistrict(f.district[c]) > 0) s += DISTRICT_SUPPORT;
    // A town or county near the article's other places; regions and countries are too large for distance to tell.
    if (f.local(c)) {
      double km = ctx.nearestKm(f, c);
      if (km < 60) s += 1.5;
      else if (km < NEAR_KM) s += 0.8;
    }
    if (localOnly) return s;
    // The article's other places vote for their country and region; more votes, more weight, with diminishing returns.
    // A sea, an ocean or a continent lies in no one country but borders the article's: it agrees with the country the
    // article names most, or a town named after it ("the Atlantic" beside nine American places: Atlantic, Iowa)
    // would win on context alone.
    int country = f.country[c] >= 0 ? ctx.country(f.country[c]) : f.curated[c] ? ctx.topCountry() : 0;
    if (country > 0) s += 2.5 + log2(country) * 0.7;
    int region = ctx.region(f.region[c]);
    if (region > 0) s += 1.2 + log2(region) * 0.5;
    // The other names could name only places of this place's region or country ("Rapides Parish" is only in
    // Louisiana), or lie in its county (above: "Richmond" beside "Madison County" is the Kentucky town, seat of
    // Madison County, Kentucky): evidence from every reading of the other names, not only the one the first pass chose.
    s += REGION_SUPPORT * Math.min(1, support.region(f.region[c]));
    s += COUNTRY_SUPPORT * Math.min(1, support.country(f.country[c]));
    return s;
  }
}
