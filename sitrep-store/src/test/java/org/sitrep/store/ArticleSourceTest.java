package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
  @TempDir Path dir;

  private static List<SourceRecord> all(ArticleSource s) throws Exception {
    List<SourceRecord> out = new ArrayList<>();
    try (s) {
      while (s.hasNext()) out.add(s.next());
    }
    return out;
  }

  @Test
  void standardInputIsJsonLinesNamedByLine() throws Exception {
    byte[] in = "{\"id\":\"a\",\"text\":\"x\"}\n\n   \n{\"id\":\"b\",\"text\":\"y\"}\n".getBytes(StandardCharsets.UTF_8);
    List<SourceRecord> rs = all(ArticleSource.lines("stdin", new ByteArrayInputStream(in)));
    assertEquals(List.of("stdin:1", "stdin:4"), rs.stream().map(SourceRecord::where).toList());
    assertEquals("{\"id\":\"b\",\"text\":\"y\"}", rs.get(1).json());
  }

  @Test
  void undecodableBytesOnStandardInputBecomeReplacementCharacters() throws Exception {
    byte[] in = {'{', '"', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}', '\n'};
    List<SourceRecord> rs = all(ArticleSource.lines("stdin", new ByteArrayInputStream(in)));
    assertEquals(1, rs.size());
    assertTrue(rs.get(0).json().contains("\uFFFD"), rs.get(0).json());
  }

  @Test
  void aTextFileIsOneReadyArticleAndAFolderIsReadInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Second report.");
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"first\",\"text\":\"First.\"}\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    List<SourceRecord> rs = all(ArticleSource.open(List.of(dir)));
    assertEquals(2, rs.size());
    assertEquals(dir.resolve("a.jsonl") + ":1", rs.get(0).where());
    assertEquals("b.txt", rs.get(1).article().id());
    assertEquals("Second report.", rs.get(1).article().text());
    assertFalse(rs.get(1).article().text().isEmpty());
  }
}
