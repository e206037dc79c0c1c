package dev.dateline.app;

import dev.dateline.extract.ExtractionException;
import dev.dateline.extract.Extractor;
import dev.dateline.ingest.Ingest;
import dev.dateline.ingest.Sink;
import dev.dateline.ingest.Source;
import dev.dateline.model.Article;
import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reading command-line inputs through ingest: one input after another, a bad one never stopping the rest. */
final class Inputs {
  /** Files that may hold many documents, so counting files says nothing about how many documents come. */
  private static final Set<String> CONTAINERS = Set.of("jsonl", "ndjson", "json", "warc", "gz", "xml", "rss", "atom");

  /** Metadata beside a document (ingest's sidecar), not a document of its own. */
  private static final String SIDECAR = ".meta.json";

  private Inputs() {}

  /**
   * Sends every document of every input to {@code sink}, and a failure naming the input for each input that cannot
   * be read at all ("-" is stdin). A {@link CommandFailure} raised by the sink (the store broke) ends the run.
   */
  static void read(Ingest ingest, List<String> inputs, InputStream stdin, Sink sink) {
    for (String input : inputs) {
      try {
        Source source = input.equals("-") ? ingest.stdin(stdin) : ingest.open(input);
        source.read(sink);
      } catch (CommandFailure f) {
        throw f;
      } catch (IOException | UncheckedIOException e) {
        sink.fail(new Failure(input, "cannot be read: " + message(e)));
      } catch (RuntimeException e) {
        sink.fail(new Failure(input, message(e)));
      }
    }
  }

  /** A sink that extracts each raw document and hands on the article, or a failure naming the document. */
  static Sink extracting(Extractor extractor, Consumer<Article> articles, Consumer<Failure> failures) {
    return new Sink() {
      @Override
      public void accept(RawDocument raw) {
        Article article;
        try {
          article = extractor.extract(raw);
        } catch (ExtractionException e) {
          failures.accept(e.failure());
          return;
        } catch (RuntimeException e) { // a bug on one document must not end the batch
          failures.accept(new Failure(raw.origin(), "extraction failed: " + message(e)));
          return;
        }
        articles.accept(article);
      }

      @Override
      public void fail(Failure failure) {
        failures.accept(failure);
      }
    };
  }

  /**
   * How many documents the inputs hold when that is known from the file system alone: each is a file or a directory
   * of single-document files. Empty for stdin, URLs, and files that hold many documents (JSON Lines, feeds, WARC).
   */
  static OptionalLong countDocuments(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals("-") || input.contains("://")) {
        return OptionalLong.empty();
      }
      Path path = Path.of(input);
      if (Files.isRegularFile(path)) {
        if (isContainer(path)) {
          return OptionalLong.empty();
        }
        total++;
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          List<Path> regular = files.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().endsWith(SIDECAR))
              .toList();
          if (regular.stream().anyMatch(Inputs::isContainer)) {
            return OptionalLong.empty();
          }
          total += regular.size();
        } catch (IOException | UncheckedIOException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.of(total);
  }

  private static boolean isContainer(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && CONTAINERS.contains(name.substring(dot + 1));
  }

  /** Prints a failure on stderr: "failed: INPUT: problem". */
  static void report(PrintWriter err, Failure failure) {
    err.println("failed: " + failure.origin() + ": " + failure.problem());
    err.flush();
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
