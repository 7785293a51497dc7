package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Reads SENTENCES and ENTITIES; adds PLACES: toponyms found in the tokens (CoreNLP LOCATION tags and gazetteer
 * matches) and resolved against the GeoNames gazetteer built at build time plus a curated supplement. Entities the
 * actors stage marked as metonymy ("Kyiv confirmed") are actors, not places, and are skipped. Loads the gazetteer
 * (about 200,000 places) once in the constructor; immutable and thread-safe afterwards.
 */
public final class GeoStage implements Stage {
  private final Gazetteer gazetteer;
  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;

  /** Loads the bundled gazetteer index, supplement and word lists; fails naming the file when one is broken. */
  public GeoStage() {
    this(GazetteerLoader.loadBundled());
  }

  GeoStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    NameCues cues = NameCues.loadBundled();
    this.recognizer = new ToponymRecognizer(gazetteer, cues);
    this.resolver = new ToponymResolver(gazetteer, cues);
  }

  @Override
  public Set<Layer<?>> requires() { return Set.of(Layers.SENTENCES, Layers.ENTITIES); }

  @Override
  public Layer<List<Place>> adds() { return Layers.PLACES; }

  @Override
  public Doc apply(Doc doc) {
    return doc.with(Layers.PLACES, places(doc.text(), doc.get(Layers.SENTENCES), doc.get(Layers.ENTITIES)));
  }

  List<Place> places(String text, List<Sentence> sentences, List<Entity> entities) {
    List<Mention> mentions = new ArrayList<>();
    ArticleCues cues = ArticleCues.of(sentences, gazetteer);
    for (Sentence s : sentences) {
      for (Mention m : recognizer.find(text, s, cues.surnames())) if (!metonymy(m, entities)) mentions.add(m);
    }
    return resolver.resolve(text, mentions, cues.demonymCountries());
  }

  /**
   * Resolves toponyms whose spans are already known (gold annotations, when evaluating resolution apart from
   * recognition): each span is looked up by its text and resolved with the other spans and the article's demonyms
   * as context. Reads SENTENCES only. Returns the places found, in span order; a span the resolver abstains on has
   * none, and one whose text the gazetteer does not know lies at the article's focus ({@link ArticleFocus}), or has
   * none when the article has no focus.
   */
  public List<Place> placesAt(Doc doc, List<Span> spans) {
    String text = doc.text();
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start));
    List<Mention> mentions = new ArrayList<>();
    List<Span> unknown = new ArrayList<>();
    int sentence = 0, next = 0; // the sentence the span starts in; spans and sentences both run in text order
    for (Span span : sorted) {
      for (; next < sentences.size() && sentences.get(next).span().start() <= span.start(); next++) {
        sentence = sentences.get(next).index();
      }
      Mention m = recognizer.mentionAt(text, span, sentence);
      if (m != null) mentions.add(m);
      else unknown.add(span);
    }
    List<Place> out = new ArrayList<>(resolver.resolve(text, mentions, ArticleCues.demonymCountries(sentences, gazetteer)));
    Place focus = ArticleFocus.of(out);
    if (focus == null || unknown.isEmpty()) return out;
    for (Span span : unknown) out.add(ArticleFocus.locate(text, span, focus));
    out.sort(Comparator.comparingInt(p -> p.span().start()));
    return out;
  }

  private static boolean metonymy(Mention m, List<Entity> entities) {
    for (Entity e : entities) if (e.metonymy() && e.span().overlaps(m.span())) return true;
    return false;
  }
}
