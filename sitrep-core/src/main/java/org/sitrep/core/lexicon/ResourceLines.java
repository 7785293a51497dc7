package org.sitrep.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Sitrep's resource files: UTF-8, an entry a line, '#' comment lines (source, licence, format) and blank lines
 * skipped, a leading byte-order mark ignored. TSV files have a header row whose column names rows are read by.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** One non-comment line of a resource, with where it came from for error messages. */
  public record Line(String resource, int number, String text) {
    public String where() { return resource + ":" + number; }

    public ResourceFormatException error(String problem) {
      return new ResourceFormatException(where() + ": " + problem + " in line '" + text + "'");
    }
  }

  /** A TSV row: fields by header name. */
  public record Row(Line line, List<String> header, String[] fields) {
    public String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) throw line.error("no column '" + column + "' (header " + header + ")");
      return i < fields.length ? fields[i].trim() : "";
    }

    /** The column's value, or null when empty. */
    public String optional(String column) {
      String v = get(column);
      return v.isEmpty() ? null : v;
    }

    public String where() { return line.where(); }
  }

  /** The non-comment, non-blank lines of a classpath resource, e.g. "/sitrep/attribution/cue_verbs.txt". */
  public static List<Line> read(String resource) {
    InputStream in = ResourceLines.class.getResourceAsStream(resource);
    if (in == null) throw new ResourceFormatException(resource + ": resource not found on the classpath");
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (n == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        String t = s.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        out.add(new Line(resource, n, s));
      }
    } catch (IOException e) {
      throw new ResourceFormatException(resource + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  /** Rows of a TSV resource whose first non-comment line is the header; each row must have the header's columns. */
  public static List<Row> readTsv(String resource) {
    List<Line> lines = read(resource);
    if (lines.isEmpty()) throw new ResourceFormatException(resource + ": no header row");
    List<String> header = List.of(lines.get(0).text().strip().split("\t"));
    List<Row> rows = new ArrayList<>();
    for (Line l : lines.subList(1, lines.size())) {
      String[] f = l.text().split("\t", -1);
      if (f.length > header.size()) throw l.error("has " + f.length + " fields, header has " + header.size());
      rows.add(new Row(l, header, f));
    }
    return rows;
  }
}
