package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path dir;

  private final AtomicInteger extracted = new AtomicInteger();

  private CommandLine demo(StringWriter err) {
    CommandLine cl = SitrepCommand.commandLine();
    cl.setErr(new PrintWriter(err, true));
    ((DemoCommand) cl.getSubcommands().get("demo").getCommand()).processorFactory = () -> a -> {
      extracted.incrementAndGet();
      ObjectNode o = new ObjectMapper().createObjectNode();
      for (String layer : new String[] {"entities", "places", "times", "statements", "events"}) o.putArray(layer);
      return o;
    };
    return cl;
  }

  private Path sample() throws Exception {
    Path in = dir.resolve("sample.jsonl");
    Files.writeString(in, "{\"id\":\"a1\",\"text\":\"Troops left the village on Sunday.\",\"published\":\"2022-03-01\"}\n"
        + "{\"id\":\"a2\",\"text\":\"The minister said talks would resume.\",\"published\":\"2022-03-02\"}\n");
    return in;
  }

  @Test
  void secondRunFindsTheSampleStoredAndExtractsNothing() throws Exception {
    Path in = sample();
    String db = dir.resolve("demo.db").toString();
    StringWriter first = new StringWriter();
    assertEquals(ExitCodes.OK, demo(first).execute("demo", "--db", db, "--sample", in.toString(), "--no-serve"));
    assertTrue(first.toString().contains("ingested 2 articles (2 new, 0 already stored)"), first.toString());
    StringWriter second = new StringWriter();
    assertEquals(ExitCodes.OK, demo(second).execute("demo", "--db", db, "--sample", in.toString(), "--no-serve"));
    assertTrue(second.toString().contains("already holds the sample"), second.toString());
    assertEquals(2, extracted.get());
  }

  @Test
  void servesTheDashboardOverTheDemoStore() throws Exception {
    Path in = sample();
    StringWriter err = new StringWriter();
    CommandLine cl = demo(err);
    DemoCommand demo = (DemoCommand) cl.getSubcommands().get("demo").getCommand();
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute("demo", "--db",
        dir.resolve("served.db").toString(), "--sample", in.toString(), "--port", "0"));
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    for (int i = 0; i < 100 && !m.reset(err.toString()).find(); i++) Thread.sleep(100);
    assertTrue(m.reset(err.toString()).find(), err.toString());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + m.group(1) + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.body().startsWith("{\"total\":2,"), r.body());
    demo.stop.countDown();
    assertEquals(ExitCodes.OK, code.get(10, TimeUnit.SECONDS));
  }

  @Test
  void missingSampleIsAUsageError() {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.USAGE, demo(err).execute("demo", "--sample", dir.resolve("none.jsonl").toString()));
    assertTrue(err.toString().contains("none.jsonl does not exist"), err.toString());
  }
}
