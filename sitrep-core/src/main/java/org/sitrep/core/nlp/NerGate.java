package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Which sentences CoreNLP's NER runs on: those with something it could tag. A sentence with no capital letter (past a
 * function word opening it: "They", "It", "In"), no digit and no date, time or amount word ({@code
 * /sitrep/nlp/ner_cue_words.txt}) holds no name, date or amount; its tokens are tagged "O" without running the three
 * CRF models. Immutable.
 */
final class NerGate {
  static final String RESOURCE = "/sitrep/nlp/ner_cue_words.txt";
  /** Tags of words that open sentences with a capital only because they open them. */
  private static final Set<String> FUNCTION_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "IN", "CC", "WRB", "WP", "WP$",
      "WDT", "EX", "RB", "RBR", "RBS", "MD", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ");

  private final Set<String> cueWords;

  NerGate() {
    Set<String> words = new HashSet<>();
    for (ResourceLines.Line l : ResourceLines.read(RESOURCE)) words.add(l.text().strip().toLowerCase(Locale.ROOT));
    cueWords = Set.copyOf(words);
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
}
