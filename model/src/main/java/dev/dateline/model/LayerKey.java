package dev.dateline.model;

import java.util.Objects;

/** The typed name of a layer: stages declare what they read and write with these, documents are indexed by them. */
public record LayerKey<T extends Layer>(String name, Class<T> type) {
  public LayerKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("layer name must be lower-case letters, digits and '_', got '" + name + "'");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
