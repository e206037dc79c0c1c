package dev.dateline.app;

import dev.dateline.extract.Extractor;
import dev.dateline.ingest.Ingest;
import dev.dateline.model.Article;
import dev.dateline.model.Events;
import dev.dateline.model.Failure;
import dev.dateline.nlp.Pipeline;
import dev.dateline.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Inputs into the store: read, extract, analyse (when asked) through the events stage, add the article with its events,
 * and commit every {@link #BATCH} documents and at the end. An article already stored with its events is not analysed
 * again; one stored earlier without them gets them. The counts reported are those of committed batches only, so a run
 * that dies midway never claims more than the store holds.
 */
final class Ingestion {
  static final int BATCH = 100;

  /**
   * What a run committed.
   *
   * @param analysed articles analysed and stored with their events in this run (new ones and earlier ones without)
   * @param events the events those articles gave
   */
  record Summary(long stored, long duplicates, long failed, long analysed, long events) {
    String line() {
      return "stored " + stored + ", duplicates " + duplicates + ", failed " + failed;
    }

    /** The line about analysis: what it found, or that it did not run. */
    String analysisLine(boolean analysing) {
      return analysing
          ? "analysed " + analysed + " articles: " + events + " events"
          : "not analysed (--no-analysis): dateline events does not see these articles until they are ingested again without it";
    }

    int exitCode() {
      return ExitCode.of(stored + duplicates, failed);
    }
  }

  private final ArticleStore store;
  private final Optional<Pipeline> analysis;
  private final PrintWriter err;
  private final Progress progress;
  private long pendingStored;
  private long pendingDuplicates;
  private long pendingFailed;
  private long pendingAnalysed;
  private long pendingEvents;
  private long stored;
  private long duplicates;
  private long failed;
  private long analysed;
  private long events;

  private Ingestion(ArticleStore store, Optional<Pipeline> analysis, PrintWriter err, Progress progress) {
    this.store = store;
    this.analysis = analysis;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Ingests {@code inputs} into {@code store}, printing each failure on {@code err}.
   *
   * @param analysis the pipeline through the events stage, or empty to store articles unanalysed
   * @throws CommandFailure with {@link ExitCode#UNUSABLE} when the store fails, saying what was committed before
   */
  static Summary run(Ingest ingest, Extractor extractor, Optional<Pipeline> analysis, ArticleStore store, List<String> inputs,
      InputStream stdin, PrintWriter err, Progress progress) {
    Ingestion run = new Ingestion(store, analysis, err, progress);
    try {
      Inputs.read(ingest, inputs, stdin, Inputs.extracting(extractor, run::add, run::fail));
      run.commit();
    } finally {
      progress.finish();
    }
    return new Summary(run.stored, run.duplicates, run.failed, run.analysed, run.events);
  }

  private void add(Article article) {
    boolean added;
    try {
      ArticleStore.Presence presence = store.presence(article.id());
      Optional<Events> found = presence == ArticleStore.Presence.WITH_EVENTS ? Optional.empty() : analyse(article);
      if (found.isPresent()) {
        store.add(article, found.get());
        pendingAnalysed++;
        pendingEvents += found.get().items().size();
        added = presence == ArticleStore.Presence.ABSENT;
      } else {
        added = presence == ArticleStore.Presence.ABSENT && store.add(article);
      }
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

  /**
   * The events of an article, or empty when analysis is off or broke on it: the article is stored anyway, and the
   * breakage is reported and recorded as a failure of its input.
   */
  private Optional<Events> analyse(Article article) throws IOException {
    if (analysis.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(analysis.get().run(article).require(Events.KEY));
    } catch (RuntimeException e) {
      Failure failure = new Failure(article.provenance().origin(), "analysis failed, article stored without events: " + Inputs.message(e));
      progress.finish();
      Inputs.report(err, failure);
      store.addFailure(failure);
      return Optional.empty();
    }
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
    analysed += pendingAnalysed;
    events += pendingEvents;
    pendingAnalysed = 0;
    pendingEvents = 0;
    pendingStored = 0;
    pendingDuplicates = 0;
    pendingFailed = 0;
  }

  private CommandFailure storeFailed(String doing, Exception e) {
    return new CommandFailure(ExitCode.UNUSABLE, "the store failed while " + doing + ": " + Inputs.message(e)
        + "; committed before that: " + new Summary(stored, duplicates, failed, analysed, events).line(), e);
  }
}
