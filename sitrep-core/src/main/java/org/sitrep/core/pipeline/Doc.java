package org.sitrep.core.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.model.Article;

/**
 * An article and the layers stages have added to it. Immutable: {@link #with} returns a new Doc, and setting a layer
 * twice throws, so no stage can silently overwrite another's work.
 */
public final class Doc {
  private final Article article;
  private final Map<Layer<?>, Object> layers;
  private final Deadline deadline;

  private Doc(Article article, Map<Layer<?>, Object> layers, Deadline deadline) {
    this.article = article;
    this.layers = layers;
    this.deadline = deadline;
  }

  public static Doc of(Article article) {
    return of(article, Deadline.NONE);
  }

  /** A document whose stages stop with a {@link BadInputException} once {@code deadline} has passed. */
  public static Doc of(Article article, Deadline deadline) {
    return new Doc(Objects.requireNonNull(article, "article"), Map.of(), Objects.requireNonNull(deadline, "deadline"));
  }

  public Article article() { return article; }

  /** The article's time limit ({@link Deadline#NONE} when it has none); long stages check it between steps. */
  public Deadline deadline() { return deadline; }

  public String text() { return article.text(); }

  public boolean has(Layer<?> layer) { return layers.containsKey(layer); }

  /** The value of a layer; throws naming the layer when no stage has added it. */
  public <T> T get(Layer<T> layer) {
    Object v = layers.get(layer);
    if (v == null) throw new IllegalStateException("layer " + layer + " has not been added to article " + article.id());
    return layer.cast(v);
  }

  public <T> Doc with(Layer<T> layer, T value) {
    Objects.requireNonNull(value, () -> "value for layer " + layer);
    if (layers.containsKey(layer)) throw new IllegalStateException("layer " + layer + " is already set on article " + article.id());
    Map<Layer<?>, Object> copy = new HashMap<>(layers);
    copy.put(layer, layer.cast(value));
    return new Doc(article, Map.copyOf(copy), deadline);
  }
}
