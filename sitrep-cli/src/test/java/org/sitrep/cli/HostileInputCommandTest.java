package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code extract} and {@code ingest} on broken files, with the real extractor: truncated JSON, Latin-1 bytes, a 10 MB
 * page, a PNG named .txt, empty files and folders, impossible and implausible dates, Russian and Ukrainian text. Each
 * gets one message on stderr naming the input and the problem, never a stack trace, and good articles beside them
 * are still processed.
 */
class HostileInputCommandTest {
  private static final String GOOD = "{\"id\":\"good\",\"text\":\"Officials in Kharkiv said shelling hit a school on "
      + "Tuesday.\",\"published\":\"2023-06-07\"}";

  @TempDir Path dir;
  private Path in;

  private record Outcome(int code, String out, String err) {}

  private Outcome run(String... args) {
    CommandLine cl = SitrepCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @BeforeEach
  void hostileFiles() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.jsonl"), GOOD + "\n");
    Files.writeString(in.resolve("truncated.jsonl"), GOOD.replace("good", "whole") + "\n{\"id\":\"cut\",\"text\":\"Shelling hit Khar");
    Files.write(in.resolve("latin1.jsonl"), ("{\"id\":\"l1\",\"text\":\"Les forces ont bombardé Kharkiv mardi, a déclaré "
        + "le maire.\"}\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("latin1.txt"), "Officials said shelling hit a café in Kharkiv.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("big.html"), "<html><head><title>Big</title></head><body>"
        + "<p>Officials said shelling hit Kharkiv on Tuesday.</p>\n".repeat(200_000) + "</body></html>");
    byte[] png = new byte[400];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    for (int i = magic.length; i < png.length; i++) png[i] = (byte) (i * 37);
    Files.write(in.resolve("picture.txt"), png);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("empty.jsonl"), new byte[0]);
    Files.writeString(in.resolve("dates.jsonl"), String.join("\n",
        "{\"id\":\"feb30\",\"text\":\"Troops advanced near Bakhmut.\",\"published\":\"2023-02-30\"}",
        "{\"id\":\"far\",\"text\":\"Troops advanced near Bakhmut yesterday.\",\"published\":\"9999-12-31\"}",
        "{\"id\":\"zero\",\"text\":\"Troops advanced near Bakhmut yesterday.\",\"published\":\"0000-01-01\"}") + "\n");
    Files.writeString(in.resolve("russian.txt"), "Российские войска обстреляли Харьков во вторник, заявили местные власти.");
    Files.writeString(in.resolve("ukrainian.txt"), "Російські війська обстріляли Харків у вівторок, повідомила місцева влада.");
    Files.createDirectories(in.resolve("notes")).resolve("readme.md").toFile().createNewFile();
  }

  @Test
  void ingestNamesEveryBrokenFileAndStoresTheGoodOnes() throws Exception {
    Outcome o = run("ingest", in.toString(), in.resolve("notes").toString(), "--db", dir.resolve("h.db").toString());
    assertEquals(ExitCodes.SOME_INPUT_FAILED, o.code(), o.err());
    String err = o.err();
    for (String expected : List.of(
        in.resolve("notes") + ": no article files in this folder (expected .jsonl, .json, .txt, .html, .htm, .rss, .atom or .xml)",
        in.resolve("empty.jsonl") + ": empty file (0 bytes), no articles in it",
        in.resolve("empty.txt") + ": empty file (0 bytes), no articles in it",
        in.resolve("truncated.jsonl") + ":2: not valid JSON",
        in.resolve("latin1.jsonl") + ":1: article l1: \"text\" is not UTF-8 (3 undecodable bytes, the first at character",
        in.resolve("latin1.txt") + ": article latin1.txt: \"text\" is not UTF-8 (1 undecodable byte",
        // Ingest reads the page as its title ("Big"), a blank line, then its 9799998 characters of text.
        in.resolve("big.html") + ": article big.html: \"text\" is 9800003 characters, over the limit of 500000",
        in.resolve("picture.txt") + ": article picture.txt: \"text\" looks binary",
        in.resolve("dates.jsonl") + ":1: \"published\" is \"2023-02-30\", no such day: February 2023 has 28 days",
        in.resolve("dates.jsonl") + ":2: \"published\" is \"9999-12-31\", expected a year from 1800 to 2199",
        in.resolve("dates.jsonl") + ":3: \"published\" is \"0000-01-01\", expected a year from 1800 to 2199",
        in.resolve("russian.txt") + ": article russian.txt: text is not English",
        in.resolve("ukrainian.txt") + ": article ukrainian.txt: text is not English")) {
      assertTrue(err.contains("sitrep ingest: " + expected), "missing: " + expected + "\nin:\n" + err);
    }
    assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    assertTrue(o.out().startsWith("ingested 2 articles (2 new, 0 already stored), "), o.out());
    assertTrue(o.out().endsWith(", 13 errors\n"), o.out());
  }

  @Test
  void extractReadsAPageAndRefusesItOverTheLimit() {
    Outcome o = run("extract", "--in", in.resolve("big.html").toString());
    assertEquals(ExitCodes.SOME_INPUT_FAILED, o.code(), o.err());
    assertEquals("sitrep extract: " + in.resolve("big.html") + ": article big.html: \"text\" is 9799998 characters, "
        + "over the limit of 500000\n", o.err());
  }

  @Test
  void extractOfAFolderOrAnEmptyFileIsAUsageError() {
    Outcome folder = run("extract", "--in", in.toString());
    assertEquals(ExitCodes.USAGE, folder.code());
    assertTrue(folder.err().contains("input " + in + " is a folder; extract reads one file (./sitrep ingest reads "
        + "folders)"), folder.err());
    Outcome empty = run("extract", "--in", in.resolve("empty.jsonl").toString());
    assertEquals(ExitCodes.USAGE, empty.code());
    assertTrue(empty.err().contains("input " + in.resolve("empty.jsonl") + " is empty (0 bytes): no articles to extract"),
        empty.err());
  }
}
