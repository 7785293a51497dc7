package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  @TempDir Path dir;
  private final ObjectMapper mapper = new ObjectMapper();

  private record Outcome(int code, List<JsonNode> lines, String err) {}

  private Outcome run(String... args) throws Exception {
    CommandLine cl = SitrepCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString().split("\n")) if (!l.isBlank()) lines.add(mapper.readTree(l));
    return new Outcome(code, lines, err.toString());
  }

  @Test
  void badLinesBecomeErrorLinesAndTheRunGoesOn() throws Exception {
    Path in = dir.resolve("in.jsonl");
    String big = "Shelling hit Kharkiv. ".repeat(30_000);
    Files.writeString(in, String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"Officials in Kharkiv said shelling hit a school on Tuesday.\"}",
        "{\"id\": broken",
        "{\"id\":\"empty\",\"text\":\"\"}",
        "{\"id\":\"num\",\"text\":42}",
        "{\"id\":\"bin\",\"text\":\"\\u0000\\u0001\\u0002\\u0003PNG\\u0000\\u0000\"}",
        "{\"id\":\"date\",\"text\":\"Troops advanced.\",\"published\":\"2023-02-30\"}",
        "{\"id\":\"huge\",\"text\":\"" + big + "\"}",
        "{\"id\":\"ok2\",\"text\":\"Troops advanced near Bakhmut.\"}") + "\n", StandardCharsets.UTF_8);
    Outcome o = run("extract", "--in", in.toString(), "--threads", "2");
    assertEquals(ExitCodes.SOME_INPUT_FAILED, o.code());
    assertEquals(8, o.lines().size(), "one output line per input line, in order");
    assertEquals("ok1", o.lines().get(0).get("id").asText());
    assertTrue(o.lines().get(0).has("events") && !o.lines().get(0).has("error"));
    assertTrue(o.lines().get(1).get("error").asText().startsWith(in + ":2: not valid JSON"), o.lines().get(1).toString());
    assertEquals("empty", o.lines().get(2).get("id").asText());
    assertTrue(o.lines().get(2).get("error").asText().contains("\"text\" is empty"));
    assertTrue(o.lines().get(3).get("error").asText().contains("\"text\" is number, expected a string"));
    assertTrue(o.lines().get(4).get("error").asText().contains("looks binary"));
    assertTrue(o.lines().get(5).get("error").asText().contains("\"published\" is \"2023-02-30\""));
    assertTrue(o.lines().get(6).get("error").asText().contains("over the limit"));
    assertEquals("ok2", o.lines().get(7).get("id").asText());
    assertTrue(o.err().contains(in + ":2"), o.err());
  }

  @Test
  void missingInputFileIsAUsageError() throws Exception {
    Outcome o = run("extract", "--in", dir.resolve("nope.jsonl").toString());
    assertEquals(ExitCodes.USAGE, o.code());
    assertTrue(o.err().contains("nope.jsonl is not a readable file"), o.err());
  }

  @Test
  void badPublishedOptionIsAUsageError() throws Exception {
    Outcome o = run("extract", "--published", "June 4th");
    assertEquals(ExitCodes.USAGE, o.code());
    assertTrue(o.err().contains("--published is \"June 4th\""), o.err());
  }

  @Test
  void textFileIsOneArticleNamedAfterTheFile() throws Exception {
    Path txt = dir.resolve("kharkiv.txt");
    Files.writeString(txt, "Officials in Kharkiv said shelling hit a school.\r\nNo one was hurt. 🚀", StandardCharsets.UTF_8);
    Outcome o = run("extract", "--in", txt.toString(), "--published", "2023-06-04");
    assertEquals(ExitCodes.OK, o.code(), o.err());
    assertEquals("kharkiv.txt", o.lines().get(0).get("id").asText());
    assertEquals("2023-06-04", o.lines().get(0).get("published").asText());
  }
}
