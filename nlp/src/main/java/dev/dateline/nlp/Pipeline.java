package dev.dateline.nlp;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Stages in order, with their declarations checked when the pipeline is built (CoreNLP's requirement check, without
 * its globals): every layer a stage reads must be written by an earlier stage, and no two stages write one layer.
 */
public final class Pipeline {
  private static final String VERSIONED_NAME = "[a-z][a-z0-9_]*\\.v[0-9]+";

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  public Document run(Article article) {
    return run(Document.of(article));
  }

  /** Runs each stage in turn; fails naming the stage if it added a layer it did not declare or left out one it did. */
  public Document run(Document document) {
    return run(document, null, null);
  }

  /**
   * Runs each stage in turn as {@link #run(Document)} does, adding the time each stage took, read from {@code clock}
   * before and after it (e.g. the thread's CPU time), to {@code spent[i]} for stage {@code i}; for benchmarks.
   */
  public Document run(Document document, LongSupplier clock, long[] spent) {
    if (spent != null && spent.length < stages.size()) {
      throw new IllegalArgumentException("spent holds " + spent.length + " stage times, the pipeline has " + stages.size() + " stages");
    }
    Document current = document;
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      Set<LayerKey<?>> before = current.keys();
      long started = clock == null ? 0 : clock.getAsLong();
      Document next = stage.apply(current);
      if (clock != null) {
        spent[i] += clock.getAsLong() - started;
      }
      Set<LayerKey<?>> added = new HashSet<>(next.keys());
      added.removeAll(before);
      if (!added.equals(stage.writes()) || !next.article().equals(current.article())) {
        throw new IllegalStateException("stage '" + stage.name() + "' declared writes " + stage.writes()
            + " but added " + added + (next.article().equals(current.article()) ? "" : " and changed the article"));
      }
      current = next;
    }
    return current;
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(Stage stage) {
      Objects.requireNonNull(stage, "stage");
      if (!stage.name().matches(VERSIONED_NAME)) {
        throw new IllegalArgumentException("stage name must look like 'name.v1', got '" + stage.name() + "'");
      }
      stages.add(stage);
      return this;
    }

    /** Checks every declaration and returns the pipeline; the message names the stage and the layer at fault. */
    public Pipeline build() {
      Map<LayerKey<?>, String> writers = new HashMap<>();
      Set<String> names = new HashSet<>();
      for (Stage stage : stages) {
        if (!names.add(stage.name())) {
          throw new IllegalArgumentException("stage '" + stage.name() + "' appears twice");
        }
        for (LayerKey<?> read : stage.reads()) {
          if (!writers.containsKey(read)) {
            throw new IllegalArgumentException("stage '" + stage.name() + "' reads layer '" + read.name()
                + "' but no earlier stage writes it" + suggest(read));
          }
        }
        for (LayerKey<?> write : stage.writes()) {
          String previous = writers.putIfAbsent(write, stage.name());
          if (previous != null) {
            throw new IllegalArgumentException("stage '" + stage.name() + "' writes layer '" + write.name()
                + "' which stage '" + previous + "' already writes");
          }
        }
      }
      return new Pipeline(stages);
    }

    private String suggest(LayerKey<?> missing) {
      for (int i = stages.size() - 1; i >= 0; i--) {
        if (stages.get(i).writes().contains(missing)) {
          return " (stage '" + stages.get(i).name() + "' writes it but comes later)";
        }
      }
      return "";
    }
  }
}
