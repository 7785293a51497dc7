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
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void missingStoreIsExit3NamingIt() {
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    Path db = dir.resolve("none.db");
    assertEquals(ExitCodes.RESOURCE, cl.execute("serve", "--db", db.toString(), "--port", "0"));
    assertTrue(err.toString().contains(db + ": no store there"), err.toString());
  }

  @Test
  void badPortIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.USAGE, cl.execute("serve", "--port", "70000"));
    assertTrue(err.toString().contains("--port must be 0 to 65535, got 70000"), err.toString());
  }

  @Test
  void servesHealthUntilStopped() throws Exception {
    Path db = dir.resolve("s.db");
    Store.open(db.toString()).close();
    CommandLine cl = SitrepCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    ServeCommand serve = (ServeCommand) cl.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
        () -> cl.execute("serve", "--db", db.toString(), "--port", "0"));
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    for (int i = 0; i < 100 && !m.reset(err.toString()).find(); i++) Thread.sleep(100);
    assertTrue(m.reset(err.toString()).find(), err.toString());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + m.group(1) + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("{\"status\":\"ok\"}", r.body());
    serve.stop.countDown();
    assertEquals(ExitCodes.OK, code.get(10, TimeUnit.SECONDS));
  }

  @Test
  void shortTokenIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.USAGE, cl.execute("serve", "--token", "secret", "--port", "0"));
    assertTrue(err.toString().contains("must be at least 16 characters long, got 6"), err.toString());
  }

  @Test
  void tokenLetsPostAddAnArticle() throws Exception {
    Path db = dir.resolve("w.db");
    Store.open(db.toString()).close();
    CommandLine cl = SitrepCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    ServeCommand serve = (ServeCommand) cl.getSubcommands().get("serve").getCommand();
    serve.processorFactory = () -> a -> {
      ObjectNode o = new ObjectMapper().createObjectNode();
      for (String layer : new String[] {"entities", "places", "times", "statements", "events"}) o.putArray(layer);
      return o;
    };
    String token = "cli-test-token-0123456789";
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
        () -> cl.execute("serve", "--db", db.toString(), "--port", "0", "--token", token));
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/ accepting POST").matcher("");
    for (int i = 0; i < 100 && !m.reset(err.toString()).find(); i++) Thread.sleep(100);
    assertTrue(m.reset(err.toString()).find(), err.toString());
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/api/articles"))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"a1\",\"text\":\"Troops left the village on Sunday.\"}"))
        .build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("{\"id\":\"a1\",\"added\":true,\"events\":0,\"statements\":0}", r.body());
    serve.stop.countDown();
    assertEquals(ExitCodes.OK, code.get(10, TimeUnit.SECONDS));
  }
}
