package org.sitrep.core.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

/**
 * Refuses articles that are not in English, which the English models would turn into garbage events. Two cheap
 * signals: the share of letters outside the Latin script (Cyrillic, Arabic, CJK...), and for Latin-script text the
 * share of words that are English function words. An explicit "lang" other than English is refused too.
 */
final class LanguageCheck {
  private static final String WORDS = "/sitrep/extract/english_function_words.txt";
  /** English news prose has about a third of its words in the list; other Latin-script languages a few percent. */
  private static final double MIN_FUNCTION_WORD_SHARE = 0.08;
  private static final double MAX_NON_LATIN_SHARE = 0.5;
  /** Too few words to judge: headlines and fragments pass. */
  private static final int MIN_WORDS = 20;

  private final Set<String> functionWords = new HashSet<>();

  LanguageCheck() {
    for (ResourceLines.Line l : ResourceLines.read(WORDS)) functionWords.add(l.text().strip().toLowerCase(Locale.ROOT));
  }

  void check(Article a) {
    if (a.lang() != null && !a.lang().isBlank() && !a.lang().toLowerCase(Locale.ROOT).startsWith("en")) {
      throw new BadInputException("article " + a.id() + ": \"lang\" is \"" + a.lang() + "\"; only English (en) is supported");
    }
    String text = a.text();
    int letters = 0, nonLatin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) continue;
      letters++;
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) nonLatin++;
    }
    if (letters > 0 && nonLatin > letters * MAX_NON_LATIN_SHARE) {
      throw new BadInputException("article " + a.id() + ": text is not English (" + (100 * nonLatin / letters)
          + "% of letters are not Latin script); only English is supported");
    }
    int words = 0, function = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) continue;
      words++;
      if (functionWords.contains(w)) function++;
    }
    if (words >= MIN_WORDS && function < words * MIN_FUNCTION_WORD_SHARE) {
      throw new BadInputException("article " + a.id() + ": text does not look English (" + function + " of " + words
          + " words are English function words); only English is supported");
    }
  }
}
