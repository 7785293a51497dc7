package org.sitrep.core.geo;

/**
 * Builds a name key ({@link Gazetteer#key}) a stretch of text at a time, keeping the key's {@link String#hashCode} as
 * it grows. The recogniser extends a window of tokens by one token without normalising the whole window again, and
 * asks the gazetteer about the hash before making a string. Appending never changes what was built: the key of a
 * shorter window is a prefix of the key of a longer one. Holds per-call state, so it lives in a local variable.
 */
final class NameKeyBuilder {
  private final StringBuilder key = new StringBuilder(64);
  private boolean space;
  private int hash;

  void clear() {
    key.setLength(0);
    space = false;
    hash = 0;
  }

  /**
   * Appends {@code text[from, to)}, which must already be decomposed (NFD) where it holds accented letters. Returns
   * false, having appended what came before, at the first character that may change under NFD: the caller then
   * normalises the whole name as {@link Gazetteer#key} does.
   */
  boolean appendDecomposed(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '"' || c == '\u201C' || c == '\u201D' || Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (c == '\u2019' || c == '\u2018' || c == '`') c = '\'';
      if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '/' || (c >= '\u2010' && c <= '\u2014') || c == '\u00A0') {
        space = key.length() > 0;
        continue;
      }
      if (space) add(' ');
      space = false;
      add(Character.toLowerCase(c));
    }
    return true;
  }

  /** As {@link #appendDecomposed}, but stops at a character NFD could change (an accented letter). */
  boolean appendIfNfdStable(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!nfdStable(text.charAt(i))) {
        appendDecomposed(text, from, i);
        return false;
      }
    }
    return appendDecomposed(text, from, to);
  }

  /**
   * ASCII, and the typographic quotes, dashes and no-break space the key folds: NFD leaves all of them as they are
   * (they have no canonical decomposition), so a name made only of them needs no normalising.
   */
  static boolean nfdStable(char c) {
    return c < 128 || c == '\u00A0' || (c >= '\u2010' && c <= '\u201D');
  }

  private void add(char c) {
    key.append(c);
    hash = 31 * hash + c;
  }

  int length() { return key.length(); }

  char charAt(int i) { return key.charAt(i); }

  /** The hash code the key's string will have. */
  int hash() { return hash; }

  @Override
  public String toString() { return key.toString(); }
}
