package dev.dateline.app;

import dev.dateline.ingest.Ingest;
import dev.dateline.model.Article;
import dev.dateline.model.Failure;
import dev.dateline.model.SuppliedMetadata;
import dev.dateline.store.Hit;
import dev.dateline.store.SearchQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Ingest a bundled sample, then show stats, a search and one analyze record.",
        "The sample is six short articles written for this demo: plain text with a dateline, an HTML page with",
        "boilerplate, news-please JSON Lines, an RSS feed. Works offline."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the demo ran", "1:some sample documents failed", "3:the store is unusable"})
final class DemoCommand implements Callable<Integer> {
  /** The sample files, listed in demo/index.txt beside them so they can be read from the jar. */
  private static final String SAMPLE = "demo/";
  /** The sample shown as an analyze record: the one with a dateline. */
  static final String RECORD_SAMPLE = "lisbon-dockworkers.txt";
  static final String SEARCH = "port";

  private final Components components;

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  DemoCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path sample = Files.createTempDirectory("dateline-demo");
    try {
      unpack(sample);
      return show(sample, out, err);
    } finally {
      deleteTree(sample);
    }
  }

  private int show(Path sample, PrintWriter out, PrintWriter err) {
    // feed items carry their own text, and nothing here may need the network
    var ingest = components.ingest(SuppliedMetadata.NONE, false);
    out.println("Dateline demo: six short news articles written for this demo, in four formats:");
    out.println("  a plain-text wire story with a dateline, an HTML page wrapped in a site's navigation, cookie banner,");
    out.println("  share bar and related links, two news-please JSON Lines records, and an RSS feed with two items.");
    out.println();
    out.println("1. Ingest: read each document, extract the article (clean text, title, date, dateline, source),");
    out.println("   and store it in " + data.dir.toAbsolutePath().normalize() + " (dateline ingest).");
    Ingestion.Summary summary = components.withStore(data.dir, true,
        store -> Ingestion.run(ingest, components.extractor(), Optional.of(components.analysis()), store, List.of(sample.toString()), components.stdin(), err,
            new Progress(err, components.clock(), false, OptionalLong.empty(), "documents")));
    out.println("   " + summary.line() + (summary.duplicates() > 0 ? "  (duplicates: already stored by an earlier run)" : ""));
    out.println();

    List<Hit> hits = components.withStore(data.dir, false, store -> {
      out.println("2. What the store holds (dateline stats):");
      StatsCommand.print(out, store.stats(), store.eventStats(), store.failures());
      out.println();
      return store.search(new SearchQuery(SEARCH, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 5));
    });
    out.println("3. A full-text search for '" + SEARCH + "' (dateline search " + SEARCH + "): best matches first.");
    SearchCommand.printTable(out, hits);
    out.println();

    out.println("4. The analyze record of the plain-text story (dateline analyze FILE, or dateline show ID --json):");
    out.println("   'text' is the clean body every offset refers to; the headline line went to 'title' and 'removed';");
    out.println("   'dateline' is the opening place/date/agency; the story says 'March 3' without a year, so the year");
    out.println("   was inferred ('published_inferred'); 'paragraphs' are spans [begin, end) into 'text'.");
    Optional<Article> article = extractOne(ingest, sample.resolve(RECORD_SAMPLE), err);
    article.ifPresent(a -> out.println(components.record().pretty(
        components.stages().pipeline(components.stages().names()).run(a), StageOptions.DEFAULT_OMITTED)));
    out.println();
    out.println("Next: dateline search QUERY --data " + data.dir + ", dateline show ID --data " + data.dir
        + ", dateline ingest YOUR-FILES --data " + data.dir + ". Every command takes --help.");
    out.flush();
    return summary.exitCode();
  }

  private Optional<Article> extractOne(Ingest ingest, Path file, PrintWriter err) {
    List<Article> found = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Inputs.read(ingest, List.of(file.toString()), components.stdin(),
        Inputs.extracting(components.extractor(), found::add, failures::add));
    failures.forEach(f -> Inputs.report(err, f));
    return found.stream().findFirst();
  }

  /** Copies the sample files out of the jar into {@code dir}. */
  static void unpack(Path dir) throws IOException {
    for (String name : index()) {
      try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + name)) {
        if (in == null) {
          throw new IllegalStateException("the demo sample lists '" + name + "' but the jar lacks it");
        }
        Files.copy(in, dir.resolve(name));
      }
    }
  }

  static List<String> index() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("the demo sample's index.txt is missing from the jar");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the demo's temporary copy " + dir, e);
    }
  }
}
