package dev.dateline.store;

import dev.dateline.model.Article;
import dev.dateline.model.Events;
import java.util.Objects;

/**
 * One stored event with the article it was read from, whose text its spans index.
 */
public record EventHit(Article article, Events.Event event) {
  public EventHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
  }
}
