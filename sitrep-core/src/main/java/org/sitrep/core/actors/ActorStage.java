package org.sitrep.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Reads SENTENCES; adds ENTITIES: named mentions from CoreNLP's NER corrected with the country table, unnamed group
 * actors ("Ukrainian troops"), and for each the actor it stands for (country, sector, role). Capitals and country
 * names used for their governments ("Kyiv confirmed") are marked as metonymy. A bare surname takes the actor of the
 * full name earlier or later in the same article. Loads the bundled tables under /sitrep/actors/.
 */
public final class ActorStage implements Stage {
  private final MentionFinder mentions;
  private final GroupFinder groups;
  private final PersonRoles roles;
  private final MetonymyJudge metonymy;
  private final CountryLexicon countries;
  private final KnownPersons known;

  /** Loads countries.tsv, agents.tsv and metonymy_cues.tsv; a broken file fails here, naming file and line. */
  public ActorStage() {
    CountryLexicon countries = new CountryLexicon();
    AgentLexicon agents = new AgentLexicon();
    MetonymyCues cues = new MetonymyCues();
    this.mentions = new MentionFinder(countries, cues);
    this.groups = new GroupFinder(agents, countries);
    this.roles = new PersonRoles(agents, countries);
    this.countries = countries;
    this.known = new KnownPersons(countries);
    this.metonymy = new MetonymyJudge(cues);
  }

  @Override
  public Set<Layer<?>> requires() { return Set.of(Layers.SENTENCES); }

  @Override
  public Layer<List<Entity>> adds() { return Layers.ENTITIES; }

  @Override
  public Doc apply(Doc doc) {
    String text = doc.text();
    List<Entity> out = new ArrayList<>();
    List<PersonMention> persons = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      List<Mention> found = mentions.find(s);
      List<Span> groupSpans = new ArrayList<>();
      for (GroupFinder.Group g : groups.find(s, found)) {
        Span span = s.spanOf(g.from(), g.to());
        for (Mention m : found) {
          if (m.type() == EntityType.ORG && s.spanOf(m.from(), m.to()).overlaps(span)) span = span.union(s.spanOf(m.from(), m.to()));
        }
        String covered = span.coveredText(text);
        Country c = g.country();
        out.add(new Entity(span, covered, g.type(),
            new Actor(span, covered, covered, c == null ? null : c.iso3(), g.sector(), null), false));
        groupSpans.add(span);
      }
      for (Mention m : found) {
        Span span = s.spanOf(m.from(), m.to());
        if (groupSpans.stream().anyMatch(span::overlaps)) continue;
        String covered = span.coveredText(text);
        if (m.type() == EntityType.PERSON) {
          String surname = s.tokens().get(m.to()).word();
          persons.add(new PersonMention(span, covered, surname, roles.roleOf(s, found, m)));
        } else {
          out.add(entity(s, m, span, covered));
        }
      }
    }
    out.addAll(resolvePersons(persons, known));
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.with(Layers.ENTITIES, List.copyOf(out));
  }

  /**
   * Whether a tagged sentence names a country or capital: whether it stands for its government ("Kyiv confirmed") is
   * judged from the dependency parse when the sentence has one, from word order otherwise.
   */
  public boolean namesCountryOrCapital(List<Token> tokens) {
    if (tokens.isEmpty()) return false;
    Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    for (Mention m : mentions.find(new Sentence(0, span, tokens, List.of(), false))) if (m.isCountryOrCapital()) return true;
    return false;
  }

  private Entity entity(Sentence s, Mention m, Span span, String covered) {
    Country c = m.country();
    if (m.isCountryOrCapital()) {
      boolean government = metonymy.standsForGovernment(s, m);
      Actor actor = government ? new Actor(span, covered, c.name(), c.iso3(), "GOV", null) : null;
      return new Entity(span, covered, m.type(), actor, government);
    }
    if (m.type() == EntityType.NORP && c != null) {
      return new Entity(span, covered, m.type(), new Actor(span, covered, c.name(), c.iso3(), null, null), false);
    }
    if (m.isOrganisation()) {
      return new Entity(span, covered, m.type(), new Actor(span, covered, c.name(), c.iso3(), countries.sectorOf(c), null), false);
    }
    if (m.type() == EntityType.ORG) {
      Country owner = organisationCountry(s, m);
      return new Entity(span, covered, m.type(),
          new Actor(span, covered, covered, owner == null ? null : owner.iso3(), null, null), false);
    }
    return new Entity(span, covered, m.type(), null, false);
  }

  // "Nigerian Union of Teachers", "Ivory Coast's Supreme Court": a country or demonym opening the name; "US
  // Congress", "Russia's Duma": one just before it.
  private Country organisationCountry(Sentence s, Mention m) {
    CountryLexicon.Match lead = countries.match(s.tokens(), m.from(), m.to());
    if (lead != null && lead.kind() != CountryLexicon.Kind.ORGANISATION) return lead.country();
    Mention owner = Affiliation.owner(s, List.of(), countries, m.from());
    if (owner == null) owner = ownerThroughBody(s, m.from());
    return owner == null ? null : owner.country();
  }

  // "the U.S. military's Central Command", "Russia's defence ministry's press service": a country's body owning the
  // organisation lends it the country, over at most two common nouns
  private Mention ownerThroughBody(Sentence s, int at) {
    int k = at - 1;
    if (k < 1 || !s.tokens().get(k).tag().equals("POS")) return null;
    for (int nouns = 0; nouns < 2 && k - 1 >= 0 && s.tokens().get(k - 1).tag().startsWith("NN")
        && Character.isLowerCase(s.tokens().get(k - 1).word().charAt(0)); nouns++) {
      k--;
      Mention owner = Affiliation.owner(s, List.of(), countries, k);
      if (owner != null) return owner;
    }
    return null;
  }

  private record PersonMention(Span span, String text, String surname, PersonRoles.Role role) {}

  // "Reznikov" later in the article is the "Oleksiy Reznikov" introduced with a title: same surname, same actor.
  // The fullest name and the first role found for a surname stand for every mention of it.
  private static List<Entity> resolvePersons(List<PersonMention> persons, KnownPersons known) {
    Map<String, String> fullName = new HashMap<>();
    Map<String, PersonRoles.Role> roleBySurname = new HashMap<>();
    for (PersonMention p : persons) {
      fullName.merge(p.surname(), p.text(), (a, b) -> b.length() > a.length() ? b : a);
      if (!p.role().isEmpty()) roleBySurname.putIfAbsent(p.surname(), p.role());
    }
    List<Entity> out = new ArrayList<>();
    for (PersonMention p : persons) {
      PersonRoles.Role r = p.role().isEmpty() ? roleBySurname.getOrDefault(p.surname(), p.role()) : p.role();
      String name = fullName.get(p.surname());
      String iso3 = r.country() == null ? null : r.country().iso3();
      String sector = r.sector();
      // "Putin said": a public figure the text names without a title takes the country of the persons table
      KnownPersons.Person person = iso3 == null ? known.find(name, p.surname()) : null;
      if (person != null) {
        iso3 = person.country();
        if (sector == null) sector = person.sector();
      }
      Actor actor = new Actor(p.span(), p.text(), name, iso3, sector, r.role());
      out.add(new Entity(p.span(), p.text(), EntityType.PERSON, actor, false));
    }
    return out;
  }
}
