package org.sitrep.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Place;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Turns speaker and target mentions into actors: the ENTITIES actor at the mention's head or name, or, for a
 * pronoun ("he", "it") or a bare title ("the minister"), the nearest compatible earlier person or organisation.
 * Per article: it remembers the referents it has resolved, so build one for each document.
 */
final class SpeakerResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their", "we", "our");
  /** How many sentences back "it" and "they" may look: further away, an organisation is rarely still the topic. */
  private static final int GROUP_WINDOW = 3;

  /** A resolved referent; {@code speaker}: it was a statement's speaker, not a target or a mere entity. */
  private record Referent(int start, Actor actor, boolean person, boolean speaker) {}

  private final List<Sentence> sentences;
  private final List<Entity> entities;
  private final List<Place> places;
  private final String text;
  private final List<Referent> resolved = new ArrayList<>();

  SpeakerResolver(List<Sentence> sentences, List<Entity> entities, List<Place> places, String text) {
    this.sentences = sentences;
    this.entities = entities;
    this.places = places;
    this.text = text;
  }

  /** The actor a statement's speaker mention stands for. */
  Actor resolveSpeaker(Mention m) { return resolve(m, true); }

  /** The actor a statement's target mention stands for. */
  Actor resolveTarget(Mention m) { return resolve(m, false); }

  private Actor resolve(Mention m, boolean asSpeaker) {
    Sentence s = sentences.get(m.sentence());
    Token head = s.tokens().get(m.head());
    String mentionText = m.span().coveredText(text);
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    boolean bare = head.span().equals(m.span());
    if (!m.span().contains(head.span())) {
      // "Petrov, who said ...": a relative pronoun written for the noun it follows is who that noun is.
      Span antecedent = DependencyCues.pruned(s, m.head());
      if (antecedent != null && !antecedent.overlaps(m.span())) {
        Actor a = resolve(new Mention(m.sentence(), antecedent, m.head(), m.name(), m.role()), asSpeaker);
        return a.withMention(m.span(), mentionText);
      }
    }
    if (head.isPronoun() && bare && (PERSON_PRONOUNS.contains(lemma) || GROUP_PRONOUNS.contains(lemma))) {
      boolean person = PERSON_PRONOUNS.contains(lemma);
      // "Northwind said ... Shares fell in Frankfurt. It did not comment.": an organisation that spoke just before
      // is who "it" is, more often than a nearer name the writer mentioned in passing.
      Referent r = person ? previousSubject(m) : lastSpeakingGroup(m);
      if (r == null) r = nearest(m, person, null);
      Actor a = r == null ? new Actor(m.span(), mentionText, mentionText, null, null, null) : r.actor().withMention(m.span(), mentionText);
      return a;
    }
    Entity e = entityAt(s.tokens().get(m.head()).span());
    if (e == null) e = entityAt(s.tokens().get(m.name()).span());
    // "The European Union's foreign policy chief Kaja Kallas", parsed around "chief": the name closing the phrase is who
    // speaks, with the country (or IGO) the possessive gives
    boolean closingName = false;
    if (e == null) {
      for (Entity inside : entities) {
        if (inside.type() == EntityType.PERSON && m.span().contains(inside.span()) && inside.span().end() == m.span().end()) {
          e = inside;
          closingName = true;
        }
      }
    }
    if (e != null) {
      Actor a = e.actor();
      Actor out = a == null
          ? new Actor(m.span(), mentionText, e.type() == EntityType.PERSON ? fullName(e.text()) : e.text(), null, null, m.role())
          : new Actor(m.span(), mentionText, a.name(), a.country(), a.sector(), a.role() != null ? a.role() : m.role());
      if (out.country() == null && out.role() != null) out = withCountryOfPlaceIn(out, m.span(), e.span());
      if (out.country() == null && closingName) {
        String owner = countryInside(m.span(), e.span());
        if (owner != null) out = new Actor(out.span(), out.text(), out.name(), owner, out.sector(), out.role());
      }
      remember(m, out, e.type() == EntityType.PERSON, asSpeaker);
      return out;
    }
    if (head.isNoun() && !head.isProperNoun() && "the".equalsIgnoreCase(s.tokens().get(s.tokenAt(m.span().start())).word())) {
      // "the minister", "the spokesman": the nearest earlier person with that title.
      Referent r = nearest(m, true, lemma);
      if (r != null) {
        Actor out = r.actor().withMention(m.span(), mentionText);
        if (out.role() == null) out = new Actor(m.span(), mentionText, out.name(), out.country(), out.sector(), head.word());
        return out;
      }
    }
    // "Ukraine's defence chief": no name, but the possessive says whose.
    Actor out = new Actor(m.span(), mentionText, mentionText, countryInside(m.span(), null), null, m.role());
    remember(m, out, false, asSpeaker);
    return out;
  }

  /**
   * "Acting Kursk governor Alexei Smirnov", "the mayor of Kharkiv, Ihor Terekhov": a titled person known by the place
   * they serve belongs to that place's country.
   */
  private Actor withCountryOfPlaceIn(Actor a, Span mention, Span name) {
    for (Place p : places) {
      if (!mention.contains(p.span()) || p.span().overlaps(name) || p.countryAlpha3() == null) continue;
      return new Actor(a.span(), a.text(), a.name(), p.countryAlpha3(), a.sector(), a.role());
    }
    return a;
  }

  /** The country of the last entity with one inside the mention, other than the name itself, or null. */
  private String countryInside(Span mention, Span name) {
    String country = null;
    for (Entity inside : entities) {
      if (mention.contains(inside.span()) && (name == null || !inside.span().overlaps(name)) && inside.actor() != null
          && inside.actor().country() != null) {
        country = inside.actor().country();
      }
    }
    return country;
  }

  private void remember(Mention m, Actor a, boolean person, boolean asSpeaker) {
    // Dated at the name, so that a later "he" finds this titled referent before the bare entity inside it.
    int at = sentences.get(m.sentence()).tokens().get(m.name()).span().start();
    resolved.add(new Referent(at, a, person, asSpeaker));
  }

  /** "Reznikov" after "Oleksiy Reznikov": the full name of an earlier person whose name ends with this one. */
  private String fullName(String name) {
    for (int k = resolved.size() - 1; k >= 0; k--) {
      Referent r = resolved.get(k);
      if (r.person() && r.actor().name().endsWith(" " + name)) return r.actor().name();
    }
    for (Entity e : entities) if (e.type() == EntityType.PERSON && e.text().endsWith(" " + name)) return e.text();
    return name;
  }

  /** The latest organisation or other group that was a speaker within the window before the mention, or null. */
  private Referent lastSpeakingGroup(Mention m) {
    int windowStart = sentences.get(Math.max(0, m.sentence() - GROUP_WINDOW)).span().start();
    Referent best = null;
    for (Referent r : resolved) {
      boolean inWindow = r.start() >= windowStart && r.start() < m.span().start();
      if (r.speaker() && !r.person() && inWindow && (best == null || r.start() > best.start())) best = r;
    }
    return best;
  }

  /** The nearest earlier person (or group) before the mention; with {@code title}, a person whose role names it. */
  private Referent nearest(Mention m, boolean person, String title) {
    int before = m.span().start();
    int windowStart = person ? 0 : sentences.get(Math.max(0, m.sentence() - GROUP_WINDOW)).span().start();
    Referent best = null;
    List<Referent> candidates = new ArrayList<>(resolved);
    for (Entity e : entities) {
      boolean isPerson = e.type() == EntityType.PERSON;
      boolean isGroup = e.type() == EntityType.ORG || e.metonymy() || (e.actor() != null && e.actor().sector() != null && !isPerson);
      if (person ? !isPerson : !isGroup) continue;
      Actor a = e.actor() != null ? e.actor() : new Actor(e.span(), e.text(), isPerson ? fullName(e.text()) : e.text(), null, null, null);
      if (isPerson && a.role() == null) a = new Actor(a.span(), a.text(), a.name(), a.country(), a.sector(), titleBefore(e.span()));
      candidates.add(new Referent(e.span().start(), a, isPerson, false));
    }
    for (Referent r : candidates) {
      if (r.person() != person || r.start() >= before || r.start() < windowStart) continue;
      if (title != null && (r.actor().role() == null || !r.actor().role().toLowerCase(Locale.ROOT).contains(title))) continue;
      if (best == null || r.start() > best.start()) best = r;
    }
    return best;
  }

  /**
   * "Hochstein met Berri ... and Mikati. He told reporters ...": a "he" or "she" opening its sentence continues the
   * person the sentence before was about, its subject, rather than the last person it named. Null when that sentence
   * has no parse or its subject is no person.
   */
  private Referent previousSubject(Mention m) {
    Sentence s = sentences.get(m.sentence());
    if (m.sentence() == 0 || s.tokenAt(m.span().start()) != 0) return null;
    Sentence prev = sentences.get(m.sentence() - 1);
    if (!prev.parsed()) return null;
    for (Dependency d : prev.dependencies()) {
      if (d.governor() < 0 || !d.relation().equals("nsubj") || prev.head(d.governor()) == null
          || prev.head(d.governor()).governor() >= 0) continue;
      Entity e = entityAt(prev.tokens().get(d.dependent()).span());
      if (e == null || e.type() != EntityType.PERSON) return null;
      Referent best = null;
      // the resolved referent of that name when there is one (its title and country), else the name itself
      for (Referent r : resolved) if (r.person() && e.span().contains(r.start())) best = r;
      if (best != null) return best;
      Actor a = e.actor() != null ? e.actor() : new Actor(e.span(), e.text(), fullName(e.text()), null, null, null);
      return new Referent(e.span().start(), a, true, false);
    }
    return null;
  }

  /** Title words written right before a name: "Defence Minister" in "Defence Minister Petra Novak"; null if none. */
  private String titleBefore(Span name) {
    for (Sentence s : sentences) {
      if (!s.span().contains(name.start())) continue;
      int k = s.tokenAt(name.start()) - 1;
      int end = k;
      while (k >= 0 && "O".equals(s.tokens().get(k).ner()) && (s.tokens().get(k).isNoun() || "JJ".equals(s.tokens().get(k).tag()))) k--;
      return k == end ? null : s.spanOf(k + 1, end).coveredText(text);
    }
    return null;
  }

  private Entity entityAt(Span token) {
    for (Entity e : entities) if (e.span().overlaps(token)) return e;
    return null;
  }
}
