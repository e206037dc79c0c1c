package dev.dateline.app;

import dev.dateline.nlp.clusters.ClusterTrainer;
import dev.dateline.nlp.clusters.WordClusters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "clusters", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Learn word classes (exchange clustering on class bigrams) from unlabelled text, at several granularities.",
        "INPUT is a file or folder: .txt (raw text, or CoNLL-2003 columns), .conllu, .tml, .xml (ECB+, MEANTIME,",
        "PETRARCH), .csv or .zip of CSV (the text column). Without INPUT, the default news corpus under --shared.",
        "Progress goes to stderr; the last line on stdout is a JSON summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error", "3:the corpus cannot be read or the file cannot be written"})
final class TrainClustersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The clusters file to write; gzipped when FILE ends in .gz.")
  Path out;

  @Option(names = "--classes", split = ",", paramLabel = "K", defaultValue = "64,256,1024",
      description = "Classes per level, coarsest first (default: ${DEFAULT-VALUE}).")
  List<Integer> classes;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
      description = "Leave out words seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the initial classes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "15",
      description = "The most passes over the words per level (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder, for the default corpus (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Corpus files or folders.")
  List<Path> inputs;

  @Override
  public Integer call() {
    ClusterTrainer.Settings settings;
    try {
      settings = new ClusterTrainer.Settings(classes, minCount, seed, iterations);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Path> corpus = TrainingFiles.corpus(inputs, shared);
    long started = System.nanoTime();
    ClusterTrainer.Result result;
    try {
      result = ClusterTrainer.train(corpus, settings, line -> {
        err.println(line);
        err.flush();
      });
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read the corpus: " + Inputs.message(e), e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, e.getMessage(), e);
    }
    TrainingFiles.write(out, file -> {
      if (out.getFileName().toString().endsWith(".gz")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16)) {
          result.write(gz);
        }
      } else {
        result.write(file);
      }
    });
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT, "wrote %s: %,d words, classes %s, from %,d tokens (%,d types) in %.0f s",
        out, result.words().size(), classes, result.tokens(), result.types(), seconds));
    stdout.println(String.format(Locale.ROOT,
        "{\"out\":\"%s\",\"words\":%d,\"classes\":%s,\"tokens\":%d,\"types\":%d,\"minCount\":%d,\"seed\":%d,\"seconds\":%.1f}",
        out.toString().replace("\\", "\\\\").replace("\"", "\\\""), result.words().size(), classes.toString().replace(" ", ""),
        result.tokens(), result.types(), minCount, seed, seconds));
    stdout.flush();
    return ExitCode.OK;
  }
}
