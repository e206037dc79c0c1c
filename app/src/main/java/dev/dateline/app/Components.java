package dev.dateline.app;

import dev.dateline.extract.Extractor;
import dev.dateline.ingest.Ingest;
import dev.dateline.model.SuppliedMetadata;
import dev.dateline.store.ArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * The composition root: the one place where ingest, extraction, the analysis stages, the record writer and the
 * store are built. Commands ask it for their parts; tests build it with their own clock and stdin.
 */
final class Components {
  private final Clock clock;
  private final InputStream stdin;
  private final boolean interactive;
  private final StageCatalogue stages = StageCatalogue.standard();
  private final ArticleRecord record = ArticleRecord.standard();

  /**
   * @param interactive whether a console is attached ({@code System.console()}), so progress lines may be redrawn
   */
  Components(Clock clock, InputStream stdin, boolean interactive) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.interactive = interactive;
  }

  /** The parts of a real run: the system clock, the process's stdin, progress only on a console. */
  static Components system() {
    return new Components(Clock.systemUTC(), System.in, System.console() != null);
  }

  Clock clock() {
    return clock;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean interactive() {
    return interactive;
  }

  /** Ingest with the metadata given on the command line applied to every document read. */
  Ingest ingest(SuppliedMetadata metadata, boolean followFeedLinks) {
    return Ingest.builder()
        .clock(clock)
        .metadata(metadata)
        .followFeedLinks(followFeedLinks)
        .userAgent("Dateline/" + version())
        .build();
  }

  /** A new extractor; one per thread where several run at once. */
  Extractor extractor() {
    return Extractor.create();
  }

  StageCatalogue stages() {
    return stages;
  }

  /** The pipeline ingest runs on every new article: every stage, through events. */
  dev.dateline.nlp.Pipeline analysis() {
    return stages.pipeline(stages.names());
  }

  ArticleRecord record() {
    return record;
  }

  /** Work on an open store; its I/O errors are handled by {@link #withStore}. */
  interface StoreWork<T> {
    T apply(ArticleStore store) throws IOException;
  }

  /**
   * Opens the store in {@code dataDir}, runs {@code work} on it and closes it.
   *
   * @param create whether an absent store may be created (ingest) or must already exist (search, show, stats)
   * @throws CommandFailure with {@link ExitCode#UNUSABLE} when the store is absent, cannot be opened, or fails
   */
  <T> T withStore(Path dataDir, boolean create, StoreWork<T> work) {
    if (!create && !Files.isDirectory(dataDir)) {
      throw new CommandFailure(ExitCode.UNUSABLE,
          "no store at " + dataDir + "; ingest something first (dateline ingest FILE --data " + dataDir + ")");
    }
    ArticleStore store;
    try {
      store = ArticleStore.open(dataDir);
    } catch (IOException | RuntimeException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot open the store at " + dataDir + ": " + Inputs.message(e), e);
    }
    try (store) {
      return work.apply(store);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "the store at " + dataDir + " failed: " + Inputs.message(e), e);
    }
  }

  /** The version of this build, from the filtered version.properties. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Components.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
    return p.getProperty("version", "unknown");
  }
}
