package org.sitrep.core.model;

/**
 * A token of a sentence: its span in the article, the word as written, lemma, part-of-speech tag (Penn) and the
 * CoreNLP named-entity tag ("O" when none). {@code index} counts tokens within its sentence from 0.
 */
public record Token(int index, Span span, String word, String lemma, String tag, String ner) {
  public boolean isVerb() { return tag != null && tag.startsWith("VB"); }
  public boolean isNoun() { return tag != null && tag.startsWith("NN"); }
  public boolean isProperNoun() { return tag != null && tag.startsWith("NNP"); }
  public boolean isPronoun() { return "PRP".equals(tag) || "PRP$".equals(tag); }
  /**
   * Whether the word can head a noun phrase that names someone (a noun, pronoun, relative or demonstrative word,
   * number, or a capitalised adjective standing for its people: "Russian shelling hit", parsed with "Russian" as the
   * subject): not a common adjective, verb, adverb or preposition, which CoreNLP's parser sometimes makes a subject
   * ("Blinken, who is due to arrive ..., urged").
   */
  public boolean canNameSomeone() {
    if (tag == null) return true;
    if (tag.startsWith("JJ")) return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    return !(tag.startsWith("VB") || tag.startsWith("RB") || tag.equals("IN") || tag.equals("TO"));
  }
}
