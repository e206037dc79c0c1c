package dev.dateline.app;

import dev.dateline.nlp.clusters.ClusterTrainer;
import dev.dateline.nlp.pos.WordVectors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "vectors", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Learn word vectors (skip-gram with negative sampling, single-threaded and seeded) from unlabelled text, for",
        "the part-of-speech tagger's window network (train pos --vectors). INPUT as for train clusters; without INPUT,",
        "the default news corpus under --shared. Progress goes to stderr; the last line on stdout is a JSON summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error", "3:the corpus cannot be read or the file cannot be written"})
final class TrainVectorsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The vectors file to write (gzipped).")
  Path out;

  @Option(names = "--dim", paramLabel = "N", defaultValue = "50", description = "Dimensions (default: ${DEFAULT-VALUE}).")
  int dim;

  @Option(names = "--window", paramLabel = "N", defaultValue = "5", description = "Most context words either side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--negatives", paramLabel = "N", defaultValue = "5", description = "Noise words per pair (default: ${DEFAULT-VALUE}).")
  int negatives;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "5", description = "Passes over the corpus (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
      description = "Leave out words seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder, for the default corpus (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Corpus files or folders.")
  List<Path> inputs;

  @Override
  public Integer call() {
    WordVectors.Settings settings;
    try {
      settings = new WordVectors.Settings(dim, window, negatives, epochs, minCount, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Path> corpus = TrainingFiles.corpus(inputs, shared);
    long started = System.nanoTime();
    WordVectors vectors;
    try {
      vectors = WordVectors.train(corpus, settings, line -> {
        err.println(line);
        err.flush();
      });
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read the corpus: " + Inputs.message(e), e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, e.getMessage(), e);
    }
    TrainingFiles.write(out, vectors::write);
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT, "wrote %s: %,d words of %d dimensions in %.0f s", out, vectors.size(), dim, seconds));
    stdout.println(String.format(Locale.ROOT, "{\"out\":\"%s\",\"words\":%d,\"dim\":%d,\"seed\":%d,\"seconds\":%.1f}",
        out.toString().replace("\\", "\\\\").replace("\"", "\\\""), vectors.size(), dim, seed, seconds));
    stdout.flush();
    return ExitCode.OK;
  }
}
