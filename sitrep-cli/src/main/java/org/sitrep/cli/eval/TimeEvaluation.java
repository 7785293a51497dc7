package org.sitrep.cli.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.actors.ActorStage;
import org.sitrep.core.geo.GeoStage;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.time.TimeStage;

/**
 * Start date and province of the main event of hand-labelled press releases (JSON Lines: {@code text},
 * {@code gold.start_date}, {@code gold.province}; no publication date, so the time stage anchors on each release's
 * dateline). Runs the nlp, actors, geo and time stages. The rules, also printed with the figures:
 * <ul>
 *   <li>Start date: the earliest resolved, specific day of the first body sentence (after the dateline, the
 *       parenthesised date that closes the header) that has one, else the dateline's own date. "Forces confirmed
 *       today the arrest of a leader on Sunday" reports on one day an event of another, so a date next to a reporting
 *       verb ("confirmed today") dates the report and is passed over, as is a date that modifies a noun ("the May 11
 *       attack", "Tuesday's raid"): it names an earlier event the sentence refers to, not the one it reports.</li>
 *   <li>Province: in the sentence that gave the start date (else the first body sentence naming a place in
 *       Afghanistan), a place that is itself a province ("Helmand province"), else the first place there with a
 *       first-level region. Neither a headline (a first line without a full stop, which sums up several operations)
 *       nor a dateline's place line ("KABUL, Afghanistan") gives the event's place, unless the body names none: then
 *       the place the release was filed from stands ("KUNDUZ, Afghanistan"). Names are compared as GeoNames admin1
 *       codes through {@link ProvinceNames}; labels naming no province ("", "southern afghanistan") are not
 *       scored.</li>
 * </ul>
 */
public final class TimeEvaluation {
  private TimeEvaluation() {}

