package org.sitrep.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Parses one JSON Lines input record ({"id", "text", "published"?, "title"?, "source"?, "url"?, "lang"?}) into an
 * {@link Article}, with errors that name where ("articles.jsonl:12") and which field, and what was expected.
 */
public final class ArticleParser {
  /** Earliest and latest publication years taken: wide enough for archives and for years to come. */
  public static final int EARLIEST_YEAR = 1800;
  public static final int LATEST_YEAR = 2199;

  private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

  private final ObjectMapper mapper = new ObjectMapper();

  /** The id of a record if it can be read at all (for error lines), else null. */
  public String idOf(String line) {
    try {
      JsonNode n = mapper.readTree(line);
      JsonNode id = n == null ? null : n.get("id");
      return id != null && id.isValueNode() ? id.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * @param line the JSON text of the record
   * @param where "file:line" for messages
   * @param fallbackId the id to use when the record has none
   * @param defaultPublished publication date used when the record has none (nullable)
   */
  public Article parse(String line, String where, String fallbackId, LocalDate defaultPublished) {
    JsonNode n;
    try {
      n = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException(where + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) throw new BadInputException(where + ": expected a JSON object with \"text\"");
    String id = optionalString(n, "id", where);
    if (id == null) id = fallbackId;
    JsonNode text = n.get("text");
    if (text == null || text.isNull()) throw new BadInputException(where + ": no \"text\" field");
    if (!text.isTextual()) throw new BadInputException(where + ": \"text\" is " + text.getNodeType().toString().toLowerCase() + ", expected a string");
    String published = optionalString(n, "published", where);
    LocalDate date = published == null ? defaultPublished : parseDate(published, where + ": \"published\"");
    return new Article(id, text.asText(), date, optionalString(n, "title", where), optionalString(n, "source", where),
        optionalString(n, "url", where), optionalString(n, "lang", where));
  }

  private static String optionalString(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isTextual()) return v.asText();
    if (field.equals("id") && v.isNumber()) return v.asText();
    throw new BadInputException(where + ": \"" + field + "\" is " + v.getNodeType().toString().toLowerCase() + ", expected a string");
  }

  /**
   * A date or ISO-8601 date-time; the date part is what anchors relative times. A day the calendar lacks
   * ("2023-02-30") and a year outside {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR} (a typo or a placeholder
   * such as 9999-12-31, which would date "yesterday" millennia away) are refused, saying which.
   */
  public static LocalDate parseDate(String s, String what) {
    String t = s.strip();
    LocalDate d;
    try {
      if (t.length() == 10) {
        d = LocalDate.parse(t);
      } else {
        try {
          d = OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
          d = LocalDateTime.parse(t).toLocalDate();
        }
      }
    } catch (DateTimeParseException e) {
      String impossible = impossibleDay(t);
      if (impossible != null) throw new BadInputException(what + " is \"" + s + "\", no such day: " + impossible);
      throw new BadInputException(what + " is \"" + s + "\", expected YYYY-MM-DD or an ISO-8601 date-time");
    }
    if (d.getYear() < EARLIEST_YEAR || d.getYear() > LATEST_YEAR) {
      throw new BadInputException(what + " is \"" + s + "\", expected a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
    }
    return d;
  }

  /** Why a well-formed "YYYY-MM-DD..." names no day ("February 2023 has 28 days"), or null if it is not that shape. */
  private static String impossibleDay(String t) {
    Matcher m = DATE_SHAPE.matcher(t);
    if (!m.matches()) return null;
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) return "there is no month " + month;
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear() + " has "
          + ym.lengthOfMonth() + " days";
    }
    return null;
  }
}
