package org.sitrep.cli.eval;

import java.util.Locale;

/** "0.750 (3/4)": a share with its counts, "n/a" when nothing was counted. */
final class Ratio {
  private Ratio() {}

  static String of(int n, int d) {
    return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / d, n, d);
  }
}
