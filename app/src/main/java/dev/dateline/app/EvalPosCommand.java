package dev.dateline.app;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.pos.PosTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pos", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score the part-of-speech tagger and lemmatizer on the gold words of a treebank:",
        "UPOS, XPOS and lemma accuracy. The last line is one JSON object."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the file or the model cannot be read"})
final class EvalPosCommand implements Callable<Integer> {
  enum Format { conllu }

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The file's format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `train pos` (default: the bundled one).")
  Path model;

  @Parameters(index = "0", paramLabel = "FILE", description = "The evaluation treebank.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "FILE '" + file + "' is not a readable file");
    }
    if (model != null && !Files.isRegularFile(model)) {
      throw new ParameterException(spec.commandLine(), "--model '" + model + "' is not a readable file");
    }
    PosTagger tagger;
    if (model == null) {
      tagger = PosTagger.standard();
    } else {
      try (InputStream in = Files.newInputStream(model)) {
        tagger = PosTagger.read(in, model.toString(), WordClusters.standard());
      } catch (IOException e) {
        throw new CommandFailure(ExitCode.UNUSABLE, "cannot read the model: " + Inputs.message(e), e);
      }
    }
    PosTagger.Evaluation e;
    try {
      e = tagger.evaluate(file);
    } catch (IOException ex) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + file + ": " + Inputs.message(ex), ex);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "sentences %d, words %d%n", e.sentences(), e.words());
    out.printf(Locale.ROOT, "UPOS  accuracy %.4f (%d/%d)%n", e.uposAccuracy(), e.upos(), e.words());
    out.printf(Locale.ROOT, "XPOS  accuracy %.4f (%d/%d)%n", e.xposAccuracy(), e.xpos(), e.words());
    out.printf(Locale.ROOT, "lemma accuracy %.4f (%d/%d)%n", e.lemmaAccuracy(), e.lemma(), e.words());
    out.printf(Locale.ROOT, "{\"task\":\"pos\",\"format\":\"%s\",\"n\":%d,\"accuracy\":%.4f,\"xpos_accuracy\":%.4f,\"lemma_accuracy\":%.4f}%n",
        format, e.words(), e.uposAccuracy(), e.xposAccuracy(), e.lemmaAccuracy());
    out.flush();
    return ExitCode.OK;
  }
}
