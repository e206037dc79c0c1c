package dev.dateline.app;

import dev.dateline.model.LayerKey;
import dev.dateline.model.Names;
import dev.dateline.model.Tags;
import dev.dateline.model.Titles;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The stage selection of analyze and show: which stages run, and whether the (long) tokens layer is printed. */
final class StageOptions {
  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Analysis stages to run, in order, by name without version (default: all, in pipeline order; the README lists them).")
  List<String> stages;

  @Option(names = "--tokens", description = "Print the tokens layer too, with parts of speech and lemmas when the pos stage ran (left out by default: one item per word).")
  boolean tokens;

  @Option(names = "--all-layers", description = "Print every layer, including the intermediate ones (tokens, tags, names, titles).")
  boolean allLayers;

  /** The pipeline of the selected stages; an unknown stage or a bad order is a usage error with the pipeline's message. */
  Pipeline pipeline(StageCatalogue catalogue, CommandLine cmd) {
    List<String> names = new ArrayList<>(stages == null ? catalogue.names() : stages);
    if ((tokens || allLayers) && names.stream().noneMatch(n -> n.strip().equals("tokens") || n.strip().startsWith("tokens."))) {
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
    if (allLayers) {
      return Set.of();
    }
    // tags are printed inside the tokens; names and titles are summed up by the entities layer
    return tokens ? Set.of(Tags.KEY, Names.KEY, Titles.KEY) : Set.of(Tokens.KEY, Tags.KEY, Names.KEY, Titles.KEY);
  }
}
