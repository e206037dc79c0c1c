package dev.dateline.model;

import java.util.List;

/** The tokens of an article text. */
public record Tokens(List<Token> items) implements Layer {
  public static final LayerKey<Tokens> KEY = new LayerKey<>("tokens", Tokens.class);

  public Tokens {
    items = List.copyOf(items);
  }

  public record Token(String id, Span span) implements Annotation {}
}
