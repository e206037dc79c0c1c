package dev.dateline.model;

import java.util.List;
import java.util.Objects;

/** Named-entity mentions as the recogniser found them: a span of a name and its type, before who-is-who. */
public record Names(List<Name> items) implements Layer {
  public static final LayerKey<Names> KEY = new LayerKey<>("names", Names.class);

  public Names {
    items = List.copyOf(items);
  }

  public record Name(String id, Span span, EntityType type) implements Annotation {
    public Name {
      Objects.requireNonNull(type, "type");
    }
  }
}
