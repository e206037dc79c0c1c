package dev.dateline.app;

import dev.dateline.extract.Extractor;
import dev.dateline.ingest.Ingest;
import dev.dateline.model.Article;
import dev.dateline.model.Failure;
import dev.dateline.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Inputs into the store: read, extract, add, and commit every {@link #BATCH} documents and at the end. The counts
 * reported are those of committed batches only, so a run that dies midway never claims more than the store holds.
 */
final class Ingestion {
  static final int BATCH = 100;

  /** What a run committed. */
  record Summary(long stored, long duplicates, long failed) {
    String line() {
      return "stored " + stored + ", duplicates " + duplicates + ", failed " + failed;
    }

    int exitCode() {
      return ExitCode.of(stored + duplicates, failed);
    }
  }

  private final ArticleStore store;
  private final PrintWriter err;
  private final Progress progress;
  private long pendingStored;
  private long pendingDuplicates;
  private long pendingFailed;
  private long stored;
  private long duplicates;
  private long failed;

  private Ingestion(ArticleStore store, PrintWriter err, Progress progress) {
    this.store = store;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Ingests {@code inputs} into {@code store}, printing each failure on {@code err}.
   *
   * @throws CommandFailure with {@link ExitCode#UNUSABLE} when the store fails, saying what was committed before
   */
  static Summary run(Ingest ingest, Extractor extractor, ArticleStore store, List<String> inputs, InputStream stdin,
      PrintWriter err, Progress progress) {
    Ingestion run = new Ingestion(store, err, progress);
    try {
      Inputs.read(ingest, inputs, stdin, Inputs.extracting(extractor, run::add, run::fail));
      run.commit();
    } finally {
      progress.finish();
    }
    return new Summary(run.stored, run.duplicates, run.failed);
  }

  private void add(Article article) {
    boolean added;
    try {
      added = store.add(article);
    } catch (IOException | RuntimeException e) {
      throw storeFailed("adding article " + article.id() + " (" + article.provenance().origin() + ")", e);
    }
    if (added) {
      pendingStored++;
    } else {
      pendingDuplicates++;
    }
    progress.tick();
    commitIfDue();
  }

  private void fail(Failure failure) {
    progress.finish();
    Inputs.report(err, failure);
    try {
      store.addFailure(failure);
    } catch (IOException | RuntimeException e) {
      throw storeFailed("recording the failure of " + failure.origin(), e);
    }
    pendingFailed++;
    progress.tick();
    commitIfDue();
  }

  private void commitIfDue() {
    if (pendingStored + pendingDuplicates + pendingFailed >= BATCH) {
      commit();
    }
  }

  private void commit() {
    try {
      store.commit();
    } catch (IOException | RuntimeException e) {
      throw storeFailed("committing", e);
    }
    stored += pendingStored;
    duplicates += pendingDuplicates;
    failed += pendingFailed;
    pendingStored = 0;
    pendingDuplicates = 0;
    pendingFailed = 0;
  }

  private CommandFailure storeFailed(String doing, Exception e) {
    return new CommandFailure(ExitCode.UNUSABLE, "the store failed while " + doing + ": " + Inputs.message(e)
        + "; committed before that: " + new Summary(stored, duplicates, failed).line(), e);
  }
}
