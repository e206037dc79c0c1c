package dev.dateline.app;

import dev.dateline.extract.ExtractionException;
import dev.dateline.extract.Extractor;
import dev.dateline.extract.eval.ExtractionEval;
import dev.dateline.model.Article;
import dev.dateline.model.RawDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score article extraction: precision, recall and F1 of the extracted text.",
        "PATH is the set's folder, e.g. ../shared/datasets/extraction/trafilatura."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the set cannot be read"})
final class EvalExtractCommand implements Callable<Integer> {
  enum Format { zyte, trafilatura, readability }

  private final Components components;

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "The evaluation set's layout: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(index = "0", paramLabel = "PATH", description = "The evaluation set's folder.")
  Path path;

  @Option(names = "--write-predictions", paramLabel = "FILE",
      description = "Also write the extracted texts to FILE (zyte format only), for the benchmark's own scorer.")
  Path predictions;

  EvalExtractCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), "PATH '" + path + "' is not a directory");
    }
    if (predictions != null && format != Format.zyte) {
      throw new ParameterException(spec.commandLine(), "--write-predictions works with --format zyte only, not " + format);
    }
    Extractor extractor = components.extractor();
    Function<RawDocument, Optional<Article>> extract = raw -> {
      try {
        return Optional.of(extractor.extract(raw));
      } catch (ExtractionException e) {
        return Optional.empty();
      }
    };
    ExtractionEval.Report report;
    try {
      report = switch (format) {
        case zyte -> ExtractionEval.zyte(path, extract, Optional.ofNullable(predictions));
        case trafilatura -> ExtractionEval.trafilatura(path, extract);
        case readability -> ExtractionEval.readability(path, extract);
      };
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read the " + format + " set at " + path + ": " + Inputs.message(e), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    report.lines().forEach(out::println);
    out.println(report.json());
    out.flush();
    return ExitCode.OK;
  }
}
