package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;

class WebArticlesTest {
  @TempDir Path dir;

  private static final String PAGE = """
      <html lang="en"><head><title>Shelling in Kharkiv | News</title>
      <meta property="article:published_time" content="2024-03-14T08:30:00+02:00">
      <script>var tracking = "Kremlin said";</script></head>
      <body><nav><p>Home World Politics</p></nav>
      <div class="story"><p>Russian forces shelled Kharkiv overnight, the governor said.</p>
      <p>Two people were wounded. <b>Repairs</b> began in the morning.</p></div>
      <footer><p>Copyright News Ltd</p></footer></body></html>
      """;

  @Test
  void htmlPageGivesItsMainTextTitleAndDate() {
    Article a = WebArticles.html("kharkiv.html", PAGE);
    assertEquals("Russian forces shelled Kharkiv overnight, the governor said.\n\nTwo people were wounded. Repairs began in the morning.", a.text());
    assertEquals("Shelling in Kharkiv | News", a.title());
    assertEquals(LocalDate.of(2024, 3, 14), a.published());
    assertEquals("en", a.lang());
  }

  @Test
  void scriptsNavigationAndFootersAreNotText() {
    Article a = WebArticles.html("p.html", PAGE);
    assertFalse(a.text().contains("tracking") || a.text().contains("Home World") || a.text().contains("Copyright"), a.text());
  }

  @Test
  void rssItemsAreArticlesWithMarkupRemoved() {
    String rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Drones hit depot</title><link>https://example.org/a</link><guid>wire-1</guid>
        <pubDate>Tue, 12 Mar 2024 06:00:00 GMT</pubDate>
        <description>&lt;p&gt;A drone attack hit an oil depot in the Kursk region, officials said.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
        <item><title>Talks</title><link>https://example.org/b</link><description>Delegations met in Geneva.</description></item>
        </channel></rss>
        """;
    List<Article> items = WebArticles.feed("wire.rss", rss);
    assertEquals(2, items.size());
    assertEquals("wire-1", items.get(0).id());
    assertEquals("A drone attack hit an oil depot in the Kursk region, officials said.", items.get(0).text());
    assertEquals(LocalDate.of(2024, 3, 12), items.get(0).published());
    assertEquals("https://example.org/b", items.get(1).id());
    assertNull(items.get(1).published());
  }

  @Test
  void atomEntriesAreArticles() {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
        <entry><id>tag:example.org,2024:1</id><title>Strike</title><updated>2024-03-10T10:00:00Z</updated>
        <link href="https://example.org/c"/><content type="html">&lt;p&gt;Missiles struck Odesa port.&lt;/p&gt;</content></entry></feed>
        """;
    List<Article> items = WebArticles.feed("f.atom", atom);
    assertEquals("tag:example.org,2024:1", items.get(0).id());
    assertEquals("Missiles struck Odesa port.", items.get(0).text());
    assertEquals(LocalDate.of(2024, 3, 10), items.get(0).published());
  }

  @Test
  void foldersOfPagesAndFeedsAreRead() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.rss"), "<rss><channel><item><guid>g1</guid><description>Troops advanced.</description></item></channel></rss>");
    List<String> ids = new ArrayList<>();
    try (ArticleSource src = ArticleSource.open(List.of(dir))) {
      while (src.hasNext()) ids.add(src.next().article().id());
    }
    assertEquals(List.of("a.html", "g1"), ids);
    assertEquals(2, ArticleSource.count(ArticleSource.files(List.of(dir))));
  }
}
