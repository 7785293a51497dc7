package org.sitrep.cli.eval;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.nlp.NlpStage;
import org.sitrep.core.nlp.ParseSelector;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;

/**
 * The nlp stage's SENTENCES for the articles of an evaluation or training run, read from a {@link SentenceCache} file
 * when it holds them under the same cascade gate, else annotated by CoreNLP (loaded on first need, so a run served
 * wholly from the cache never loads it). CoreNLP is nearly all the time of the attribution evaluation and of training
 * the cue tagger (about 2.7 s per PolNeAR article against milliseconds for the stage), so a second run is fast.
 * The file is written every {@link #WRITE_EVERY} new articles and at {@link #close()}. Not thread-safe.
 */
final class CachedAnnotation implements AutoCloseable {
  private static final int WRITE_EVERY = 100;

  private final Path file;
  private final ParseSelector gate;
  private final SentenceCache cache;
  private final boolean parseAll;
  private NlpStage nlp;
  private int annotated;
  private int reused;

  /** Annotation under {@code gate}, cached in {@code file}; a null file caches nothing. */
  CachedAnnotation(Path file, ParseSelector gate) { this(file, gate, false); }

  /**
   * As {@link #CachedAnnotation(Path, ParseSelector)}; with {@code parseAll}, an article not in the cache is parsed
   * whole and cached so, and the gate drops the arcs of the sentences it would not have parsed: a first run costs
   * about twice as much, and later runs under any other gate (a wider cue lexicon) reuse the cache.
   */
  CachedAnnotation(Path file, ParseSelector gate, boolean parseAll) {
    this.file = file;
    this.gate = gate;
    this.parseAll = parseAll;
    this.cache = SentenceCache.read(file);
  }

  /** The article as a document holding its SENTENCES. */
  Doc annotate(Article article) {
    Doc doc = Doc.of(article);
    List<Sentence> cached = cache.get(article.id(), article.text(), gate);
    if (cached != null) {
      reused++;
      return doc.with(Layers.SENTENCES, cached);
    }
    if (nlp == null) nlp = new NlpStage(parseAll ? ParseSelector.ALL : gate);
    List<Sentence> sentences = nlp.apply(doc).get(Layers.SENTENCES);
    annotated++;
    if (file != null) {
      cache.put(article.id(), article.text(), sentences);
      if (annotated % WRITE_EVERY == 0) cache.writeIfChanged(file);
    }
    return doc.with(Layers.SENTENCES, parseAll ? SentenceCache.underGate(sentences, gate) : sentences);
  }

  /** "12 articles from the cache, 72 annotated". */
  String summary() { return reused + " articles from the cache, " + annotated + " annotated"; }

  @Override
  public void close() { cache.writeIfChanged(file); }
}
