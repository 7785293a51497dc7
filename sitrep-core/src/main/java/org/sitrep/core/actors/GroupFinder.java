package org.sitrep.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.sitrep.core.lexicon.ResourceLines;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * Finds unnamed group actors and institutions: "Ukrainian troops", "Russian-backed forces", "separatists",
 * "Ukraine's military", "the Defence Ministry". The span runs from the affiliation (demonym, possessive country)
 * to the head noun and leaves out determiners.
 */
final class GroupFinder {
  /** A group found: tokens {@code from}..{@code to}, its type, country (nullable), sector and head noun tokens. */
  record Group(int from, int to, EntityType type, Country country, String sector) {}

  private static final int MAX_MODIFIERS = 3;
  private static final String TIES = "/sitrep/actors/tie_participles.tsv";

  /** Participle lemma to its tie ("backer" or "leader"), from {@link #TIES}. */
  private final Map<String, String> ties = new HashMap<>();

  private final AgentLexicon agents;
  private final CountryLexicon countries;

  GroupFinder(AgentLexicon agents, CountryLexicon countries) {
    this.agents = agents;
    this.countries = countries;
    for (ResourceLines.Row row : ResourceLines.readTsv(TIES)) {
      String tie = row.get("tie");
      if (!tie.equals("backer") && !tie.equals("leader")) throw row.line().error("tie must be backer or leader");
      ties.put(row.get("lemma"), tie);
    }
  }

  List<Group> find(Sentence s, List<Mention> mentions) {
    List<Token> t = s.tokens();
    List<Group> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      AgentLexicon.Match m = agents.matchAt(t, i, t.size());
      if (m == null) continue;
      Token head = t.get(m.to());
      boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS");
      boolean groupLike = m.kind() == AgentLexicon.Kind.GROUP || m.kind() == AgentLexicon.Kind.BODY || plural;
      // "army base", "police station", "Defence Ministry spokesman": the noun modifies another noun, not an actor;
      // but "the government today welcomed": a date noun after the group is no head it modifies.
      boolean modifier = m.to() + 1 < t.size() && t.get(m.to() + 1).isNoun() && !isDate(t.get(m.to() + 1));
      // "European Union", "African Union": a named organisation of the table is not the agent noun inside its name
      if (!groupLike || !head.isNoun() || modifier || insidePerson(mentions, m) || insideNamedOrganisation(mentions, m)) {
        i = m.to();
        continue;
      }
      out.add(group(s, mentions, m));
      i = m.to();
    }
    return out;
  }

  private static boolean isDate(Token t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
  }

  private static boolean insideNamedOrganisation(List<Mention> mentions, AgentLexicon.Match m) {
    for (Mention x : mentions) if (x.isOrganisation() && x.from() <= m.from() && m.to() <= x.to()) return true;
    return false;
  }

  private static boolean insidePerson(List<Mention> mentions, AgentLexicon.Match m) {
    for (Mention x : mentions) if (x.type() == EntityType.PERSON && x.from() <= m.to() && m.from() <= x.to()) return true;
    return false;
  }

  private Group group(Sentence s, List<Mention> mentions, AgentLexicon.Match m) {
    List<Token> t = s.tokens();
    int start = m.from();
    String sector = m.sector();
    Country country = null;
    int k = m.from() - 1;
    for (int skipped = 0; k >= 0 && skipped <= MAX_MODIFIERS; skipped++) {
      Token tok = t.get(k);
      // "Russian-backed forces", "Kremlin-backed separatists": armed groups a state backs but does not command.
      // We code them REB (PLOVER's rebels/militias) with the backer as country, not MIL, which would make them that
      // state's own army.
      String tie = k >= 2 && t.get(k - 1).word().equals("-") ? ties.get(tok.lemma().toLowerCase(Locale.ROOT)) : null;
      if ("backer".equals(tie)) {
        Mention backer = Affiliation.countryEndingAt(mentions, k - 2);
        if (backer != null) {
          country = backer.country();
          start = backer.from();
          if (sector.equals("MIL")) sector = "REB";
        }
        break;
      }
      // "Russian-led forces", "US-led coalition", "Russian-installed officials": forces a state leads are its own, or
      // fight under its command; officials it appoints serve it
      if ("leader".equals(tie)) {
        Mention leader = Affiliation.countryEndingAt(s, mentions, countries, k - 2);
        if (leader != null) {
          country = leader.country();
          start = leader.from();
        }
        break;
      }
      Mention owner = Affiliation.countryEndingAt(s, mentions, countries, tok.tag().equals("POS") ? k - 1 : k);
      if (owner != null) {
        country = owner.country();
        start = owner.from();
        // "pro-Russian separatists": keep the prefix in the span.
        if (start >= 2 && t.get(start - 1).word().equals("-") && t.get(start - 2).word().equalsIgnoreCase("pro")) start -= 2;
        break;
      }
      if (!(tok.tag().startsWith("JJ") || tok.tag().startsWith("NN") || tok.tag().equals("VBN"))) break;
      if (isNamed(mentions, k)) break;
      k--;
    }
    if (country == null) country = placeAfter(s, mentions, m.to());
    // With no affiliation, the span is the agent phrase alone, plus its own capitalised modifiers when NER saw an
    // organisation there ("the Defence Ministry" is already the phrase).
    EntityType type = m.kind() == AgentLexicon.Kind.BODY || orgChunkCovers(mentions, m) ? EntityType.ORG : EntityType.NORP;
    return new Group(start, m.to(), type, country, sector);
  }

  // "officials in Kyiv", "troops from Russia": the place after the group tells whose they are; the place itself
  // stays a place and the group's span does not take it in.
  private static Country placeAfter(Sentence s, List<Mention> mentions, int head) {
    List<Token> t = s.tokens();
    if (head + 2 >= t.size()) return null;
    String prep = t.get(head + 1).word().toLowerCase(java.util.Locale.ROOT);
    if (!prep.equals("in") && !prep.equals("from")) return null;
    for (Mention x : mentions) {
      if (x.from() == head + 2 && x.isCountryOrCapital()) return x.country();
    }
    return null;
  }

  private static boolean isNamed(List<Mention> mentions, int k) {
    for (Mention x : mentions) if (x.from() <= k && k <= x.to()) return true;
    return false;
  }

  private static boolean orgChunkCovers(List<Mention> mentions, AgentLexicon.Match m) {
    for (Mention x : mentions) if (x.type() == EntityType.ORG && x.from() <= m.from() && m.to() <= x.to()) return true;
    return false;
  }
}
