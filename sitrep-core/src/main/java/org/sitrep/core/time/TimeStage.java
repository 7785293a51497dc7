package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.model.Token;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layer;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Stage;

/**
 * Reads SENTENCES; adds TIMES: time expressions ("late May", "last Friday", "three days later", "in recent years")
 * with values counted from the article's publication date, else from its dateline's date (each later dateline
 * re-anchoring the text after it); without either, relative expressions stay unresolved, and year-less dates take their
 * year from a release number's year-month when there is one. Never reads the machine clock. Loads the word lists and patterns of
 * {@code /sitrep/time/} at construction; immutable and thread-safe.
 */
public final class TimeStage implements Stage {
  private final TimeTagger tagger;
  private final DatelineFinder datelines;

  /** Loads the bundled resources; a malformed file fails here with a ResourceFormatException naming file and line. */
  public TimeStage() {
    TimeLexicon lexicon = new TimeLexicon();
    tagger = new TimeTagger(lexicon);
    datelines = new DatelineFinder(lexicon);
  }

  @Override
  public Set<Layer<?>> requires() { return Set.of(Layers.SENTENCES); }

  @Override
  public Layer<List<TimeExpression>> adds() { return Layers.TIMES; }

  @Override
  public Doc apply(Doc doc) {
    Article article = doc.article();
    TimeTagger.Anchoring anchoring = article.published() != null ? TimeTagger.Anchoring.published(article.published())
        : anchoring(article.text());
    List<TimeTagger.Region> regions = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      List<Token> tokens = s.tokens();
      regions.add(new TimeTagger.Region(s.span(), span -> TenseDetector.tenseAt(tokens, span), dateRuns(tokens)));
    }
    return doc.with(Layers.TIMES, List.copyOf(tagger.tag(article.text(), anchoring, regions)));
  }

  /** An undated article counts from its dateline, else takes the years of year-less dates from its release number. */
  private TimeTagger.Anchoring anchoring(String text) {
    LocalDate dateline = datelines.find(text);
    return new TimeTagger.Anchoring(dateline, dateline == null ? datelines.yearReference(text) : null, true);
  }

  /** Spans of consecutive tokens CoreNLP's NER tagged DATE. */
  private static List<Span> dateRuns(List<Token> tokens) {
    List<Span> runs = new ArrayList<>();
    Span run = null;
    for (Token t : tokens) {
      if ("DATE".equals(t.ner())) {
        run = run == null ? t.span() : run.union(t.span());
      } else if (run != null) {
        runs.add(run);
        run = null;
      }
    }
    if (run != null) runs.add(run);
    return runs;
  }
}
