package dev.dateline.app;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Failure;
import dev.dateline.model.LayerKey;
import dev.dateline.nlp.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Extract and analyse documents without storing them.",
        "Prints one JSON record per article on stdout (JSON Lines) and each failure on stderr, naming its input.",
        "The README documents the record field by field."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input was analysed",
        "1:some inputs failed, others were analysed",
        "2:usage error (bad flag, unknown stage, stages in an impossible order)",
        "3:nothing could be read"})
final class AnalyzeCommand implements Callable<Integer> {
  private final Components components;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "What to read (as for ingest; - is stdin).")
  List<String> inputs;

  @Mixin MetadataOptions metadata;

  @Mixin StageOptions stages;

  AnalyzeCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var ingest = components.ingest(metadata.supplied(spec.commandLine()), metadata.followFeedLinks());
    Pipeline pipeline = stages.pipeline(components.stages(), spec.commandLine());
    Set<LayerKey<?>> omit = stages.omitted();
    // no progress line: a console here means records go to the terminal too, and would be garbled by it
    Tally tally = new Tally();
    Inputs.read(ingest, inputs, components.stdin(), Inputs.extracting(components.extractor(),
        article -> {
          if (analyse(pipeline, article, omit, out, err)) {
            tally.analysed++;
          } else {
            tally.failed++;
          }
        },
        failure -> {
          Inputs.report(err, failure);
          tally.failed++;
        }));
    out.flush();
    if (tally.analysed == 0) {
      err.println("nothing could be analysed from " + String.join(" ", inputs));
    }
    return ExitCode.of(tally.analysed, tally.failed);
  }

  /** Prints the record of one article; a stage that breaks on it becomes a failure naming the article. */
  private boolean analyse(Pipeline pipeline, Article article, Set<LayerKey<?>> omit, PrintWriter out, PrintWriter err) {
    Document document;
    try {
      document = pipeline.run(article);
    } catch (RuntimeException e) {
      Inputs.report(err, new Failure(article.provenance().origin(), "analysis failed: " + Inputs.message(e)));
      return false;
    }
    out.println(components.record().line(document, omit));
    return true;
  }

  private static final class Tally {
    long analysed;
    long failed;
  }
}
