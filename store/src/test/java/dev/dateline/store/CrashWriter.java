package dev.dateline.store;

import dev.dateline.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: adds articles forever, committing every few, and reports each id on
 * stdout only after the commit holding it returned, so every reported id must survive a kill -9.
 */
final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws IOException {
    Path dataDir = Path.of(args[0]);
    int every = Integer.parseInt(args[1]);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      List<String> batch = new ArrayList<>();
      for (long i = 0; ; i++) {
        Article a = Articles.article("Crash story " + i, "Body of crash story " + i + ". ".repeat(50));
        store.add(a);
        batch.add(a.id());
        if (batch.size() == every) {
          store.commit();
          for (String id : batch) {
            System.out.println("stored " + id);
          }
          System.out.flush();
          batch.clear();
        }
      }
    }
  }
}