  /** "the May 11 attack", "a June 2 raid": a determiner before the date, a lower-case word after it. */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i:\\b(?:the|a|an)\\s+)$");
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+\\p{Ll}");
  /** "Tuesday's raid". */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
  /** Verbs that report rather than do: a date right next to one ("confirmed today") dates the report. */
  private static final Set<String> REPORTING_LEMMAS = Set.of("confirm", "announce", "say", "report", "state");
  /** The rest of a dateline's place line after its first name: ", Afghanistan (Dec. 3". */
  private static final Pattern PLACE_LINE = Pattern.compile("[\\p{L} ,.'-]{0,40}\\(\\s*\\p{Lu}\\p{Ll}*\\.?\\s*\\d");
  private static final int PLACE_LINE_CHARS = 60;
  /** The first non-blank line, up to a line feed or a Unicode line or paragraph separator. */
  private static final Pattern HEADLINE = Pattern.compile("\\s*[^\\n\\r\\u2028\\u2029]*");
  /** Characters of a missed release's text shown in the misses list. */
  private static final int MISS_CHARS = 400;
  /** How far into a release a dateline may stand. */
  private static final int OPENING_CHARS = 600;

  /** What the evaluation reads off one release: its dateline (nullable), where the body starts, the guesses. */
  record Reading(TimeExpression dateline, int bodyStart, LocalDate start, Span eventSentence, Place place) {}

  /**
   * Scores the first {@code limit} releases of {@code file} (all when {@code limit <= 0}) and prints the figures, then
   * up to {@code misses} wrong or missing predictions with gold, guess and the release's opening.
   */
  public static void run(Path file, int limit, int misses, PrintStream out) {
    List<String> missed = new ArrayList<>();
    NlpStage nlp = new NlpStage(tokens -> false); // times and places need tags and NER, not dependency arcs
    ActorStage actors = new ActorStage();
    GeoStage geo = new GeoStage();
    TimeStage time = new TimeStage();
    ProvinceNames provinces = new ProvinceNames();
    int total = 0, correct = 0, predicted = 0, anchored = 0, correctAnchored = 0;
    int noAnchor = 0, goldDayBefore = 0, goldDayAfter = 0, goldElsewhere = 0, otherMiss = 0;
    int provinceLabelled = 0, provinceCorrect = 0, provinceNone = 0;
    for (IsafReleases.Release release : IsafReleases.read(file)) {
      if (limit > 0 && total >= limit) break;
      int lineNumber = release.line();
      String text = release.text();
      LocalDate gold = LocalDate.parse(release.gold().path("start_date").asText());
      Doc doc = nlp.apply(Doc.of(Article.of(file.getFileName() + ":" + lineNumber, text, null)));
      doc = time.apply(geo.apply(actors.apply(doc)));
      Reading r = read(doc);
      total++;
      if (r.dateline() != null) anchored++;
      if (r.start() != null) predicted++;
      boolean dateRight = gold.equals(r.start());
      if (dateRight) {
        correct++;
        if (r.dateline() != null) correctAnchored++;
      } else if (r.start() == null) {
        noAnchor++;
      } else if (gold.equals(r.start().minusDays(1))) {
        goldDayBefore++;
      } else if (gold.equals(r.start().plusDays(1))) {
        goldDayAfter++;
      } else if (doc.get(Layers.TIMES).stream().anyMatch(t -> specificDay(t) && gold.equals(t.start()))) {
        goldElsewhere++;
      } else {
        otherMiss++;
      }
      String goldProvince = release.gold().path("province").path(0).asText("");
      String goldCode = provinces.code(goldProvince);
      String guessCode = r.place() == null ? null : provinces.code(r.place().admin1());
      boolean provinceRight = goldCode == null || goldCode.equals(guessCode);
      if (goldCode != null) {
        provinceLabelled++;
        if (r.place() == null) provinceNone++;
        if (provinceRight) provinceCorrect++;
      }
      if ((!dateRight || !provinceRight) && missed.size() < misses) {
        String opening = text.substring(0, Math.min(text.length(), MISS_CHARS)).replaceAll("\\s+", " ");
        missed.add(String.format("line %d gold %s guess %s dateline %s province gold %s guess %s%n  %s", lineNumber, gold,
            r.start(), r.dateline() == null ? "-" : "'" + r.dateline().text() + "'", goldProvince,
            r.place() == null ? "-" : r.place().admin1() + " ('" + r.place().text() + "')", opening));
      }
    }
    out.printf("releases %d, with a dated time %d, with a predicted start date %d%n", total, anchored, predicted);
    out.printf("exact start-date accuracy %.3f (%d/%d)%n", ratio(correct, total), correct, total);
    out.printf("on releases with a dated time %.3f (%d/%d)%n", ratio(correctAnchored, anchored), correctAnchored, anchored);
    out.printf("start-date misses: no dated time %d; gold one day before the guess %d, one day after %d; gold another "
        + "day the text states %d; other %d%n", noAnchor, goldDayBefore, goldDayAfter, goldElsewhere, otherMiss);
    out.printf("province accuracy %.3f (%d/%d releases labelled with a province; no province predicted for %d)%n",
        ratio(provinceCorrect, provinceLabelled), provinceCorrect, provinceLabelled, provinceNone);
    out.println("rules: start date = earliest specific day of the first body sentence with one (dates next to a "
        + "reporting verb or modifying a noun skipped), else the dateline's date; province = a province named in that "
        + "sentence, else the first place there with an admin1 region (else the first body sentence naming a place in "
        + "Afghanistan; headline and dateline places only when the body has none), compared as GeoNames admin1 codes");
    for (String m : missed) out.println(m);
  }

  /** The dateline, the start-date guess and the event's place of one release. */
  static Reading read(Doc doc) {
    String text = doc.text();
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<TimeExpression> times = doc.get(Layers.TIMES);
    // The release's date is written with digits: a headline's "Overnight" is resolved, but no date of the release.
    TimeExpression first = times.stream().filter(t -> specificDay(t) && t.text().chars().anyMatch(Character::isDigit))
        .findFirst().orElse(null);
    TimeExpression dateline = first == null ? null : dateline(text, times, first);
    int bodyStart = dateline == null ? 0 : dateline.span().end();
    List<TimeExpression> events = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.span().start() < bodyStart || !specificDay(t) || attributive(text, t.span())) continue;
      if (first != null && t.text().equals(first.text())) continue; // the body repeating the headline's date
      if (nextToReportingVerb(sentences, t.span())) continue;
      events.add(t);
    }
    LocalDate start = dateline == null ? null : dateline.start();
    Span eventSentence = null;
    if (!events.isEmpty()) {
      TimeExpression lead = events.get(0);
      eventSentence = sentenceOf(sentences, lead.span());
      start = lead.start();
      for (TimeExpression t : events) {
        if (eventSentence.contains(t.span()) && t.start().isBefore(start)) start = t.start();
      }
    }
    return new Reading(dateline, bodyStart, start, eventSentence, eventPlace(doc, sentences, bodyStart, eventSentence));
  }

  /**
   * The dateline proper, where the header ends: the first date of the opening that closes a parenthesis, so in
   * "Operational Update, Jan. 5, 2011 ... KABUL, Afghanistan (Jan. 4)" the header runs to "(Jan. 4)" and the release
   * is of Jan. 4; without one, the last repeat of the first date's words ("Update, Feb. 21, 2011 ... Feb. 21, 2011").
   */
  private static TimeExpression dateline(String text, List<TimeExpression> times, TimeExpression first) {
    TimeExpression last = first;
    for (TimeExpression t : times) {
      if (t.span().start() < first.span().start() || !specificDay(t)) continue;
      if (t.span().start() > first.span().start() + OPENING_CHARS) break;
      if (t.span().end() < text.length() && text.charAt(t.span().end()) == ')') return t;
      if (t.text().equals(first.text())) last = t;
    }
    return last;
  }

  /**
   * The place of the main event: a province named in its sentence ("Khost province"), else that sentence's first place
   * with a region; without a place in the body, where the release was filed ("KUNDUZ, Afghanistan (July 17)").
   */
  private static Place eventPlace(Doc doc, List<Sentence> sentences, int bodyStart, Span eventSentence) {
    String text = doc.text();
    List<Place> afghan = doc.get(Layers.PLACES).stream()
        .filter(p -> "AF".equals(p.country()) && p.admin1() != null).toList();
    // A headline sums up several operations ("... in Kabul, Kandahar and Zabul Provinces"); the lead names the main one.
    int from = Math.max(bodyStart, headlineEnd(text));
    List<Place> body = afghan.stream().filter(p -> p.span().start() >= from && !placeLine(text, p.span())).toList();
    if (body.isEmpty()) return afghan.stream().filter(p -> placeLine(text, p.span())).findFirst().orElse(null);
    Span sentence = eventSentence;
    if (sentence == null || body.stream().noneMatch(p -> eventSentence.contains(p.span()))) {
      sentence = sentenceOf(sentences, body.get(0).span());
    }
    Span in = sentence;
    List<Place> there = body.stream().filter(p -> in.contains(p.span())).toList();
    return there.stream().filter(TimeEvaluation::province).findFirst().orElse(there.get(0));
  }

  /**
   * Where the headline ends: the first non-blank line when it ends without a full stop (a lead paragraph ends with one)
   * and more text follows; else 0.
   */
  static int headlineEnd(String text) {
    Matcher m = HEADLINE.matcher(text);
    if (!m.lookingAt() || text.substring(m.end()).isBlank()) return 0;
    String line = text.substring(0, m.end()).strip();
    return line.isEmpty() || ".!?\"'”’".indexOf(line.charAt(line.length() - 1)) >= 0 ? 0 : m.end();
  }

  /** A place the text calls a province, or a first-level region: "Khost province" is one even where GeoNames has a district. */
  private static boolean province(Place p) {
    return "ADM1".equals(p.featureCode()) || p.text().toLowerCase(Locale.ROOT).endsWith(" province");
  }

  /** Whether {@code place} opens a dateline's place line, "KABUL, Afghanistan (Dec. 3", anywhere in the text. */
  private static boolean placeLine(String text, Span place) {
    return PLACE_LINE.matcher(text).region(place.end(), Math.min(text.length(), place.end() + PLACE_LINE_CHARS)).lookingAt();
  }

  private static boolean specificDay(TimeExpression t) {
    return t.resolved() && !t.generic() && t.granularity() == Granularity.DAY;
  }

  private static Span sentenceOf(List<Sentence> sentences, Span span) {
    return sentences.stream().map(Sentence::span).filter(s -> s.contains(span)).findFirst().orElse(span);
  }

  /** Whether the token right before or after {@code span} is a reporting verb: "confirmed today", "today confirmed". */
  private static boolean nextToReportingVerb(List<Sentence> sentences, Span span) {
    for (Sentence s : sentences) {
      if (!s.span().contains(span)) continue;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean adjacent = t.span().end() <= span.start() && (i + 1 == tokens.size() || tokens.get(i + 1).span().start() >= span.start())
            || t.span().start() >= span.end() && (i == 0 || tokens.get(i - 1).span().end() <= span.end());
        if (adjacent && t.isVerb() && REPORTING_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
      }
    }
    return false;
  }

  /** Whether the date at {@code span} modifies a noun: "the May 11 attack", "Tuesday's raid". */
  private static boolean attributive(String text, Span span) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 3));
    String before = text.substring(Math.max(0, span.start() - 8), span.start());
    return POSSESSIVE_AFTER.matcher(after).find() || DETERMINER_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).find();
  }

  private static double ratio(int n, int d) { return d == 0 ? 0.0 : (double) n / d; }

}
