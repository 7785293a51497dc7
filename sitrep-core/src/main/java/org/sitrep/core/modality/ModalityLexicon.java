package org.sitrep.core.modality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/** The modality word lists under /sitrep/modality/, loaded once. Immutable. */
final class ModalityLexicon {
  private static final String DIR = "/sitrep/modality/";

  /**
   * A word list: single lemmas, lemma sequences, "aux:" entries matched only as auxiliaries and "adj:" entries matched
   * only as adjectives ("open" in "open to talks", not in "opened fire").
   */
  record Words(Set<String> lemmas, Set<String> auxiliaries, Set<String> adjectives, List<List<String>> sequences) {
    boolean has(String lemma) { return lemmas.contains(lemma); }
  }

  final Words negators = load("negators.txt");
  final Words negatingPredicates = load("negating_predicates.txt");
  final Words hypothetical = load("hypothetical_markers.txt");
  final Words intention = load("intention_verbs.txt");
  final Words future = load("future_markers.txt");
  final Words generic = load("generic_markers.txt");
  final Words supportVerbs = load("support_verbs.txt");
  final Words nonspecific = load("nonspecific_determiners.txt");
  final Words directives = load("directive_verbs.txt");
  final Words eventSubjectVerbs = load("event_subject_verbs.txt");
  final Words definite = load("definite_determiners.txt");
  final Words pluralEvents = load("plural_events.txt");

  private static Words load(String file) {
    Set<String> lemmas = new HashSet<>();
    Set<String> aux = new HashSet<>();
    Set<String> adjectives = new HashSet<>();
    List<List<String>> seqs = new ArrayList<>();
    for (ResourceLines.Line l : ResourceLines.read(DIR + file)) {
      String t = l.text().strip().toLowerCase(Locale.ROOT);
      if (t.startsWith("aux:")) {
        if (t.length() == 4) throw l.error("'aux:' needs a word");
        aux.add(t.substring(4));
      } else if (t.startsWith("adj:")) {
        if (t.length() == 4) throw l.error("'adj:' needs a word");
        adjectives.add(t.substring(4));
      } else if (t.contains(" ")) {
        seqs.add(List.of(t.split("\\s+")));
      } else {
        lemmas.add(t);
      }
    }
    return new Words(Set.copyOf(lemmas), Set.copyOf(aux), Set.copyOf(adjectives), List.copyOf(seqs));
  }
}
