package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * Test-only stand-in for the actors stage: entities from runs of CoreNLP PERSON, ORGANIZATION and LOCATION tags,
 * without actors, plus hand-set actors (and metonymy) for the names a test needs.
 */
final class TestEntities {
  private final Doc doc;
  private final List<Entity> entities = new ArrayList<>();

  private TestEntities(Doc doc) {
    this.doc = doc;
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      Token start = null;
      Token prev = null;
      for (Token t : s.tokens()) {
        if (start != null && !t.ner().equals(start.ner())) {
          add(start, prev);
          start = null;
        }
        if (start == null && type(t.ner()) != null) start = t;
        prev = t;
      }
      if (start != null) add(start, prev);
    }
  }

  static TestEntities fromNer(Doc doc) { return new TestEntities(doc); }

  private void add(Token from, Token to) {
    Span span = new Span(from.span().start(), to.span().end());
    entities.add(new Entity(span, span.coveredText(doc.text()), type(from.ner()), null, false));
  }

  private static EntityType type(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORG;
      case "LOCATION", "CITY", "COUNTRY" -> EntityType.GPE;
      default -> null;
    };
  }

  /** Gives every mention of {@code text} this actor (replacing NER's guess, adding a mention NER missed). */
  TestEntities actor(String text, EntityType type, String name, String country, String sector, String role, boolean metonymy) {
    entities.removeIf(e -> e.text().equals(text) || e.text().contains(text) || text.contains(e.text()));
    int from = 0;
    while ((from = doc.text().indexOf(text, from)) >= 0) {
      Span span = new Span(from, from + text.length());
      entities.add(new Entity(span, text, type, new Actor(span, text, name, country, sector, role), metonymy));
      from = span.end();
    }
    return this;
  }

  Doc doc() {
    entities.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.with(Layers.ENTITIES, List.copyOf(entities));
  }
}
