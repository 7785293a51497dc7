package org.sitrep.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Cuts sentences longer than {@link #MAX_TOKENS} tokens into pieces of at most that many, so that no sentence reaches
 * the tagger, NER or the parser overlong. CoreNLP's parser and its conversion to Universal Dependencies take time
 * growing faster than the sentence length (an 80,000-word run-on "sentence" with no full stop did not finish in ten
 * minutes), and CoreNLP 4.5.10 has no sentence length limit of its own but {@code pos.maxlen}, which leaves longer
 * sentences untagged. A piece ends after the last comma, semicolon, colon or dash in its second half when there is
 * one, else at the limit. A dateline opening a report is cut off the lead sentence ({@link DatelineCutter}), and a sentence
 * ending in "a.m." or "p.m." off the next ({@link ClockEnds}). Token
 * offsets stay those of the text; only sentence boundaries are added.
 */
final class SentenceChunker {
  /**
   * News sentences rarely pass 60 tokens and hardly ever 150; 200 leaves room for long lists of names or places
   * while keeping each piece cheap to parse.
   */
  static final int MAX_TOKENS = 200;
  /** Sentence ends CoreNLP's splitter hides inside "a.m." and "p.m.". */
  private static final ClockEnds CLOCK_ENDS = new ClockEnds();
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "--", "-", "—", "–");

  private SentenceChunker() {}

  /**
   * The sentences, overlong ones replaced by their pieces and each dateline {@code datelines} finds standing as a
   * sentence of its own, re-indexed (sentence index, token index from 1); the same list when nothing is cut.
   */
  static List<CoreMap> chunk(String text, List<CoreMap> sentences, DatelineCutter datelines) {
    List<List<Integer>> bounds = new ArrayList<>(sentences.size());
    boolean anyCut = false;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      SortedSet<Integer> cutSet = new TreeSet<>(datelines.cuts(text, tokens));
      cutSet.addAll(CLOCK_ENDS.cuts(tokens));
      List<Integer> cuts = new ArrayList<>(cutSet);
      anyCut |= !cuts.isEmpty() || tokens.size() > MAX_TOKENS;
      List<Integer> b = new ArrayList<>(cuts.size() + 2);
      b.add(0);
      b.addAll(cuts);
      b.add(tokens.size());
      bounds.add(b);
    }
    if (!anyCut) return sentences;
    List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
    int tokenOffset = 0;
    for (int k = 0; k < sentences.size(); k++) {
      List<CoreLabel> tokens = sentences.get(k).get(CoreAnnotations.TokensAnnotation.class);
      List<Integer> b = bounds.get(k);
      for (int p = 0; p + 1 < b.size(); p++) {
        int pieceEnd = b.get(p + 1);
        for (int from = b.get(p); from < pieceEnd; ) {
          int to = pieceEnd - from <= MAX_TOKENS ? pieceEnd : cut(tokens, from);
          out.add(sentence(text, tokens.subList(from, to), out.size(), tokenOffset));
          tokenOffset += to - from;
          from = to;
        }
      }
    }
    return out;
  }

  /** The end (exclusive) of the piece starting at {@code from}: after a break in the piece's second half, else full. */
  private static int cut(List<CoreLabel> tokens, int from) {
    int limit = from + MAX_TOKENS;
    for (int i = limit - 1; i >= from + MAX_TOKENS / 2; i--) if (BREAKS.contains(tokens.get(i).word())) return i + 1;
    return limit;
  }

  private static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int tokenOffset) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation s = new Annotation(text.substring(begin, end));
    List<CoreLabel> own = new ArrayList<>(tokens);
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
      own.get(i).setSentIndex(index);
    }
    s.set(CoreAnnotations.TokensAnnotation.class, own);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + own.size());
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    return s;
  }
}
