package org.sitrep.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Loads the dashboard in the system's headless Chromium (through the system chromedriver, or $SITREP_CHROMIUM and
 * $SITREP_CHROMEDRIVER; nothing is downloaded) and reads from the Performance API, in milliseconds from navigation
 * start: first contentful paint, and the dashboard's own marks for the timeline, the map and every view drawn.
 */
final class DashboardTiming {
  private static final String READ = "const at = (n) => { const e = performance.getEntriesByName(n)[0];"
      + " return e ? e.startTime : -1; };"
      + " return [at('first-contentful-paint'), at('sitrep:timeline'), at('sitrep:map'), at('sitrep:drawn')];";

  private DashboardTiming() {}

  /** One row per load: first contentful paint, timeline drawn, map drawn, all views drawn. */
  static List<double[]> measure(String url, int loads, PrintWriter err) throws Exception {
    Path chromium = executable("SITREP_CHROMIUM", "chromium", "chromium-browser", "google-chrome")
        .orElseThrow(() -> new UsageException("no chromium found (install chromium and chromium-driver, or set"
            + " SITREP_CHROMIUM), or pass --page-loads 0"));
    Path driver = executable("SITREP_CHROMEDRIVER", "chromedriver")
        .orElseThrow(() -> new UsageException("no chromedriver found (install chromium-driver, or set"
            + " SITREP_CHROMEDRIVER), or pass --page-loads 0"));
    Path profile = Files.createTempDirectory("sitrep-bench-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    List<double[]> rows = new ArrayList<>();
    try {
      for (int i = 0; i < loads; i++) {
        browser.get("about:blank");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60))
            .until(b -> b.findElement(By.tagName("body")).getAttribute("data-drawn") != null);
        List<?> v = (List<?>) ((JavascriptExecutor) browser).executeScript(READ);
        double[] row = new double[v.size()];
        for (int k = 0; k < row.length; k++) row[k] = ((Number) v.get(k)).doubleValue();
        rows.add(row);
        String status = browser.findElement(By.id("status")).getText();
        if (!status.isEmpty()) err.println("sitrep bench serve: the dashboard says: " + status);
      }
    } finally {
      browser.quit();
    }
    return rows;
  }

  private static Optional<Path> executable(String variable, String... names) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(names).flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }
}
