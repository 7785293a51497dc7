package org.sitrep.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.sitrep.core.model.Article;

/**
 * Articles from the web formats news arrives in: an HTML page (its main text: the {@code <article>} element, else the
 * block holding the most paragraph text, without scripts, navigation and boilerplate) and RSS or Atom feeds (one
 * article per item, its text the item's content or description with markup removed). Text is taken as text nodes,
 * so markup in the page never reaches the extractor as markup.
 */
final class WebArticles {
  private WebArticles() {}

  static Article html(String id, String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    Element main = doc.selectFirst("article");
    if (main == null) main = densest(doc);
    String text = paragraphs(main == null ? doc.body() : main);
    String title = meta(doc, "og:title");
    if (title == null && !doc.title().isBlank()) title = doc.title().strip();
    LocalDate published = date(meta(doc, "article:published_time"));
    if (published == null) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) published = date(time.attr("datetime"));
    }
    return new Article(id, text, published, title, meta(doc, "og:site_name"), meta(doc, "og:url"), lang(doc));
  }

  /** One article per RSS {@code <item>} or Atom {@code <entry>}; ids from guid/id, else link, else file and index. */
  static List<Article> feed(String fileName, String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Elements items = doc.select("item");
    if (items.isEmpty()) items = doc.select("entry");
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Element it = items.get(i);
      String link = text(it, "link");
      if (link == null) {
        Element l = it.selectFirst("link[href]");
        if (l != null) link = l.attr("href");
      }
      String id = first(text(it, "guid"), text(it, "id"), link, fileName + "#" + (i + 1));
      String body = first(text(it, "content|encoded"), text(it, "content"), text(it, "description"), text(it, "summary"), "");
      String plain = paragraphs(Jsoup.parseBodyFragment(body).body());
      LocalDate published = date(first(text(it, "pubDate"), text(it, "published"), text(it, "updated"), text(it, "dc|date")));
      out.add(new Article(id, plain, published, text(it, "title"), null, link, null));
    }
    return out;
  }

  static boolean looksLikeFeed(String xml) {
    String head = xml.substring(0, Math.min(xml.length(), 2000)).toLowerCase(java.util.Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /** The element with the most text in its direct {@code <p>} children: the article body on most news pages. */
  private static Element densest(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element e : doc.select("div, section, main, td")) {
      int n = 0;
      for (Element p : e.children()) if (p.tagName().equals("p")) n += p.text().length();
      if (n > bestLength) {
        bestLength = n;
        best = e;
      }
    }
    return best;
  }

  /** Paragraph texts separated by blank lines, so sentence splitting sees paragraph ends. */
  private static String paragraphs(Element root) {
    if (root == null) return "";
    Elements blocks = root.select("p, h1, h2, h3, li, blockquote");
    if (blocks.isEmpty()) return root.text().strip();
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      // An outer block (a blockquote of paragraphs): its inner blocks are taken instead. select() includes b itself.
      if (!b.tagName().equals("li") && b.select("p, li, blockquote").stream().anyMatch(inner -> inner != b)) continue;
      String t = b.text().strip();
      if (t.isEmpty()) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
    }
    return sb.length() > 0 ? sb.toString() : root.text().strip();
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    if (m == null) return null;
    String v = m.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  private static String lang(Document doc) {
    Element html = doc.selectFirst("html[lang]");
    return html == null ? null : html.attr("lang");
  }

  private static String text(Element parent, String tag) {
    Element e = parent.selectFirst(tag);
    if (e == null) return null;
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) if (v != null) return v;
    return null;
  }

  /** ISO date or date-time, or RFC 1123 as in RSS; null when absent or unreadable (relative times then stay unresolved). */
  static LocalDate date(String s) {
    if (s == null || s.isBlank()) return null;
    String t = s.strip();
    try {
      if (t.length() >= 10 && Character.isDigit(t.charAt(0))) {
        if (t.length() == 10) return LocalDate.parse(t);
        return OffsetDateTime.parse(t).toLocalDate();
      }
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
