package org.sitrep.core.model;

/**
 * A stretch of the article text: UTF-16 indices into {@link Article#text()}, 0-based, end exclusive.
 * The one offset type of Sitrep; token indices never leave the stage that made them.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span start " + start + " and end " + end + " do not form a range (need 0 <= start <= end)");
    }
  }

  public int length() { return end - start; }

  public boolean contains(Span other) { return start <= other.start && other.end <= end; }

  public boolean contains(int offset) { return start <= offset && offset < end; }

  public boolean overlaps(Span other) { return start < other.end && other.start < end; }

  public String coveredText(String text) { return text.substring(start, end); }

  /** The smallest span covering both. */
  public Span union(Span other) { return new Span(Math.min(start, other.start), Math.max(end, other.end)); }

  @Override
  public int compareTo(Span o) { return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end); }
}
