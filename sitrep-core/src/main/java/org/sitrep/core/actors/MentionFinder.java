package org.sitrep.core.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * Finds named mentions in a sentence: CoreNLP NER chunks (consecutive tokens with the same coarse tag) mapped to
 * contract types and corrected with the country table, plus country names, capitals and demonyms NER missed.
 */
final class MentionFinder {
  private final CountryLexicon countries;
  private final MetonymyCues cues;

  MentionFinder(CountryLexicon countries, MetonymyCues cues) {
    this.countries = countries;
    this.cues = cues;
  }

  List<Mention> find(Sentence s) {
    List<Token> tokens = s.tokens();
    List<Mention> out = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      if (!isNameTag(tag)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)) j++;
      for (int k = i; k <= j; k++) covered[k] = true;
      out.addAll(chunk(tokens, i, j, tag));
      i = j + 1;
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (covered[k]) continue;
      int limit = k;
      while (limit < tokens.size() && !covered[limit]) limit++;
      CountryLexicon.Match m = countries.match(tokens, k, limit);
      if (m == null) {
        Mention region = unnamedRegion(tokens, k, limit);
        if (region != null) {
          out.add(region);
          k = region.to();
        }
        continue;
      }
      out.add(extendOverAdmin(tokens, typed(k, k + m.length() - 1, m)));
      k += m.length() - 1;
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  private static boolean isNameTag(String tag) {
    return tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION") || tag.equals("MISC");
  }

  // CoreNLP tags "Russian-Ukrainian" as one MISC run over the hyphen; each side is its own demonym.
  private List<Mention> chunk(List<Token> tokens, int from, int to, String tag) {
    List<Mention> out = new ArrayList<>();
    // "Al-Shabaab", "Guinea-Bissau": a hyphenated name of the tables is one name
    CountryLexicon.Match whole = countries.match(tokens, from, to + 1);
    if (whole != null && whole.length() == to - from + 1 && whole.length() > 1) {
      out.add(extendOverAdmin(tokens, part(tokens, from, to, tag)));
      return out;
    }
    int start = from;
    for (int k = from; k <= to + 1; k++) {
      boolean cut = k > to || (tokens.get(k).word().equals("-") && !tag.equals("PERSON") && !tag.equals("ORGANIZATION"));
      if (!cut) continue;
      // "Iran-aligned Houthi movement", "a Liberian-flagged tanker": the lower-case word after the hyphen ties the
      // name before it to what follows; it is no part of a name
      if (start > from) while (start < k && Character.isLowerCase(tokens.get(start).word().charAt(0))) start++;
      if (k > start) out.add(extendOverAdmin(tokens, part(tokens, start, k - 1, tag)));
      start = k + 1;
    }
    return out;
  }

  private Mention part(List<Token> tokens, int from, int to, String tag) {
    CountryLexicon.Match m = countries.match(tokens, from, to + 1);
    boolean whole = m != null && m.length() == to - from + 1;
    if (whole) {
      // The dictionary overrides PERSON and LOCATION: NER has tagged "Kyiv" as a person in separate runs.
      if (tag.equals("LOCATION") || tag.equals("MISC") || m.kind() == CountryLexicon.Kind.ORGANISATION
          || (tag.equals("PERSON") && m.kind() != CountryLexicon.Kind.DEMONYM)) {
        return typed(from, to, m);
      }
    }
    // "Bosnian Serbs", "Iraqi Kurds": a people named with the country they live in belongs to that country
    if (tag.equals("MISC") && m != null && !whole && (m.kind() == CountryLexicon.Kind.DEMONYM || m.kind() == CountryLexicon.Kind.COUNTRY)) {
      return new Mention(from, to, EntityType.NORP, m.country(), CountryLexicon.Kind.DEMONYM);
    }
    EntityType type = switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORG;
      case "LOCATION" -> EntityType.LOC;
      default -> EntityType.MISC;
    };
    return new Mention(from, to, type, null, null);
  }

  private static Mention typed(int from, int to, CountryLexicon.Match m) {
    EntityType type = switch (m.kind()) {
      case DEMONYM -> EntityType.NORP;
      case ORGANISATION -> EntityType.ORG;
      default -> EntityType.GPE;
    };
    return new Mention(from, to, type, m.country(), m.kind());
  }

  // NER leaves some toponyms untagged ("the Kursk region"); proper nouns before "region" or "oblast" name one.
  private Mention unnamedRegion(List<Token> tokens, int from, int limit) {
    int k = from;
    while (k < limit && tokens.get(k).isProperNoun() && Character.isUpperCase(tokens.get(k).word().charAt(0))) k++;
    if (k == from || k >= limit || !cues.is(MetonymyCues.Cue.ADMIN_HEAD, AgentLexicon.norm(tokens.get(k)))) return null;
    return new Mention(from, k, EntityType.GPE, null, null);
  }

  // "the Belgorod region" names the region, not the city: the mention takes in the head noun and becomes a GPE
  // that is neither a country nor a capital, so it is never read as a government.
  private Mention extendOverAdmin(List<Token> tokens, Mention m) {
    if (m.type() != EntityType.LOC && m.type() != EntityType.GPE) return m;
    int next = m.to() + 1;
    if (next < tokens.size() && cues.is(MetonymyCues.Cue.ADMIN_HEAD, AgentLexicon.norm(tokens.get(next)))) {
      return new Mention(m.from(), next, EntityType.GPE, m.country(), null);
    }
    return m;
  }
}
