package org.sitrep.core.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Actor;
import org.sitrep.core.model.Dependency;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Modality;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Marks each coded event with its modality (asserted, negated, hypothetical, intended, future, generic) and the
 * statement that reports it. Reads CODED_EVENTS, SENTENCES, STATEMENTS, TIMES; adds EVENTS: the same events, in the same
 * order, with modality, reportedBy (index into STATEMENTS, -1 when the article itself asserts the event) and reporter
 * set; a generic event loses its time and any location borrowed from outside its sentence. Loads the word lists under
 * /sitrep/modality/ when built.
 */
public final class ModalityStage implements Stage {
  private final ModalityJudge judge;

  /** Loads the bundled word lists; throws ResourceFormatException naming file:line when one is broken. */
  public ModalityStage() { this.judge = new ModalityJudge(new ModalityLexicon()); }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.CODED_EVENTS, Layers.SENTENCES, Layers.STATEMENTS, Layers.TIMES);
  }

  @Override
  public Layer<List<Event>> adds() { return Layers.EVENTS; }

  @Override
  public Doc apply(Doc doc) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Statement> statements = doc.get(Layers.STATEMENTS);
    List<TimeExpression> times = doc.get(Layers.TIMES);
    List<Event> out = new ArrayList<>();
    for (Event e : doc.get(Layers.CODED_EVENTS)) {
      Sentence s = Sentence.containing(sentences, e.sentence());
      if (s == null) {
        out.add(e);
        continue;
      }
      int head = head(s, e.trigger());
      int reportedBy = reportedBy(s, head, e.trigger(), statements);
      Statement reporter = reportedBy >= 0 ? statements.get(reportedBy) : null;
      // the statement's stance bears on the event only when the event is what it says, not when its cue merely
      // governs the trigger ("attributing the bombardments to ...")
      Statement saying = reporter != null && inContent(reporter, e.trigger()) ? reporter : null;
      Modality modality = judge.judge(s, head, times, doc.article().published(), saying);
      Actor speaker = reporter == null ? null : reporter.speaker();
      boolean generic = modality == Modality.GENERIC;
      // a generic event ("repeated border incidents") has no single date, nor a place borrowed from other sentences
      boolean keepPlace = !generic || "clause".equals(e.locationLevel()) || "sentence".equals(e.locationLevel());
      out.add(new Event(e.code(), e.actors(), e.recipients(), keepPlace ? e.location() : null, keepPlace ? e.locationLevel() : null,
          generic ? null : e.time(), generic ? null : e.timeLevel(),
          modality, reportedBy, speaker, e.trigger(), e.sentence(), e.confidence()));
    }
    return doc.with(Layers.EVENTS, List.copyOf(out));
  }

  /** The trigger's head token: the one whose governor lies outside the trigger ("drone [attack]", "[shoot] down"). */
  private static int head(Sentence s, Span trigger) {
    int last = -1;
    for (var t : s.tokens()) {
      if (!trigger.contains(t.span())) continue;
      last = t.index();
      Dependency d = s.head(t.index());
      if (d != null && (d.governor() < 0 || !trigger.contains(s.tokens().get(d.governor()).span()))) return t.index();
    }
    return last >= 0 ? last : Math.max(0, s.tokenAt(trigger.start()));
  }

  /**
   * The statement reporting the event: the one whose content contains the trigger (the narrowest), else the one whose
   * cue governs it ("attributing the bombardments to ..."). A statement whose cue is the trigger itself ("accused") is
   * the event, not its report. The climb stops at an adverbial clause, which the cue does not report.
   */
  static int reportedBy(Sentence s, int head, Span trigger, List<Statement> statements) {
    int best = -1;
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      if (st.cue().overlaps(trigger)) continue;
      for (Span c : st.content()) {
        if (c.contains(trigger) && (best < 0 || narrowest(statements.get(best), trigger) > c.length())) best = i;
      }
    }
    if (best >= 0 || !s.parsed()) return best;
    int cur = head;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      Dependency up = s.head(cur);
      // "when pressed about the attacks, he reiterated that ...": an adverbial clause is not what the cue reports
      if (up == null || up.governor() < 0 || up.relation().startsWith("advcl")) break;
      cur = up.governor();
      Span at = s.tokens().get(cur).span();
      for (int i = 0; i < statements.size(); i++) {
        Statement st = statements.get(i);
        if (st.cue().overlaps(at) && !st.cue().overlaps(trigger)) return i;
      }
    }
    return -1;
  }

  private static boolean inContent(Statement st, Span trigger) {
    for (Span c : st.content()) if (c.contains(trigger)) return true;
    return false;
  }

  private static int narrowest(Statement st, Span trigger) {
    int n = Integer.MAX_VALUE;
    for (Span c : st.content()) if (c.contains(trigger)) n = Math.min(n, c.length());
    return n;
  }
}
