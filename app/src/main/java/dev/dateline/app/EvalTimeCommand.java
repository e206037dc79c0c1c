package dev.dateline.app;

import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.time.TimeEvaluation;
import dev.dateline.nlp.time.TimeEvaluation.Doc;
import dev.dateline.nlp.time.TimeEvaluation.Timex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

@Command(name = "time", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score the time expressions (TempEval-3 Task A) on annotated documents, as the official scorer does:",
        "strict and relaxed span precision, recall and F1, type and value accuracy over the relaxed matches, and",
        "value F1 (value accuracy times relaxed F1). The document creation time is the reference date. The last",
        "line is one JSON object: {\"task\":\"time\",\"n\":DOCUMENTS,\"strict_f1\":...,\"relaxed_f1\":...,",
        "\"value_f1\":...,\"type_accuracy\":...}."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the files cannot be read or the predictions written"})
final class EvalTimeCommand implements Callable<Integer> {
  enum Format { timeml, meantime }

  private final Components components;

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "The files' format: ${COMPLETION-CANDIDATES} (TimeML .tml; MEANTIME CAT .xml).")
  Format format;

  @Parameters(index = "0", paramLabel = "PATH", description = "A file, or a folder read recursively.")
  Path path;

  @Option(names = "--write-predictions", paramLabel = "DIR",
      description = {"Write one TimeML file per input with the system's TIMEX3s, named as the input (.tml), for the",
          "official scorer. With --format meantime the gold annotations are written as TimeML too, under DIR/gold",
          "(and the predictions under DIR/system)."})
  Path predictions;

  EvalTimeCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    if (!Files.exists(path)) {
      throw new ParameterException(spec.commandLine(), "PATH '" + path + "' does not exist");
    }
    List<Doc> docs;
    try {
      docs = TimeEvaluation.read(path, format == Format.timeml ? TimeEvaluation.Format.TIMEML : TimeEvaluation.Format.MEANTIME);
    } catch (IOException | RuntimeException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + path + ": " + Inputs.message(e), e);
    }
    if (docs.isEmpty()) {
      throw new CommandFailure(ExitCode.UNUSABLE, "no " + (format == Format.timeml ? ".tml" : ".xml") + " files under " + path);
    }
    Pipeline pipeline = components.stages().pipeline(List.of("paragraphs", "tokens", "sentences", "pos", "time"));
    TimeEvaluation.Score score = new TimeEvaluation.Score();
    for (Doc doc : docs) {
      List<Timex> predicted = TimeEvaluation.predict(doc, pipeline::run);
      score.add(doc.gold(), predicted);
      if (predictions != null) {
        write(doc, predicted);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    score.lines().forEach(out::println);
    out.println(String.format(Locale.ROOT,
        "{\"task\":\"time\",\"format\":\"%s\",\"n\":%d,\"gold\":%d,\"system\":%d,\"strict_precision\":%.4f,\"strict_recall\":%.4f,"
            + "\"strict_f1\":%.4f,\"relaxed_precision\":%.4f,\"relaxed_recall\":%.4f,\"relaxed_f1\":%.4f,"
            + "\"value_accuracy\":%.4f,\"value_f1\":%.4f,\"type_accuracy\":%.4f}",
        format, score.documents(), score.gold(), score.system(), score.strictPrecision(), score.strictRecall(), score.strictF1(),
        score.relaxedPrecision(), score.relaxedRecall(), score.relaxedF1(), score.valueAccuracy(), score.valueF1(),
        score.typeAccuracy()));
    out.flush();
    return ExitCode.OK;
  }

  private void write(Doc doc, List<Timex> predicted) {
    String name = Path.of(doc.name()).getFileName().toString().replaceAll("\\.(tml|xml)$", "") + ".tml";
    try {
      if (format == Format.meantime) {
        Files.createDirectories(predictions.resolve("gold"));
        Files.createDirectories(predictions.resolve("system"));
        Files.writeString(predictions.resolve("gold").resolve(name), TimeEvaluation.timeMl(doc, doc.gold()), StandardCharsets.UTF_8);
        Files.writeString(predictions.resolve("system").resolve(name), TimeEvaluation.timeMl(doc, predicted), StandardCharsets.UTF_8);
      } else {
        Files.createDirectories(predictions);
        Files.writeString(predictions.resolve(name), TimeEvaluation.timeMl(doc, predicted), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot write the predictions to " + predictions + ": " + Inputs.message(e), e);
    }
  }
}
