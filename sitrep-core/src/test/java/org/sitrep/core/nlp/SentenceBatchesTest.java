package org.sitrep.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.ArticleWorkers;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.pipeline.Deadline;
import org.sitrep.core.pipeline.Doc;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.testing.NlpFixture;

class SentenceBatchesTest {
  private static final String[] PLACES = {"Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro", "Lviv", "Poltava", "Mykolaiv"};
  private static final String[] SENTENCES = {
      "Officials in %s said shelling hit a school on Tuesday.",
      "The governor of %s said 12 people were hurt and two houses burned.",
      "\"We will rebuild the bridge,\" the mayor of %s told reporters.",
      "Police in %s detained three men suspected of looting.",
      "Residents of %s queued for water after the strike cut the supply.",
      "The army denied that its troops had entered %s.",
      "Aid groups asked for safe passage out of %s by Friday.",
      "Trains to %s ran again on March 3, the railway said.",
      "Nobody was killed.",
      "Talks on grain exports from %s will resume next week, a minister said."};

  /** An article of 110 sentences: three batches of 32 and a part. */
  private static String longArticle() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 110; i++) {
      text.append(String.format(SENTENCES[i % SENTENCES.length], PLACES[(i / SENTENCES.length) % PLACES.length]));
      text.append(i % 7 == 6 ? "\n\n" : " ");
    }
    return text.toString();
  }

  @Test
  void forkedAnnotationEqualsTheSequentialOne() throws Exception {
    String text = longArticle();
    List<Sentence> sequential = annotate(text);
    assertTrue(sequential.size() >= 3 * SentenceBatches.SIZE, "fixture has " + sequential.size() + " sentences");
    ForkJoinPool pool = ArticleWorkers.create(2, "test-workers");
    try {
      // Two articles at once on two workers, so batches of each are taken by both.
      Future<List<Sentence>> first = pool.submit(() -> annotate(text));
      Future<List<Sentence>> second = pool.submit(() -> annotate(text));
      assertEquals(sequential, first.get());
      assertEquals(sequential, second.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyItemIsWorkedOnceInBatchesOfTheSizeWhenForked() throws Exception {
    List<Integer> items = IntStream.range(0, 100).boxed().collect(Collectors.toList());
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    ForkJoinPool pool = ArticleWorkers.create(2, "test-workers");
    try {
      pool.submit(() -> SentenceBatches.run(items, Deadline.NONE, "test", batch -> {
        sizes.add(batch.size());
        for (int i : batch) assertTrue(seen.add(i), "item " + i + " twice");
      })).get();
    } finally {
      pool.shutdown();
    }
    assertEquals(Set.copyOf(items), seen);
    Collections.sort(sizes);
    assertEquals(List.of(4, 32, 32, 32), sizes);
  }

  @Test
  void theFirstFailingBatchsExceptionIsRethrownAsThrown() throws Exception {
    List<Integer> items = IntStream.range(0, 100).boxed().collect(Collectors.toList());
    IllegalStateException early = new IllegalStateException("batch from 32");
    IllegalStateException late = new IllegalStateException("batch from 64");
    ForkJoinPool pool = ArticleWorkers.create(2, "test-workers");
    try {
      Future<?> run = pool.submit(() -> assertSame(early, assertThrows(IllegalStateException.class,
          () -> SentenceBatches.run(items, Deadline.NONE, "test", batch -> {
            if (batch.get(0) == 32) throw early;
            if (batch.get(0) == 64) throw late;
          }))));
      run.get();
    } finally {
      pool.shutdown();
    }
  }

  private static List<Sentence> annotate(String text) {
    return NlpFixture.stage().apply(Doc.of(Article.of("batches", text, null))).get(Layers.SENTENCES);
  }
}
