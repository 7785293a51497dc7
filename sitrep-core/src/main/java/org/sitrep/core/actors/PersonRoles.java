package org.sitrep.core.actors;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Token;

/**
 * Reads a person's role and affiliation from the words around the name: a title compound before it ("Russian
 * Foreign Minister Sergei Lavrov"), an apposition before it ("Ukraine's defence chief, Oleksiy Reznikov,") or after it
 * ("Lavrov, Russia's foreign minister,"). Token windows, so parsed and unparsed sentences read alike.
 */
final class PersonRoles {
  /** What was learnt about a person: the role as written (lower-case), its sector and the country, each nullable. */
  record Role(String role, String sector, Country country) {
    static final Role NONE = new Role(null, null, null);

    boolean isEmpty() { return role == null && country == null; }
  }

  private static final int MAX_APPOSITION = 10;

  private final AgentLexicon agents;
  private final CountryLexicon countries;

  PersonRoles(AgentLexicon agents, CountryLexicon countries) {
    this.agents = agents;
    this.countries = countries;
  }

  Role roleOf(Sentence s, List<Mention> mentions, Mention person) {
    List<Token> t = s.tokens();
    Role r = compoundTitle(s, mentions, person);
    // "General Ivan Petrenko, commander of Ukraine's army,": the title comes before, the country after.
    if (r.role() != null && r.country() != null) return r;
    if (person.to() + 1 < t.size() && t.get(person.to() + 1).word().equals(",")) {
      int end = person.to() + 2;
      while (end < t.size() && end - person.to() <= MAX_APPOSITION && !isBoundary(t.get(end))) end++;
      r = merge(r, inWindow(s, mentions, person.to() + 2, end - 1, false));
    }
    if (r.role() == null && person.from() >= 2 && t.get(person.from() - 1).word().equals(",")) {
      int begin = person.from() - 2;
      while (begin > 0 && person.from() - begin <= MAX_APPOSITION && !isBoundary(t.get(begin - 1))) begin--;
      r = merge(r, inWindow(s, mentions, begin, person.from() - 2, true));
    }
    return r;
  }

  private static Role merge(Role first, Role second) {
    if (first.role() == null) return second.role() == null ? first : new Role(second.role(), second.sector(),
        second.country() != null ? second.country() : first.country());
    return new Role(first.role(), first.sector(), first.country() != null ? first.country() : second.country());
  }

  private static boolean isBoundary(Token t) {
    String w = t.word();
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
        || t.tag().startsWith("VB") || t.tag().equals("WP");
  }

  // "Russian Foreign Minister Sergei Lavrov", "Ukraine's defense chief Oleksiy Reznikov", "General Ivan Petrenko".
  private Role compoundTitle(Sentence s, List<Mention> mentions, Mention person) {
    if (person.from() == 0) return Role.NONE;
    AgentLexicon.Match title = agents.matchEndingAt(s.tokens(), person.from() - 1, 0);
    if (title == null || !isPersonTitle(title)) return Role.NONE;
    Mention owner = Affiliation.owner(s, mentions, countries, title.from());
    return role(s, title, null, owner == null ? null : owner.country());
  }

  private Role inWindow(Sentence s, List<Mention> mentions, int from, int to, boolean titleMustEndWindow) {
    if (from > to) return Role.NONE;
    List<Token> t = s.tokens();
    AgentLexicon.Match title = null;
    AgentLexicon.Match body = null;
    if (titleMustEndWindow) {
      // Before the name the title is the last words: "Ukraine's defence chief, Oleksiy Reznikov".
      title = agents.matchEndingAt(t, to, from);
    } else {
      for (int i = from; i <= to && title == null; i++) {
        AgentLexicon.Match m = agents.matchAt(t, i, to + 1);
        if (m != null && isPersonTitle(m)) title = m;
      }
    }
    if (title == null || !isPersonTitle(title)) return Role.NONE;
    for (int i = title.to() + 1; i <= to && body == null; i++) {
      AgentLexicon.Match m = agents.matchAt(t, i, to + 1);
      if (m != null && (m.kind() == AgentLexicon.Kind.BODY || m.kind() == AgentLexicon.Kind.GROUP)) body = m;
      else if (m != null) i = m.to();
    }
    Mention owner = Affiliation.firstCountryIn(mentions, from, to);
    return role(s, title, body, owner == null ? null : owner.country());
  }

  private static boolean isPersonTitle(AgentLexicon.Match m) {
    return m.kind() == AgentLexicon.Kind.TITLE || m.kind() == AgentLexicon.Kind.ROLE;
  }

  // A generic role ("spokesman", "official") takes the sector of the body it serves: "a spokesman for the army" is
  // MIL; a full title keeps its own ("commander of the navy" is MIL anyway).
  private static Role role(Sentence s, AgentLexicon.Match title, AgentLexicon.Match body, Country country) {
    StringBuilder text = new StringBuilder();
    for (int i = title.from(); i <= title.to(); i++) {
      Token tok = s.tokens().get(i);
      if (i > title.from() && s.tokens().get(i - 1).span().end() < tok.span().start()) text.append(' ');
      text.append(tok.word());
    }
    String sector = title.kind() == AgentLexicon.Kind.ROLE && body != null ? body.sector() : title.sector();
    return new Role(text.toString().toLowerCase(Locale.ROOT), sector, country);
  }
}
