package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;
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
    this.recognizer = new ToponymRecognizer(gazetteer);
    this.resolver = new ToponymResolver(gazetteer);
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
    Map<String, Integer> demonymCountries = new HashMap<>();
    for (Sentence s : sentences) {
      for (Mention m : recognizer.find(text, s)) if (!metonymy(m, entities)) mentions.add(m);
      for (Token t : s.tokens()) {
        String cc = gazetteer.demonymCountry(t.word());
        if (cc != null) demonymCountries.merge(cc, 1, Integer::sum);
      }
    }
    return resolver.resolve(text, mentions, demonymCountries);
  }

  private static boolean metonymy(Mention m, List<Entity> entities) {
    for (Entity e : entities) if (e.metonymy() && e.span().overlaps(m.span())) return true;
    return false;
  }
}
