package dev.dateline.model;

import java.util.List;

/** An item of a layer: an id unique within its document, a span of the article text, and the ids it refers to. */
public interface Annotation {
  String id();

  Span span();

  /** Ids of other annotations (of any layer) that this one refers to; each must resolve in the same document. */
  default List<String> references() {
    return List.of();
  }
}
