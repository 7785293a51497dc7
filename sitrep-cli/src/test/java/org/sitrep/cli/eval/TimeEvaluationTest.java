package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Granularity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/** The evaluation's choice of start date and province, on hand-built layers: no CoreNLP, no gazetteer. */
class TimeEvaluationTest {
  /** Verbs of the test sentences with their lemma; every other token is a noun. */
  private static final Map<String, String> VERBS = Map.of("confirmed", "confirm", "arrested", "arrest", "captured", "capture",
      "searched", "search", "was", "be");

  /** One sentence per line, tokens split at white space (punctuation kept on the word, as it does not matter here). */
  private static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher m = Pattern.compile("\\S+").matcher(line);
      while (m.find()) {
        String w = m.group();
        String lemma = VERBS.getOrDefault(w, w.toLowerCase());
        tokens.add(new Token(tokens.size(), new Span(start + m.start(), start + m.end()), w, lemma,
            VERBS.containsKey(w) ? "VBD" : "NN", "O"));
      }
      out.add(new Sentence(out.size(), new Span(start, start + line.length()), tokens, List.of(), false));
      start += line.length() + 1;
    }
    return out;
  }

  private static TimeExpression day(String text, String covered, int from, LocalDate value) {
    int at = text.indexOf(covered, from);
    return new TimeExpression(new Span(at, at + covered.length()), covered, value.toString(), Granularity.DAY, true, value,
        value, false);
  }

  private static Place place(String text, String covered, String admin1, String featureCode) {
    int at = text.indexOf(covered);
    return new Place(new Span(at, at + covered.length()), covered, covered, 34.0, 66.0, "AF", admin1, null, featureCode);
  }

  private static TimeEvaluation.Reading read(String text, List<TimeExpression> times, List<Place> places) {
    Doc doc = Doc.of(Article.of("t", text, null)).with(Layers.SENTENCES, sentences(text)).with(Layers.TIMES, times)
        .with(Layers.PLACES, places);
    return TimeEvaluation.read(doc);
  }

  @Test
  void dateNextToAReportingVerbDatesTheReportNotTheEvent() {
    String text = "KABUL, Afghanistan (Oct. 16, 2012) Forces today confirmed the capture of a leader.\n"
        + "He was arrested Oct. 4 in Dand district, Kandahar province.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "Oct. 16, 2012", 0, LocalDate.of(2012, 10, 16)),
        day(text, "today", 0, LocalDate.of(2012, 10, 16)), day(text, "Oct. 4", 0, LocalDate.of(2012, 10, 4))),
        List.of(place(text, "KABUL", "Kabul", "PPLC"), place(text, "Kandahar province", "Kandahar", "ADM1")));
    assertEquals(LocalDate.of(2012, 10, 4), r.start());
    assertEquals("Kandahar province", r.place().text());
  }

  @Test
  void provinceNamedAsSuchBeatsTheDistrictBeforeIt() {
    String text = "KABUL, Afghanistan (Jan. 6, 2012) In Nadir Shah Kot district, Khost province, forces captured a leader today.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "Jan. 6, 2012", 0, LocalDate.of(2012, 1, 6)),
        day(text, "today", 0, LocalDate.of(2012, 1, 6))),
        List.of(place(text, "KABUL", "Kabul", "PPLC"), place(text, "Nadir Shah Kot district", "Nangarhar", "ADM2"),
            place(text, "Khost province", "Khowst", "ADM2")));
    assertEquals(LocalDate.of(2012, 1, 6), r.start());
    assertEquals("Khost province", r.place().text());
  }

  @Test
  void withoutAPlaceInTheBodyTheDatelinePlaceStands() {
    String text = "KUNDUZ, Afghanistan (July 17, 2011) Commandos searched a village July 12.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "July 17, 2011", 0, LocalDate.of(2011, 7, 17)),
        day(text, "July 12", 0, LocalDate.of(2011, 7, 12))), List.of(place(text, "KUNDUZ", "Kunduz", "PPLA")));
    assertEquals(LocalDate.of(2011, 7, 12), r.start());
    assertEquals("KUNDUZ", r.place().text());
  }

  @Test
  void headlineRepeatingTheDatelineIsHeaderAndALaterDatelinePlaceIsNoEventPlace() {
    String text = "Operational Update, Feb. 21, 2011\nKABUL, Afghanistan (Feb. 21) Forces captured a leader in Logar province.\n"
        + "KABUL, Afghanistan (Feb. 22) Forces searched a village.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "Feb. 21, 2011", 0, LocalDate.of(2011, 2, 21)),
        day(text, "Feb. 21", text.indexOf('('), LocalDate.of(2011, 2, 21)),
        day(text, "Feb. 22", 0, LocalDate.of(2011, 2, 22))),
        List.of(place(text, "KABUL", "Kabul", "PPLC"), place(text, "Logar province", "Logar", "ADM1")));
    assertEquals(text.indexOf("(Feb. 21)") + "(Feb. 21".length(), r.bodyStart());
    assertEquals("Logar province", r.place().text());
  }

  @Test
  void parenthesisedDatelineWinsOverAHeadlineDateWhenTheLeadHasNone() {
    String text = "Operational Update, Jan. 5, 2011\nKABUL, Afghanistan (Jan. 4) Several insurgents were killed in Helmand province.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "Jan. 5, 2011", 0, LocalDate.of(2011, 1, 5)),
        day(text, "Jan. 4", 0, LocalDate.of(2011, 1, 4))), List.of(place(text, "Helmand province", "Helmand", "ADM1")));
    assertEquals("Jan. 4", r.dateline().text());
    assertEquals(LocalDate.of(2011, 1, 4), r.start());
  }

  @Test
  void headlinePlacesGiveWayToTheLead() {
    String text = "Insurgents Detained in Zabul Province\nA joint force detained a courier in Kabul city.";
    TimeEvaluation.Reading r = read(text, List.of(),
        List.of(place(text, "Zabul Province", "Zabul", "ADM1"), place(text, "Kabul city", "Kabul", "PPLC")));
    assertEquals("Kabul city", r.place().text());
  }

  @Test
  void firstLineEndingWithAFullStopIsTheLeadNotAHeadline() {
    String text = "KABUL, Afghanistan (Jan. 9, 2012) Forces captured a courier in Zabul province today.\nThe courier moved weapons.";
    TimeEvaluation.Reading r = read(text, List.of(day(text, "Jan. 9, 2012", 0, LocalDate.of(2012, 1, 9)),
        day(text, "today", 0, LocalDate.of(2012, 1, 9))),
        List.of(place(text, "KABUL", "Kabul", "PPLC"), place(text, "Zabul province", "Zabul", "ADM1")));
    assertEquals("Zabul province", r.place().text());
  }
}
