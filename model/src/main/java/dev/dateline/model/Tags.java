package dev.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * Part of speech and lemma of every token: item {@code i} belongs to token {@code i} of the {@link Tokens} layer and
 * has the same span. {@code upos} is a Universal Dependencies tag ("PROPN"), {@code xpos} a Penn Treebank tag ("NNP").
 */
public record Tags(List<Tag> items) implements Layer {
  public static final LayerKey<Tags> KEY = new LayerKey<>("tags", Tags.class);

  public Tags {
    items = List.copyOf(items);
  }

  public record Tag(String id, Span span, String token, String upos, String xpos, String lemma) implements Annotation {
    public Tag {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(upos, "upos");
      Objects.requireNonNull(xpos, "xpos");
      Objects.requireNonNull(lemma, "lemma");
    }

    @Override
    public List<String> references() {
      return List.of(token);
    }
  }
}
