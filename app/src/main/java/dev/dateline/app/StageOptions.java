package dev.dateline.app;

import dev.dateline.model.LayerKey;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The stage selection of analyze and show: which stages run, and whether the (long) tokens and tags layers are printed. */
final class StageOptions {
  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Analysis stages to run, in order, by name without version (default: all). Known: paragraphs, tokens.")
  List<String> stages;

  @Option(names = "--tokens", description = "Print the tokens and tags layers too (left out by default: one item per word).")
  boolean tokens;

  /** The pipeline of the selected stages; an unknown stage or a bad order is a usage error with the pipeline's message. */
  Pipeline pipeline(StageCatalogue catalogue, CommandLine cmd) {
    List<String> names = new ArrayList<>(stages == null ? catalogue.names() : stages);
    if (tokens && names.stream().noneMatch(n -> n.strip().equals("tokens") || n.strip().startsWith("tokens."))) {
      names.add("tokens");
    }
    try {
      return catalogue.pipeline(names);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cmd, "--stages: " + e.getMessage());
    }
  }

  /** Layers computed but not printed. */
  Set<LayerKey<?>> omitted() {
    return tokens ? Set.of() : Set.of(Tokens.KEY, Tags.KEY);
  }
}
