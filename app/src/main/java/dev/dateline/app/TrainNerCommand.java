package dev.dateline.app;

import dev.dateline.nlp.ner.Conll;
import dev.dateline.nlp.ner.NerModel;
import dev.dateline.nlp.ner.NerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Train the named-entity recogniser on CoNLL-2003 style data (word first column, IOB tag last).",
        "An averaged perceptron over BILOU labels with Viterbi decoding, word, shape, affix, window, word-class and",
        "gazetteer features, then a second pass over first-pass predictions for the same word across the document,",
        "trained on jackknifed predictions. Uses the bundled gazetteers and word classes.",
        "The same data, options and seed give the same model file, byte for byte."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained", "2:usage error", "3:the data cannot be read or the model cannot be written"})
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data, e.g. ../shared/datasets/conll2003/train.txt.")
  Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development data: its F1 is reported after each pass.")
  Path dev;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzipped).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Passes over the data per model (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--folds", defaultValue = "4", paramLabel = "N", description = "Jackknife folds for the second pass (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--prune", defaultValue = "0.01", paramLabel = "W", description = "Drop features whose averaged weights are all below W (default: ${DEFAULT-VALUE}).")
  float prune;

  @Option(names = "--no-second-pass", description = "Train the first pass only.")
  boolean noSecondPass;

  @Option(names = "--no-gazetteers", description = "Leave out the gazetteer features.")
  boolean noGazetteers;

  @Option(names = "--no-clusters", description = "Leave out the word-class features.")
  boolean noClusters;

  @Option(names = "--no-document-forms", description = "Leave out how each word is written elsewhere in the document.")
  boolean noDocumentForms;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    NerTrainer.Options options;
    try {
      options = new NerTrainer.Options(seed, epochs, folds, !noSecondPass, !noClusters, !noGazetteers, !noDocumentForms, prune);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Conll.Doc> trainDocs = read(train);
    Optional<List<Conll.Doc>> devDocs = dev == null ? Optional.empty() : Optional.of(read(dev));
    long started = System.nanoTime();
    NerModel model = NerTrainer.train(trainDocs, devDocs, options, NerModels.gazetteers(), NerModels.clusters(), line -> {
      err.println(line);
      err.flush();
    });
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot write the model to " + out + ": " + e.getMessage(), e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println(String.format(Locale.ROOT, "{\"task\":\"train-ner\",\"model\":\"%s\",\"weights\":%d,\"seconds\":%.1f}",
        out.toString().replace("\\", "\\\\").replace("\"", "\\\""), model.weights(), (System.nanoTime() - started) / 1e9));
    o.flush();
    return ExitCode.OK;
  }

  private static List<Conll.Doc> read(Path file) {
    try {
      return Conll.read(file);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, e.getMessage(), e);
    }
  }
}
