package org.sitrep.store;

import java.util.Locale;

/** The export formats of {@code ./sitrep export}; column mappings are documented in docs/export-formats.md. */
public enum ExportFormat {
  /** One extract object per stored article, with "cluster" on each event. */
  JSONL,
  /** CSV with GDELT 2.0 event-table column names, one row per asserted event. */
  GDELT,
  /** CSV with ICEWS coded-event column names, one row per asserted event. */
  ICEWS,
  /** JSON Lines of PLOVER event records, one per asserted event. */
  PLOVER,
  /** CSV with ACLED column names, one row per asserted event that has an ACLED type. */
  ACLED;

  /** The format named {@code name} (any case); IllegalArgumentException listing the known ones otherwise. */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) if (f.name().equalsIgnoreCase(name)) return f;
    throw new IllegalArgumentException("unknown format \"" + name + "\", expected jsonl, gdelt, icews, plover or acled");
  }

  public String label() { return name().toLowerCase(Locale.ROOT); }
}
