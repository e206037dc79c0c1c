package dev.dateline.app;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Quotes;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.quotes.AttributionScore;
import dev.dateline.nlp.quotes.Polnear;
import dev.dateline.nlp.quotes.Polnear.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score who-said-what on an attribution corpus: source, cue and content spans, each matched exactly (same",
        "begin and end once whitespace and surrounding punctuation are trimmed) and by token overlap. Each article's",
        "text goes through the standard stages up to quotes unchanged, so offsets compare. Prints a line per role and",
        "way of matching, then one JSON line with the exact figures:",
        "{\"task\":\"quotes\",\"n\":ARTICLES,\"source_f1\":F,\"cue_f1\":F,\"content_f1\":F}.",
        "PATH is a PolNeAR folder with text/ and attributions/, e.g. ../shared/datasets/polnear/dev."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the folder cannot be read or the predictions written"})
final class EvalQuotesCommand implements Callable<Integer> {
  enum Format { polnear }

  private final Components components;

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The corpus layout: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(index = "0", paramLabel = "PATH", description = "The corpus folder (text/ and attributions/).")
  Path path;

  @Option(names = "--write-predictions", paramLabel = "DIR",
      description = "Also write each article's predicted attributions to DIR/NAME.ann, in PolNeAR's stand-off format.")
  Path predictions;

  EvalQuotesCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    List<Polnear.Doc> docs;
    try {
      docs = Polnear.read(path);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + path + ": " + e.getMessage(), e);
    }
    List<String> names = components.stages().names();
    Pipeline pipeline = components.stages().pipeline(names.subList(0, names.indexOf("quotes") + 1));
    if (predictions != null) {
      try {
        Files.createDirectories(predictions);
      } catch (IOException e) {
        throw new CommandFailure(ExitCode.UNUSABLE, "cannot create " + predictions + ": " + e.getMessage(), e);
      }
    }
    AttributionScore score = new AttributionScore();
    for (Polnear.Doc doc : docs) {
      Document d = pipeline.run(article(doc.name(), doc.text()));
      Quotes quotes = d.require(Quotes.KEY);
      score.add(doc.text(), doc.gold(), Polnear.predicted(quotes));
      if (predictions != null) {
        Path file = predictions.resolve(doc.name() + ".ann");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          Polnear.write(quotes, doc.text(), w);
        } catch (IOException e) {
          throw new CommandFailure(ExitCode.UNUSABLE, "cannot write " + file + ": " + e.getMessage(), e);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    score.lines().forEach(out::println);
    out.println(String.format(Locale.ROOT, "{\"task\":\"quotes\",\"n\":%d,\"source_f1\":%.4f,\"cue_f1\":%.4f,\"content_f1\":%.4f}",
        score.articles(), score.exact(Role.SOURCE)[2], score.exact(Role.CUE)[2], score.exact(Role.CONTENT)[2]));
    out.flush();
    return ExitCode.OK;
  }

  /** The corpus text as an article, unchanged, so the corpus offsets hold. */
  static Article article(String name, String text) {
    String sha;
    try {
      sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Provenance provenance = new Provenance("polnear:" + name, Instant.EPOCH, sha);
    return new Article(Article.idFor(provenance), provenance, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(), text, List.of(),
        OffsetMap.identity());
  }
}
