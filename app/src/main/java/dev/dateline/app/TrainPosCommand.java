package dev.dateline.app;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.pos.PosTagger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "pos", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Train the part-of-speech tagger and lemmatizer on a CoNLL-U treebank (e.g. UD English EWT).",
        "With --dev, prints the dev accuracy after each epoch. Same data and seed, same model file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained and written", "2:usage error", "3:the data cannot be read or the model cannot be written"})
final class TrainPosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training treebank (CoNLL-U).")
  Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development treebank (CoNLL-U), scored after each epoch.")
  Path dev;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed for the order of training sentences (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "6", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--folds", defaultValue = "0", paramLabel = "N",
      description = "Train a second pass that also sees the first pass's tags to the right, on first-pass tags from N folds"
          + " (0: one pass, the default; see the README next to the bundled model).")
  int folds;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "A POS-tagged corpus in CoNLL-2003 columns (form TAG ...) whose tags per word form become an extra"
          + " feature, stored in the model (the bundled model uses CoNLL-2003 train).")
  Path lexicon;

  @Option(names = "--vectors", paramLabel = "FILE",
      description = "Word vectors (from train vectors) for a window network whose scores add to the perceptron's, stored in the model.")
  Path vectors;

  @Option(names = "--hidden", defaultValue = "128", paramLabel = "N", description = "Hidden units of the window network (default: ${DEFAULT-VALUE}).")
  int hidden;

  @Option(names = "--net-epochs", defaultValue = "8", paramLabel = "N", description = "Passes of the window network (default: ${DEFAULT-VALUE}); with --dev, the network of the pass that tags dev best with the perceptron is kept.")
  int netEpochs;

  @Option(names = "--net-weight", defaultValue = "4", paramLabel = "W",
      description = "Weight of the window network's scores against the perceptron's (default: ${DEFAULT-VALUE}).")
  float netWeight;

  @Option(names = "--net-top", defaultValue = "4", paramLabel = "N",
      description = "The window network scores the perceptron's best N labels of a word (default: ${DEFAULT-VALUE}).")
  int netTop;

  @Option(names = "--net-gate", defaultValue = "30", paramLabel = "M",
      description = "... and only where the perceptron's best label leads the next by less than M (default: ${DEFAULT-VALUE}).")
  float netGate;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzipped).")
  Path out;

  @Override
  public Integer call() {
    for (Path p : java.util.stream.Stream.of(train, dev, lexicon, vectors).filter(java.util.Objects::nonNull).toList()) {
      if (!Files.isRegularFile(p)) {
        throw new ParameterException(spec.commandLine(), "'" + p + "' is not a readable file");
      }
    }
    if (epochs < 1) {
      throw new ParameterException(spec.commandLine(), "--epochs must be at least 1, got " + epochs);
    }
    if (netTop < 1) {
      throw new ParameterException(spec.commandLine(), "--net-top must be at least 1, got " + netTop);
    }
    if (folds < 0 || folds == 1) {
      throw new ParameterException(spec.commandLine(), "--folds must be 0 or at least 2, got " + folds);
    }
    PrintWriter log = spec.commandLine().getOut();
    PosTagger tagger;
    try {
      tagger = PosTagger.train(train, dev, new PosTagger.Options(seed, epochs, WordClusters.standard(), folds, lexicon, vectors, hidden, netEpochs, netWeight, netTop, netGate), line -> {
        log.println(line);
        log.flush();
      });
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot train: " + Inputs.message(e), e);
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        tagger.write(o);
      }
      log.println("model written to " + out + " (" + Files.size(out) + " bytes)");
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot write the model to " + out + ": " + Inputs.message(e), e);
    }
    log.flush();
    return ExitCode.OK;
  }
}
