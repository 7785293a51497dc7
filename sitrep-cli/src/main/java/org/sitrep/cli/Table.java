package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of text as aligned columns for the terminal; a cell wider than the limit is cut and ends in "…", except in
 * the last column, which holds the article id a reader copies to look the article up.
 */
final class Table {
  private Table() {}

  /** Prints the rows (the first is the header) with two spaces between columns and no trailing blanks. */
  static void print(PrintWriter out, List<List<String>> rows, int maxCell) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> r : rows) {
      for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], cell(r, c, maxCell).length());
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = cell(r, c, maxCell);
        line.append(cell);
        if (c < columns - 1) line.append(" ".repeat(width[c] - cell.length() + 2));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String cell(List<String> row, int c, int maxCell) {
    return cut(row.get(c), c == row.size() - 1 ? Integer.MAX_VALUE : maxCell);
  }

  /** Newlines and tabs become spaces, so one row stays one line. */
  static String cut(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
