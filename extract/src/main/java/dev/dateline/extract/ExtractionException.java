package dev.dateline.extract;

import dev.dateline.model.Failure;

/** A raw document that cannot become an article: empty, undecodable, no main text. Carries the failure to record. */
public final class ExtractionException extends Exception {
  private final transient Failure failure;

  public ExtractionException(String origin, String problem) {
    super(origin + ": " + problem);
    this.failure = new Failure(origin, problem);
  }

  public Failure failure() {
    return failure;
  }
}
