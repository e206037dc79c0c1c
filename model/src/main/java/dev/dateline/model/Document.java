package dev.dateline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An analysed article: the article (whose text all offsets refer to) and its stand-off layers, each under its key.
 * Immutable; {@link #with} returns a new document with one more layer.
 */
public final class Document {
  private final Article article;
  private final Map<LayerKey<?>, Layer> layers;

  private Document(Article article, Map<LayerKey<?>, Layer> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static Document of(Article article) {
    return new Document(Objects.requireNonNull(article, "article"), Map.of());
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public <T extends Layer> Optional<T> layer(LayerKey<T> key) {
    return Optional.ofNullable(key.type().cast(layers.get(key)));
  }

  /** The layer under {@code key}; fails naming the key if it is absent. */
  public <T extends Layer> T require(LayerKey<T> key) {
    return layer(key).orElseThrow(() -> new IllegalStateException(
        "document " + article.id() + " has no '" + key.name() + "' layer; present: " + layers.keySet()));
  }

  public Set<LayerKey<?>> keys() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /** A new document with {@code layer} added under {@code key}, which must not be present already. */
  public <T extends Layer> Document with(LayerKey<T> key, T layer) {
    Objects.requireNonNull(layer, "layer");
    if (layers.containsKey(key)) {
      throw new IllegalArgumentException("document " + article.id() + " already has a '" + key.name() + "' layer");
    }
    Map<LayerKey<?>, Layer> next = new LinkedHashMap<>(layers);
    next.put(key, key.type().cast(layer));
    return new Document(article, Collections.unmodifiableMap(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && article.equals(d.article) && layers.equals(d.layers);
  }

  @Override
  public int hashCode() {
    return 31 * article.hashCode() + layers.hashCode();
  }

  @Override
  public String toString() {
    return "Document[" + article.id() + ", layers=" + layers.keySet() + "]";
  }
}
