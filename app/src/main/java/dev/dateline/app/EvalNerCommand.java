package dev.dateline.app;

import dev.dateline.nlp.ner.Conll;
import dev.dateline.nlp.ner.ConllScore;
import dev.dateline.nlp.ner.NerModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score the named-entity recogniser on a tagged file, as conlleval does: an entity counts when its span and",
        "type both match. Prints a line per type and one for all, then one JSON line:",
        "{\"task\":\"ner\",\"n\":SENTENCES,\"precision\":P,\"recall\":R,\"f1\":F}, where n counts the file's sentences.",
        "FILE is CoNLL-2003 style: word first, tag last (IOB1 or IOB2), -DOCSTART- between documents."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the file or the model cannot be read"})
final class EvalNerCommand implements Callable<Integer> {
  enum Format { conll }

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The file's layout: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(index = "0", paramLabel = "FILE", description = "The evaluation file, e.g. ../shared/datasets/conll2003/valid.txt.")
  Path file;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `train ner` instead of the bundled one.")
  Path model;

  @Option(names = "--write-predictions", paramLabel = "FILE",
      description = "Also write the input's columns plus a predicted IOB2 tag column (conlleval's input format) to FILE.")
  Path predictions;

  @Override
  public Integer call() {
    List<Conll.Doc> docs;
    try {
      docs = Conll.read(file);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + file + ": " + e.getMessage(), e);
    }
    NerModel ner = NerModels.load(model);
    ConllScore score = new ConllScore();
    List<List<List<String>>> predicted = new ArrayList<>(docs.size());
    for (Conll.Doc doc : docs) {
      List<List<String>> words = new ArrayList<>();
      for (Conll.Sentence s : doc.sentences()) {
        words.add(s.words());
      }
      List<List<String>> tags = ner.tag(words);
      for (int s = 0; s < tags.size(); s++) {
        score.add(doc.sentences().get(s).tags(), tags.get(s));
      }
      predicted.add(tags);
    }
    if (predictions != null) {
      try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        Conll.writePredictions(docs, predicted, w);
      } catch (IOException e) {
        throw new CommandFailure(ExitCode.UNUSABLE, "cannot write the predictions to " + predictions + ": " + e.getMessage(), e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    score.lines().forEach(out::println);
    out.println(String.format(Locale.ROOT, "{\"task\":\"ner\",\"n\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
        score.sentences(), score.precision(), score.recall(), score.f1()));
    out.flush();
    return ExitCode.OK;
  }
}
