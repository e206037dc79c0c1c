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
   * @param interactive whether stderr is a terminal, so progress lines may be redrawn on it
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

  ArticleRecord record() {
    return record;
  }

  /**
   * Opens the store in {@code dataDir}.
   *
   * @param create whether an absent store may be created (ingest) or must already exist (search, show, stats)
   * @throws CommandFailure with {@link ExitCode#UNUSABLE} when it is absent or cannot be opened
   */
  ArticleStore openStore(Path dataDir, boolean create) {
    if (!create && !Files.isDirectory(dataDir)) {
      throw new CommandFailure(ExitCode.UNUSABLE,
          "no store at " + dataDir + "; ingest something first (dateline ingest FILE --data " + dataDir + ")");
    }
    try {
      return ArticleStore.open(dataDir);
    } catch (Exception e) { // the store reports a bad directory as IOException or as a runtime exception
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot open the store at " + dataDir + ": " + e.getMessage(), e);
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
