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
   * Appends {@code text[from, to)}, which must already be decomposed (NFD) where it holds accented letters.
   */
  void appendDecomposed(CharSequence text, int from, int to) { append(text, from, to, true); }

  /**
   * As {@link #appendDecomposed}, but returns false, having appended what came before, at the first character NFD
   * could change (an accented letter): the caller then normalises the whole name as {@link Gazetteer#key} does.
   */
  boolean appendIfNfdStable(CharSequence text, int from, int to) { return append(text, from, to, false); }

  private boolean append(CharSequence text, int from, int to, boolean decomposed) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        ascii(c);
      } else {
        if (!decomposed && !nfdStable(c)) return false;
        other(c);
      }
    }
    return true;
  }

  /** The rules of {@link #other} for ASCII, where no character is a mark and only A to Z have a lower case. */
  private void ascii(char c) {
    if (c == '.' || c == '"') return;
    if (c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' || c == '-' || c == '_' || c == '/') {
      space = key.length() > 0;
      return;
    }
    if (space) add(' ');
    space = false;
    if (c == '`') add('\'');
    else add(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
  }

  /** Dots, quotes and combining marks go; apostrophes become one; spaces, hyphens, dashes and slashes separate. */
  private void other(char c) {
    if (c == '\u201C' || c == '\u201D' || Character.getType(c) == Character.NON_SPACING_MARK) return;
    if (c == '\u2019' || c == '\u2018') c = '\'';
    if (Character.isWhitespace(c) || (c >= '\u2010' && c <= '\u2014') || c == '\u00A0') {
      space = key.length() > 0;
      return;
    }
    if (space) add(' ');
    space = false;
    add(Character.toLowerCase(c));
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

  int indexOf(char c) {
    for (int i = 0; i < key.length(); i++) if (key.charAt(i) == c) return i;
    return -1;
  }

  /** The hash code the key's string will have. */
  int hash() { return hash; }

  @Override
  public String toString() { return key.toString(); }
}
