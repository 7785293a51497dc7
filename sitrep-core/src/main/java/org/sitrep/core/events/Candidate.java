package org.sitrep.core.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Actor;

/** One trigger's findings while a sentence is coded: its arguments, and whether another trigger took it over. */
final class Candidate {
  final TriggerLexicon.Match match;
  final EventArguments.Found found;
  boolean dropped;
  final List<Actor> actors;
  final List<Actor> recipients;

  Candidate(TriggerLexicon.Match match, EventArguments.Found found) {
    this.match = match;
    this.found = found;
    this.actors = new ArrayList<>(found.actors());
    this.recipients = new ArrayList<>(found.recipients());
  }
}
