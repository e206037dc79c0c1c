package dev.dateline.model;

import java.util.List;

/** The sentences of an article text; a headline or a dateline without final punctuation is a sentence of its own. */
public record Sentences(List<Sentence> items) implements Layer {
  public static final LayerKey<Sentences> KEY = new LayerKey<>("sentences", Sentences.class);

  public Sentences {
    items = List.copyOf(items);
  }

  public record Sentence(String id, Span span) implements Annotation {}
}
