package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitrep.core.model.Article;

/**
 * How the store reads an article that carries a {@code title}: the headline, a blank line, then the text. Press
 * releases and wire copy often state their event only in the headline ("Putin will hold talks with ..." over a body
 * that says "The leaders will discuss ..."), so extraction reads both. The stored article text is this reading, and
 * every offset of the stored extract object (and so every evidence span the dashboard marks) indexes it; the object's
 * {@code bodyOffset} says where the input's own {@code text} begins, so subtracting it gives offsets into the input.
 * An article without a title, or whose text already opens with its title (a web page whose main text repeats the
 * heading), is read as it is.
 */
public final class HeadlineText {
  /** Between headline and text: a paragraph break, so the sentence splitter never joins the two. */
  static final String SEPARATOR = "\n\n";

  private HeadlineText() {}

  /** The article as the store reads and keeps it: its text is the headline, a blank line, then the input text. */
  public static Article read(Article a) {
    String headline = headline(a);
    if (headline == null) return a;
    return new Article(a.id(), headline + SEPARATOR + a.text(), a.published(), a.title(), a.source(), a.url(), a.lang());
  }

  /** Where the input text begins in {@link #read}'s text: 0 when nothing is prepended. */
  public static int bodyOffset(Article a) {
    String headline = headline(a);
    return headline == null ? 0 : headline.length() + SEPARATOR.length();
  }

  /**
   * Whether the store holds the article as {@link #read} reads it, or as a store made before titles were read kept it
   * (the text alone): either way it is stored, not new.
   */
  public static boolean stored(Store store, Article input) {
    Article read = read(input);
    return store.contains(read.id(), Store.textHash(read.text()))
        || (read != input && store.contains(input.id(), Store.textHash(input.text())));
  }

  /** The extract object of the article as {@link #read} reads it, with {@code bodyOffset} when a headline was added. */
  public static ObjectNode extract(ArticleProcessor processor, Article input) {
    ObjectNode x = processor.process(read(input));
    int offset = bodyOffset(input);
    if (offset > 0) x.put("bodyOffset", offset);
    return x;
  }

  /**
   * The title as one line, without a trailing " | Site" or " - Site" naming the article's source (page titles often
   * end so, and the site's name is no part of the event); null when there is nothing to prepend.
   */
  static String headline(Article a) {
    if (a.title() == null) return null;
    String h = a.title().strip().replaceAll("\\s*\\R\\s*", " ");
    if (a.source() != null && !a.source().isBlank()) {
      for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
        String suffix = sep + a.source().strip();
        if (h.length() > suffix.length() && h.endsWith(suffix)) h = h.substring(0, h.length() - suffix.length()).strip();
      }
    }
    if (h.isEmpty() || opensWith(a.text(), h)) return null;
    return h;
  }

  /** Whether the text starts with the headline, ignoring case and runs of white space. */
  private static boolean opensWith(String text, String headline) {
    String t = squash(text.substring(0, Math.min(text.length(), headline.length() * 2 + 16)));
    return t.startsWith(squash(headline));
  }

  private static String squash(String s) { return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); }
}
