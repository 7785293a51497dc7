package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * The gazetteer lookup on any text: name keys, recognition over tagged tokens (the fuzzer picks each token's NER and
 * part-of-speech tag, so "LOCATION" lands on any string), metonymy, resolution, and {@link GeoStage#placesAt} on
 * arbitrary spans. Nothing throws, and every place lies inside the text and covers its own text. No CoreNLP: tokens
 * are runs of letters, digits or single other characters, sentences end at a full stop. {@code mvn test} replays
 * the seeds under {@code GazetteerLookupFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sitrep-core test -Dtest=GazetteerLookupFuzzTest -Djazzer.max_duration=10m}.
 */
class GazetteerLookupFuzzTest {
  private static final GeoStage GEO = new GeoStage(GazetteerTest.GAZETTEER);
  private static final Pattern TOKEN = Pattern.compile("\\p{Lu}\\p{Ll}?\\.|[\\p{L}\\p{M}'’-]+|\\d+|\\S");
  private static final String[] NER = {"O", "LOCATION", "PERSON", "ORGANIZATION", "MISC", "DATE", "NUMBER"};
  private static final String[] TAGS = {"NNP", "NN", "IN", "DT", "VBD", ",", "JJ"};

  @FuzzTest
  void anyTaggedTextGivesPlacesInsideIt(FuzzedDataProvider data) {
    boolean metonymy = data.consumeBoolean();
    int spanCount = data.consumeInt(0, 4);
    long[] spanSeeds = new long[2 * spanCount];
    for (int i = 0; i < spanSeeds.length; i++) spanSeeds[i] = data.consumeLong();
    byte[] tagSeeds = data.consumeBytes(64);
    String text = data.consumeRemainingAsString();

    Gazetteer.key(text);
    GazetteerTest.GAZETTEER.lookup(Gazetteer.key(text));
    List<Sentence> sentences = sentences(text, tagSeeds);
    List<Entity> entities = new ArrayList<>();
    if (metonymy && !sentences.isEmpty() && !sentences.get(0).tokens().isEmpty()) {
      Token first = sentences.get(0).tokens().get(0);
      entities.add(new Entity(first.span(), first.word(), EntityType.GPE, null, true));
    }
    checkInside(text, GEO.places(text, sentences, entities));

    List<Span> spans = new ArrayList<>();
    for (int i = 0; i + 1 < spanSeeds.length; i += 2) {
      int a = (int) Math.floorMod(spanSeeds[i], (long) text.length() + 1);
      int b = (int) Math.floorMod(spanSeeds[i + 1], (long) text.length() + 1);
      spans.add(new Span(Math.min(a, b), Math.max(a, b)));
    }
    Doc doc = Doc.of(Article.of("fuzz", text, LocalDate.of(2023, 6, 4))).with(Layers.SENTENCES, sentences);
    checkInside(text, GEO.placesAt(doc, spans));
  }

  private static void checkInside(String text, List<Place> places) {
    for (Place p : places) {
      assertTrue(p.span().end() <= text.length(), () -> p + " ends past the text of length " + text.length());
      assertEquals(p.span().coveredText(text), p.text(), () -> p + " does not cover its text");
    }
  }

  private static List<Sentence> sentences(String text, byte[] tagSeeds) {
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentenceStart = -1;
    Matcher m = TOKEN.matcher(text);
    int n = 0;
    while (m.find()) {
      int seed = tagSeeds.length == 0 ? 0 : tagSeeds[n++ % tagSeeds.length] & 0xff;
      if (sentenceStart < 0) sentenceStart = m.start();
      String word = m.group();
      tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), word, word.toLowerCase(),
          TAGS[seed % TAGS.length], NER[(seed / TAGS.length) % NER.length]));
      if (word.equals(".")) {
        out.add(new Sentence(out.size(), new Span(sentenceStart, m.end()), tokens, List.of(), false));
        tokens = new ArrayList<>();
        sentenceStart = -1;
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new Sentence(out.size(), new Span(sentenceStart, tokens.get(tokens.size() - 1).span().end()), tokens,
          List.of(), false));
    }
    return out;
  }
}
