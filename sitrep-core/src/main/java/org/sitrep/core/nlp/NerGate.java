package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Which sentences CoreNLP's NER runs on, and with which models. A sentence with no capital letter (past a function word
 * opening it: "They", "It", "In"), no digit and no date, time or amount word ({@code /sitrep/nlp/ner_cue_words.txt})
 * holds no name, date or amount; its tokens are tagged "O" without running the three CRF models. A sentence with names
 * but no digit, no such word and no month or weekday name ({@code /sitrep/nlp/date_names.txt}) holds no date, time,
 * amount or share, which is all the MUC model adds to the other two: it is tagged without that model. Immutable.
 */
final class NerGate {
  static final String RESOURCE = "/sitrep/nlp/ner_cue_words.txt";
  static final String DATE_NAMES = "/sitrep/nlp/date_names.txt";
  /** Tags of words that open sentences with a capital only because they open them. */
  private static final Set<String> FUNCTION_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "IN", "CC", "WRB", "WP", "WP$",
      "WDT", "EX", "RB", "RBR", "RBS", "MD", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ");

  private final Set<String> cueWords;
  private final Set<String> dateNames;

  NerGate() {
    Set<String> words = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) words.add(l.text().strip().toLowerCase(Locale.ROOT));
    cueWords = Set.copyOf(words);
    Set<String> names = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(DATE_NAMES)) names.add(l.text().strip());
    dateNames = Set.copyOf(names);
  }

  boolean worthTagging(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String w = t.word();
      if (w == null) continue;
      boolean openingFunctionWord = i == 0 && FUNCTION_TAGS.contains(t.tag());
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isDigit(c)) return true;
        if (Character.isUpperCase(c) && !(openingFunctionWord && k == 0)) return true;
      }
      if (cueWords.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /**
   * Whether the MUC model could tag a date, time, amount or share here: a digit, a date, time or amount word ("last
   * week", "billions of dollars") or a month or weekday name ("on Monday", "in May"). Asked only of sentences that are
   * {@link #worthTagging worth tagging}.
   */
  boolean mayHoldDateOrAmount(List<? extends HasWord> tokens) {
    for (HasWord t : tokens) {
      String w = t.word();
      if (w == null) continue;
      for (int k = 0; k < w.length(); k++) if (Character.isDigit(w.charAt(k))) return true;
      if (isDateWord(w)) return true;
      // CoreNLP's NER joins hyphenated words split by the tokenizer again ("March-April", "mid-April", "two-thirds")
      if (w.indexOf('-') >= 0) for (String part : w.split("-")) if (isDateWord(part)) return true;
    }
    return false;
  }

  private boolean isDateWord(String w) {
    return dateNames.contains(w) || cueWords.contains(w.toLowerCase(Locale.ROOT));
  }
}
