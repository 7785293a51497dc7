package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.core.model.Article;

/**
 * The child process of {@link IngestKillTest}: ingests one input into one SQLite file with a slow fake extractor, so
 * that the parent can kill it at any moment. Arguments: database file, input file, threads.
 */
final class IngestKillChild {
  /** The line the child prints once the store is open and migrated, right before ingest starts. */
  static final String INGESTING = "ingesting";

  private IngestKillChild() {}

  public static void main(String[] args) throws Exception {
    FakeProcessor fake = new FakeProcessor();
    // 1 to 5 ms an article, fixed per article, so a kill lands mid-extraction as often as mid-save.
    ArticleProcessor slow = (Article a) -> {
      try {
        Thread.sleep(1 + Math.floorMod(a.id().hashCode(), 5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return fake.process(a);
    };
    try (Store store = Store.open(args[0])) {
      System.out.println(INGESTING);
      System.out.flush();
      new Ingest(store, slow, Integer.parseInt(args[2])).run(List.of(Path.of(args[1])), IngestListener.NONE);
    }
  }
}
