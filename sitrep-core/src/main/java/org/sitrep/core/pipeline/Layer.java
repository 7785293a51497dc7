package org.sitrep.core.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of annotation on a {@link Doc}. Instances live in {@link Layers}; identity is the key.
 *
 * @param <T> the value type stored under this key
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> type;

  Layer(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public String name() { return name; }

  @SuppressWarnings("unchecked")
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("layer " + name + " holds " + type.getSimpleName() + ", got " + value.getClass().getSimpleName());
    }
    return (T) value;
  }

  @Override
  public String toString() { return name; }
}
