/**
 * Tokenising, sentence splitting, tagging, lemmatising, NER tagging (for sentences with something to tag) and
 * dependency parsing (for cascade-selected sentences) with Stanford CoreNLP. Reads the article text; adds SENTENCES.
 * Loads CoreNLP's English models and {@code /sitrep/nlp/ner_cue_words.txt}.
 */
package org.sitrep.core.nlp;
