package dev.dateline.app;

import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.events.EventStage;
import dev.dateline.nlp.ner.NerStage;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.quotes.QuoteStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.time.TimeStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The analysis stages the CLI knows, by name without version ("paragraphs"), in their natural order. Pipelines are
 * built through {@link Pipeline#builder()} so a bad selection fails with the pipeline's own message, which the
 * commands turn into a usage error.
 */
final class StageCatalogue {
  private final Map<String, Supplier<Stage>> factories;

  private StageCatalogue(Map<String, Supplier<Stage>> factories) {
    this.factories = factories;
  }

  /** The stages of this build; a new stage is one more line here. */
  static StageCatalogue standard() {
    Map<String, Supplier<Stage>> f = new LinkedHashMap<>();
    f.put("paragraphs", ParagraphStage::new);
    f.put("tokens", TokenStage::new);
    f.put("sentences", SentenceStage::new);
    f.put("pos", PosStage::standard);
    f.put("time", TimeStage::standard);
    f.put("ner", NerStage::standard);
    f.put("titles", TitlesStage::standard);
    f.put("entities", EntityStage::standard);
    f.put("quotes", QuoteStage::standard);
    f.put("events", EventStage::standard);
    return new StageCatalogue(f);
  }

  /** Every stage name, in the order a full pipeline runs them. */
  List<String> names() {
    return List.copyOf(factories.keySet());
  }

  boolean knows(String name) {
    return factories.containsKey(shortName(name));
  }

  /** A new instance of the named stage; accepts the versioned name ("tokens.v2") too. */
  Stage stage(String name) {
    Objects.requireNonNull(name, "name");
    Supplier<Stage> factory = factories.get(shortName(name));
    if (factory == null) {
      throw new IllegalArgumentException("unknown stage '" + name + "'; known stages: " + String.join(", ", names()));
    }
    Stage stage = factory.get();
    if (name.contains(".") && !stage.name().equals(name)) {
      throw new IllegalArgumentException("stage '" + name + "' is not available; this build has '" + stage.name() + "'");
    }
    return stage;
  }

  /**
   * A pipeline of the named stages in the order given.
   *
   * @throws IllegalArgumentException naming the unknown stage, or the stage and layer whose declaration fails
   */
  Pipeline pipeline(List<String> names) {
    Pipeline.Builder builder = Pipeline.builder();
    List<String> seen = new ArrayList<>();
    for (String name : names) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (seen.contains(shortName(trimmed))) {
        throw new IllegalArgumentException("stage '" + trimmed + "' is named twice");
      }
      seen.add(shortName(trimmed));
      builder.add(stage(trimmed));
    }
    return builder.build();
  }

  private static String shortName(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
