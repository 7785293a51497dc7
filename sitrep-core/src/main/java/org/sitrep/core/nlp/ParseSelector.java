package org.sitrep.core.nlp;

import java.util.List;
import org.sitrep.core.model.Token;

/**
 * The cascade's gate: decides from a tagged, lemmatised sentence whether it is worth a dependency parse. Sentences
 * without a candidate cue or trigger carry no statement or event, so parsing them is wasted time.
 */
@FunctionalInterface
public interface ParseSelector {
  boolean shouldParse(List<Token> tokens);

  /** Parses every sentence: the baseline the cascade is measured against. */
  ParseSelector ALL = tokens -> true;
}
