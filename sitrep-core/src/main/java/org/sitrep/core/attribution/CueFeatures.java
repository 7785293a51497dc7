package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * The features the cue tagger reads for one token: its word, lemma and tag and those of its neighbours, its
 * named-entity tag, what the rule lexicon says of it, quote marks around it and, where the cascade parsed the
 * sentence, its dependency relation, the clauses it governs and what kind of subject it has ("he said that" is
 * a pronoun subject governing a clausal complement). Features that depend on the previous token's label are
 * separate ({@link #withPrevious}), so training can extract the rest once. Stateless.
 */
final class CueFeatures {
  /** Dependents that mark a verb or noun as introducing what was said. */
  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "parataxis", "nsubj", "nsubj:pass", "obj", "advcl", "acl");

  private final CueLexicon lexicon;

  CueFeatures(CueLexicon lexicon) { this.lexicon = lexicon; }

  /** The label-independent features of every token of {@code s}, one list per token. */
  List<List<String>> of(Sentence s) {
    List<Token> ts = s.tokens();
    boolean[] inPhrase = phraseTokens(ts);
    int firstQuote = -1, lastQuote = -1;
    for (Token t : ts) {
      if (TokenRanges.isQuote(t) || "\"".equals(t.word())) {
        if (firstQuote < 0) firstQuote = t.index();
        lastQuote = t.index();
      }
    }
    // Arcs indexed once: Sentence.head and children scan every arc, too slow per token on a transcript-long sentence.
    Dependency[] heads = new Dependency[ts.size()];
    List<List<Dependency>> children = new ArrayList<>(ts.size());
    for (int k = 0; k < ts.size(); k++) children.add(new ArrayList<>());
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < ts.size()) heads[d.dependent()] = d;
      if (d.governor() >= 0 && d.governor() < ts.size()) children.get(d.governor()).add(d);
    }
    List<List<String>> out = new ArrayList<>(ts.size());
    for (Token t : ts) {
      int i = t.index();
      List<String> f = new ArrayList<>(40);
      String lemma = lemma(t);
      f.add("b");
      f.add("w=" + clean(t.word()));
      f.add("l=" + lemma);
      f.add("t=" + t.tag());
      f.add("lt=" + lemma + "/" + coarse(t));
      f.add("ner=" + t.ner());
      for (int d : new int[] {-2, -1, 1, 2}) {
        int k = i + d;
        String tag = k < 0 ? "<s>" : k >= ts.size() ? "</s>" : ts.get(k).tag();
        String lem = k < 0 ? "<s>" : k >= ts.size() ? "</s>" : lemma(ts.get(k));
        f.add("t" + d + "=" + tag);
        f.add("l" + d + "=" + lem);
      }
      f.add("tt=" + (i > 0 ? ts.get(i - 1).tag() : "<s>") + "/" + t.tag());
      f.add("lex=" + vote(t, inPhrase[i]));
      f.add("lexl=" + vote(t, inPhrase[i]) + "/" + coarse(t));
      if (i > 0 && Character.isUpperCase(t.word().charAt(0))) f.add("cap");
      // A quotation before the token in the same sentence and the token late in it: '"...," she said.'
      if (firstQuote >= 0 && firstQuote < i) f.add("q<");
      if (lastQuote > i) f.add("q>");
      if (i + 1 < ts.size() && ":".equals(ts.get(i + 1).word())) f.add(":+1");
      if (i + 1 < ts.size() && "that".equalsIgnoreCase(ts.get(i + 1).word())) f.add("that+1");
      if (s.parsed()) parseFeatures(s, heads[i], children.get(i), lemma, f);
      else f.add("unparsed");
      out.add(f);
    }
    return out;
  }

  /** The features joining the previous token's label with this token's tag and lemma. */
  static void withPrevious(String previous, Token t, List<String> into) {
    into.add("p=" + previous);
    into.add("pt=" + previous + "/" + t.tag());
    into.add("pl=" + previous + "/" + lemma(t));
  }

  private void parseFeatures(Sentence s, Dependency h, List<Dependency> children, String lemma, List<String> f) {
    String rel = h == null ? "none" : h.relation();
    f.add("rel=" + rel);
    f.add("rell=" + rel + "/" + lemma);
    if (h != null && h.governor() >= 0) {
      Token g = s.tokens().get(h.governor());
      f.add("gov=" + lemma(g));
      f.add("govlex=" + vote(g, false) + "/" + rel);
    }
    for (Dependency d : children) {
      if (!CLAUSAL.contains(d.relation())) continue;
      f.add("has=" + d.relation());
      f.add("hasl=" + d.relation() + "/" + lemma);
      if (d.relation().startsWith("nsubj")) f.add("subj=" + subjectKind(s.tokens().get(d.dependent())));
      if (d.relation().equals("ccomp")) f.add("ccompl=" + lemma);
    }
  }

  /** What a subject is: a pronoun, a person, an organisation, another noun, or something else. */
  private static String subjectKind(Token t) {
    if (t.isPronoun()) return "PRP";
    if ("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) return t.ner();
    return t.isNoun() ? "NN" : "other";
  }

  /** The rule lexicon's vote: a verb or noun cue on a token of that kind, a token of a cue phrase, a cue lemma of another kind, or none. */
  private String vote(Token t, boolean inPhrase) {
    if (inPhrase) return "phrase";
    if (t.isVerb() && lexicon.verb(t.lemma()) != null) return lexicon.verb(t.lemma()).clauseOnly() ? "verb-clause" : "verb";
    if (t.isNoun() && lexicon.noun(t.lemma()) != null) return "noun";
    if (lexicon.verb(t.lemma()) != null || lexicon.noun(t.lemma()) != null) return "other-kind";
    return "none";
  }

  private boolean[] phraseTokens(List<Token> ts) {
    boolean[] out = new boolean[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      CueLexicon.Cue c = lexicon.phraseAt(ts, i);
      if (c != null) for (int k = 0; k < c.words().size() && i + k < ts.size(); k++) out[i + k] = true;
    }
    return out;
  }

  private static String coarse(Token t) {
    return t.isVerb() ? "V" : t.isNoun() ? "N" : t.isPronoun() ? "PRP" : t.tag().isEmpty() ? "?" : t.tag().substring(0, 1);
  }

  private static String lemma(Token t) { return clean(t.lemma()); }

  /** Lower case, with blanks made underscores: a feature is one field of the weights file ("1 1/2" is one token). */
  private static String clean(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? '_' : Character.toLowerCase(c));
    }
    return b.toString();
  }
}
