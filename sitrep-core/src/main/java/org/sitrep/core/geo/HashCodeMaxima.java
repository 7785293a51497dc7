package org.sitrep.core.geo;

import java.util.Arrays;

/**
 * For each {@link String#hashCode} value, the largest small count recorded under it, in open-addressed arrays: about
 * 5 bytes per value where a map from the strings would take about 100, and one probe of one array instead of a
 * string map's chain of node, string and characters. Strings whose hash codes collide share the larger count, so a
 * count read is an upper bound for the string asked about, and zero means no string with that hash code was recorded.
 * Immutable once built.
 */
final class HashCodeMaxima {
  private final int[] slots;
  private final byte[] maxima;
  private final int mask;
  /** Zero marks an empty slot, so the count of hash code zero is kept apart. */
  private final int zeroMax;

  private HashCodeMaxima(int[] slots, byte[] maxima, int zeroMax) {
    this.slots = slots;
    this.maxima = maxima;
    this.mask = slots.length - 1;
    this.zeroMax = zeroMax;
  }

  /** The largest count recorded under this hash code, or 0. */
  int max(int hash) {
    if (hash == 0) return zeroMax;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == hash) return maxima[i];
      if (s == 0) return 0;
    }
  }

  /** Spreads the bits so hash codes that differ only high up land in different slots. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Collects hash codes and counts (1 to 127); {@link #build} sizes the table at most half full. */
  static final class Builder {
    private int[] hashes = new int[1024];
    private byte[] counts = new byte[1024];
    private int size;

    void add(int hash, int count) {
      if (count < 1 || count > Byte.MAX_VALUE) throw new IllegalArgumentException("count " + count + ", expected 1 to 127");
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      hashes[size] = hash;
      counts[size++] = (byte) count;
    }

    HashCodeMaxima build() {
      int capacity = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
      int[] slots = new int[capacity];
      byte[] maxima = new byte[capacity];
      int mask = capacity - 1, zeroMax = 0;
      for (int v = 0; v < size; v++) {
        int h = hashes[v];
        if (h == 0) {
          zeroMax = Math.max(zeroMax, counts[v]);
          continue;
        }
        int i = mix(h) & mask;
        while (slots[i] != 0 && slots[i] != h) i = (i + 1) & mask;
        slots[i] = h;
        maxima[i] = (byte) Math.max(maxima[i], counts[v]);
      }
      return new HashCodeMaxima(slots, maxima, zeroMax);
    }
  }
}
