package dev.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Titles and roles in the text ("Israel's Prime Minister", "the defence minister"): the span as written, the role
 * normalised ("Prime Minister of Israel"), and the name it is attached to, when one is.
 */
public record Titles(List<Title> items) implements Layer {
  public static final LayerKey<Titles> KEY = new LayerKey<>("titles", Titles.class);

  public Titles {
    items = List.copyOf(items);
  }

  /** {@code holder} is the id of a {@link Names.Name} the title belongs to. */
  public record Title(String id, Span span, String role, Optional<String> holder) implements Annotation {
    public Title {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(holder, "holder");
    }

    @Override
    public List<String> references() {
      return holder.map(List::of).orElse(List.of());
    }
  }
}
