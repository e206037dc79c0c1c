package dev.dateline.app;

import dev.dateline.model.Document;
import dev.dateline.model.Quotes;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.quotes.AttributionScore;
import dev.dateline.nlp.quotes.Polnear;
import dev.dateline.nlp.quotes.QuoteStage;
import dev.dateline.nlp.quotes.QuoteTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Train the attribution tagger of the quotes stage on a PolNeAR folder (text/ and attributions/): each",
        "article goes through the standard stages up to entities, then the perceptron learns source, cue and content",
        "labels on top of the stage's rules. The same data, epochs and seed give the same file. --dev scores the new",
        "model as `eval quotes` does."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained", "2:usage error", "3:the data cannot be read or the model written"})
final class TrainQuotesCommand implements Callable<Integer> {
  private final Components components;

  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, paramLabel = "DIR", description = "Training folder, e.g. ../shared/datasets/polnear/train.")
  Path train;

  @Option(names = "--dev", paramLabel = "DIR", description = "Development folder, scored after training.")
  Path dev;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed for the order of articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "8", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--prune", defaultValue = "0.05", paramLabel = "X",
      description = "Drop features whose averaged weights are all below X (default: ${DEFAULT-VALUE}).")
  float prune;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzipped).")
  Path out;

  TrainQuotesCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    List<String> names = components.stages().names();
    Pipeline pipeline = components.stages().pipeline(names.subList(0, names.indexOf("entities") + 1));
    PrintStream log = System.err;
    List<QuoteTrainer.Example> examples = new ArrayList<>();
    for (Polnear.Doc doc : read(train)) {
      examples.add(new QuoteTrainer.Example(pipeline.run(EvalQuotesCommand.article(doc.name(), doc.text())), doc.gold()));
    }
    log.println("analysed " + examples.size() + " training articles");
    LinearModel model = QuoteTrainer.train(examples, epochs, seed, prune, log);
    TrainingFiles.writeModel(out, model, log);
    PrintWriter w = spec.commandLine().getOut();
    if (dev != null) {
      QuoteStage stage = QuoteStage.withModel(model);
      AttributionScore score = new AttributionScore();
      for (Polnear.Doc doc : read(dev)) {
        Document d = stage.apply(pipeline.run(EvalQuotesCommand.article(doc.name(), doc.text())));
        score.add(doc.text(), doc.gold(), Polnear.predicted(d.require(Quotes.KEY)));
      }
      score.lines().forEach(w::println);
    }
    w.println(String.format(java.util.Locale.ROOT, "{\"task\":\"train-quotes\",\"out\":\"%s\",\"articles\":%d,\"epochs\":%d,\"seed\":%d,\"features\":%d}",
        out.toString().replace("\\", "\\\\").replace("\"", "\\\""), examples.size(), epochs, seed, model.features()));
    w.flush();
    return ExitCode.OK;
  }

  private static List<Polnear.Doc> read(Path dir) {
    try {
      return Polnear.read(dir);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + dir + ": " + e.getMessage(), e);
    }
  }
}
