package org.sitrep.cli;

import org.sitrep.store.SourceRecord;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.core.json.ArticleParser;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Articles from a CSV file with a header row, such as the Kremlin and President of Ukraine press release corpora
 * (link, headline, date, location, summary, body). Column names are matched loosely so other corpora load too.
 */
final class CsvArticles {
  private CsvArticles() {}

  static Iterator<SourceRecord> read(Path file, LocalDate defaultPublished) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<SourceRecord> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      int row = 1;
      while (it.hasNext()) {
        row++;
        Map<String, String> r = it.next();
        String where = file + ":row " + row;
        String text = first(r, "text", "body");
        if (text == null) throw new BadInputException(where + ": no text or body column");
        String id = first(r, "id", "link", "url");
        String date = first(r, "published", "date");
        LocalDate published = date == null || date.isBlank() ? defaultPublished : ArticleParser.parseDate(date, where + ": date");
        out.add(new SourceRecord(where, null, new Article(id == null ? where : id, text, published,
            first(r, "title", "headline"), null, first(r, "url", "link"), null)));
      }
    }
    return out.iterator();
  }

  private static String first(Map<String, String> row, String... names) {
    for (String n : names) if (row.containsKey(n)) return row.get(n);
    return null;
  }
}
