/**
 * Tokenising, sentence splitting, tagging, lemmatising, NER tagging and (for cascade-selected sentences) dependency
 * parsing with Stanford CoreNLP. Reads the article text; adds SENTENCES. Loads CoreNLP's English models.
 */
package org.sitrep.core.nlp;
