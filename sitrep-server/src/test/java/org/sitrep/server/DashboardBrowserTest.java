package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.Store;
import org.sitrep.store.StoreReader;

/**
 * The dashboard in a real headless Chromium over the {@link DemoStore}. Skipped (not failed) where no chromium and
 * chromedriver are installed, or the dashboard bundle was not built ({@code -Dsitrep.skipFrontend}). The browser and
 * driver come from the system (Debian {@code chromium}, {@code chromium-driver}) or from {@code SITREP_CHROMIUM} and
 * {@code SITREP_CHROMEDRIVER}; nothing is downloaded.
 */
class DashboardBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static WebDriver browser;
  private static final StringWriter errorLog = new StringWriter();

  @BeforeAll
  static void start() {
    Optional<Path> chromium = executable("SITREP_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = executable("SITREP_CHROMEDRIVER", "chromedriver");
    assumeTrue(chromium.isPresent() && driver.isPresent(), "no chromium and chromedriver installed: browser tests skipped");
    assumeTrue(Files.exists(Path.of("target/classes/static/app.js")), "dashboard bundle not built: browser tests skipped");

    store = Store.open(dir.resolve("dashboard.db").toString());
    DemoStore.fill(store);
    server = new SitrepServer(new StoreReader(store), new PrintWriter(errorLog)).start("127.0.0.1", 0);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
    if (store != null) store.close();
  }

  @Test
  void dashboardLoadsWithoutConsoleErrors() {
    open();
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), errors);
    assertEquals("", text(By.id("status")));
    assertEquals("", errorLog.toString());
  }

  @Test
  void mapDrawsADotPerLocatedEvent() {
    open();
    assertEquals(8, browser.findElements(By.cssSelector("#map svg circle")).size());
    assertTrue(browser.findElements(By.cssSelector("#map svg path.country")).size() > 100, "country shapes drawn");
  }

  @Test
  void typeFilterNarrowsTheTimeline() {
    open();
    assertEquals(8, browser.findElements(By.cssSelector("#timeline svg circle")).size());
    browser.findElement(By.name("type")).sendKeys("assault");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#timeline svg circle")).size() == 3);
    List<String> rows = browser.findElements(By.cssSelector("#timeline svg .tick text")).stream()
        .map(WebElement::getText).filter(t -> t.matches("[A-Z]+")).toList();
    assertEquals(List.of("ASSAULT"), rows);
  }

  @Test
  void clickingAnEventShowsItsArticleWithEvidenceMarked() {
    open();
    pick("CONSULT");
    WebElement article = new WebDriverWait(browser, WAIT)
        .until(b -> b.findElements(By.cssSelector("#detail .article-text")).stream().findFirst().orElse(null));
    assertEquals(DemoStore.TALKS, article.getText());
    List<String> marked = article.findElements(By.cssSelector("mark.ev-trigger, mark.ev-place")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("attend", "Geneva"), marked);
    screenshot("event-detail");
  }

  @Test
  void aLinkToAnEventOpensWithItShown() {
    browser.get("about:blank");
    browser.get("http://127.0.0.1:" + server.port() + "/#event=1");
    WebElement article = new WebDriverWait(browser, WAIT)
        .until(b -> b.findElements(By.cssSelector("#detail .article-text")).stream().findFirst().orElse(null));
    assertEquals(DemoStore.SHELLING, article.getText());
  }

  @Test
  void brushingTheTimelineFiltersEveryView() {
    open();
    // From before the first day (06-06) to between 06-09 and 06-10: the shelling, the talks and the market.
    WebElement overlay = browser.findElement(By.cssSelector("#timeline svg .brush .overlay"));
    int left = xOfDay("2023-06-06") - 6;
    int right = (xOfDay("2023-06-09") + xOfDay("2023-06-10")) / 2;
    int fromCentre = overlay.getRect().getWidth() / 2;
    new Actions(browser).moveToElement(overlay, left - overlay.getRect().getX() - fromCentre, 0).clickAndHold()
        .moveByOffset(right - left, 0).release().perform();
    new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#timeline svg circle.dot")).size() == 3
        && b.findElements(By.cssSelector("#map svg circle")).size() == 3
        && b.findElements(By.cssSelector("#events tr.event-row")).size() == 3);
    assertEquals("2023-06-06", browser.findElement(By.name("from")).getAttribute("value"));
    assertEquals("2023-06-09", browser.findElement(By.name("to")).getAttribute("value"));
  }

  @Test
  void timelineRowsCanBeQuadClasses() {
    open();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("timeline-rows"))).selectByValue("quad");
    new WebDriverWait(browser, WAIT).until(b -> rows().contains("material conflict"));
    // Shelling, market, depot (19x), sanctions (16x), arrests (17x) are material conflict; the protest (14x) too.
    assertEquals(List.of("material conflict", "material cooperation", "verbal cooperation"), rows());
  }

  @Test
  void escalationLineDrawsOnePathPerDyad() {
    open();
    // The five dyads with the most scored events; "?" stands for events without a recipient.
    new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#escalation svg path.line")).size() == 5);
    String legend = text(By.cssSelector("#escalation .legend"));
    assertTrue(legend.startsWith("RUS → UKR (2)UKR → ? (2)"), legend);
    assertEquals(7, browser.findElements(By.cssSelector("#escalation svg circle")).size());
  }

  @Test
  void stanceOverTimeHighlightsDenialsAndAccusations() {
    open();
    new WebDriverWait(browser, WAIT).until(b -> !b.findElements(By.cssSelector("#stances svg circle")).isEmpty());
    assertEquals(8, browser.findElements(By.cssSelector("#stances svg circle")).size());
    List<String> denials = titles("#stances svg circle.denial");
    assertEquals(List.of("The minister, 2023-06-07: deny × 1"), denials);
    assertEquals(List.of("Rights groups, 2023-06-15: accuse × 1"), titles("#stances svg circle.accusation"));
  }

  @Test
  void clickingASpeakerFiltersTheStatements() {
    open();
    browser.findElements(By.cssSelector("#stances svg .speaker-name")).stream()
        .filter(t -> t.getText().startsWith("The minister")).findFirst().orElseThrow().click();
    new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.cssSelector("#stances svg circle")).size() == 1);
    assertEquals("The minister", browser.findElement(By.name("actor")).getAttribute("value"));
    assertEquals(1, browser.findElements(By.cssSelector("#statements li.denial")).size());
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNeverRuns() {
    open();
    browser.findElements(By.cssSelector("#events tr.event-row")).stream()
        .filter(r -> r.getText().contains("Market strike")).findFirst().orElseThrow().click();
    WebElement article = new WebDriverWait(browser, WAIT)
        .until(b -> b.findElements(By.cssSelector("#detail .article-text")).stream().findFirst().orElse(null));
    assertEquals(DemoStore.MARKUP, article.getText());
    String detail = text(By.id("detail"));
    for (String field : List.of(DemoStore.MARKUP_TITLE, DemoStore.MARKUP_SOURCE, DemoStore.MARKUP_ACTOR,
        DemoStore.MARKUP_PLACE)) {
      assertTrue(detail.contains(field), "the detail does not show " + field + " as text: " + detail);
    }
    assertTrue(text(By.id("statements")).contains(DemoStore.MARKUP_SPEAKER), text(By.id("statements")));
    assertTrue(text(By.id("statements")).contains("<img src=x onerror="), text(By.id("statements")));
    assertTrue(browser.findElements(By.cssSelector("#detail script, #detail img, #detail svg, #statements script, "
        + "#statements img, #statements svg, a[href^='javascript:'], [onerror], [onload]")).isEmpty());
    assertNull(((JavascriptExecutor) browser).executeScript("return window." + DemoStore.XSS_FLAG + " ?? null"));
    assertEquals("", errorLog.toString());
  }

  // ---- helpers ----

  /** Loads the dashboard and waits until every view has drawn. */
  private static void open() {
    browser.get("about:blank");
    browser.get("http://127.0.0.1:" + server.port() + "/");
    new WebDriverWait(browser, WAIT).until(b -> "1".equals(b.findElement(By.tagName("body")).getAttribute("data-drawn"))
        && !b.findElements(By.cssSelector("#timeline svg circle")).isEmpty()
        && !b.findElements(By.cssSelector("#map svg circle")).isEmpty());
  }

  /** Where on the page the timeline draws a day: the centre of its dot. */
  private static int xOfDay(String day) {
    WebElement dot = browser.findElements(By.cssSelector("#timeline svg circle.dot")).stream()
        .filter(c -> c.findElement(By.tagName("title")).getAttribute("textContent").contains(day))
        .findFirst().orElseThrow(() -> new AssertionError("no timeline dot on " + day));
    return dot.getRect().getX() + dot.getRect().getWidth() / 2;
  }

  private static List<String> rows() {
    return browser.findElements(By.cssSelector("#timeline svg .tick text")).stream().map(WebElement::getText)
        .filter(t -> t.matches("[a-z ]+")).toList();
  }

  private static List<String> titles(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(c -> c.findElement(By.tagName("title")).getAttribute("textContent")).toList();
  }

  /** Clicks the timeline dot whose tooltip mentions {@code what}. */
  private static void pick(String what) {
    WebElement dot = browser.findElements(By.cssSelector("#timeline svg circle")).stream()
        .filter(c -> c.findElement(By.tagName("title")).getAttribute("textContent").contains(what))
        .findFirst().orElseThrow(() -> new AssertionError("no timeline dot for " + what));
    dot.click();
  }

  /** Keeps what the browser showed under target/browser-screenshots, for looking at when a test fails on CI. */
  private static void screenshot(String name) {
    try {
      Path out = Path.of("target/browser-screenshots", name + ".png");
      Files.createDirectories(out.getParent());
      Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(By by) { return browser.findElement(by).getText(); }

  private static Optional<Path> executable(String variable, String... names) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(names).flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }
}
