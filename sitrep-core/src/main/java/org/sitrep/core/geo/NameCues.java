package org.sitrep.core.geo;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.core.lexicon.ResourceLines;

/**
 * Words around a capitalised name that tell a place from a person or from part of a longer name, loaded from
 * /sitrep/geo/name_cues.tsv: institution heads ("Torrington Fire Department"), titles before a person ("Sen. Rogers")
 * and speech verbs after one ("Douglas said"), the head nouns of natural features ("Red River") and news agencies
 * credited in datelines ("(AP)"). Words are lower case; immutable once loaded.
 */
record NameCues(Set<String> institutionHeads, Set<String> titles, Set<String> speechVerbs, Set<String> featureHeads,
                Set<String> agencies) {
  static final String RESOURCE = "/sitrep/geo/name_cues.tsv";

  NameCues {
    institutionHeads = Set.copyOf(institutionHeads);
    titles = Set.copyOf(titles);
    speechVerbs = Set.copyOf(speechVerbs);
    featureHeads = Set.copyOf(featureHeads);
    agencies = Set.copyOf(agencies);
  }

  static NameCues loadBundled() {
    Set<String> institutions = new HashSet<>(), titles = new HashSet<>(), speech = new HashSet<>(), features = new HashSet<>();
    Set<String> agencies = new HashSet<>();
    for (ResourceLines.Row r : ResourceLines.readTsv(RESOURCE)) {
      String word = r.get("word").toLowerCase();
      switch (r.get("kind")) {
        case "institution" -> institutions.add(word);
        case "title" -> titles.add(word);
        case "speech" -> speech.add(word);
        case "feature" -> features.add(word);
        case "agency" -> agencies.add(word);
        default -> throw r.line().error("kind '" + r.get("kind") + "', expected institution, title, speech, feature or agency");
      }
    }
    return new NameCues(institutions, titles, speech, features, agencies);
  }

  boolean isInstitutionHead(String word) { return institutionHeads.contains(word.toLowerCase()); }

  boolean isTitle(String word) { return titles.contains(word.toLowerCase()); }

  boolean isSpeechVerb(String word) { return speechVerbs.contains(word.toLowerCase()); }

  /** Whether the word is a news agency's name, as in a dateline's credit ("(AP)"). */
  boolean isAgency(String word) { return agencies.contains(word.toLowerCase()); }

  /** Whether the name key's last word is the head noun of a natural feature's name ("red river"). */
  boolean endsInFeatureHead(String key) { return featureHeads.contains(key.substring(key.lastIndexOf(' ') + 1)); }
}
