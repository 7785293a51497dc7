package org.sitrep.core.geo;

import java.util.Arrays;

/**
 * A set of {@link String#hashCode} values in one open-addressed int array: about 8 bytes per value where a set of the
 * strings would take about 80. A hit may be a collision, so it says "maybe"; a miss says "no" for certain, which is
 * what lets the recogniser skip most lookups. Immutable once built.
 */
final class HashCodeSet {
  private final int[] slots;
  private final int mask;
  /** Zero marks an empty slot, so the value zero is kept apart. */
  private final boolean hasZero;

  private HashCodeSet(int[] slots, boolean hasZero) {
    this.slots = slots;
    this.mask = slots.length - 1;
    this.hasZero = hasZero;
  }

  boolean mayContain(int hash) {
    if (hash == 0) return hasZero;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == hash) return true;
      if (s == 0) return false;
    }
  }

  /** Spreads the bits so hash codes that differ only high up land in different slots. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Collects values; {@link #build} sizes the table at most half full. */
  static final class Builder {
    private int[] values = new int[1024];
    private int size;

    void add(int hash) {
      if (size == values.length) values = Arrays.copyOf(values, size * 2);
      values[size++] = hash;
    }

    HashCodeSet build() {
      int capacity = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
      int[] slots = new int[capacity];
      int mask = capacity - 1;
      boolean zero = false;
      for (int v = 0; v < size; v++) {
        int h = values[v];
        if (h == 0) {
          zero = true;
          continue;
        }
        int i = mix(h) & mask;
        while (slots[i] != 0 && slots[i] != h) i = (i + 1) & mask;
        slots[i] = h;
      }
      return new HashCodeSet(slots, zero);
    }
  }
}
