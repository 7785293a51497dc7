package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.lexicon.ResourceLines;

/** Test helper: a cue tagger's weights written as TSV text in a test, read as the rows the tagger loads. */
final class WeightRows {
  private WeightRows() {}

  /** The rows of {@code tsv}: '#' lines skipped, the first other line the header. */
  static List<ResourceLines.Row> of(String tsv) {
    List<ResourceLines.Row> out = new ArrayList<>();
    String[] lines = tsv.split("\n");
    List<String> header = null;
    for (int n = 0; n < lines.length; n++) {
      if (lines[n].startsWith("#")) continue;
      if (header == null) header = List.of(lines[n].split("\t"));
      else out.add(new ResourceLines.Row(new ResourceLines.Line("test", n + 1, lines[n]), header, lines[n].split("\t", -1)));
    }
    return out;
  }
}
