package dev.dateline.model;

import java.util.Objects;

/** A document that could not be read or extracted: the input named, and the problem in words. */
public record Failure(String origin, String problem) {
  public Failure {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return origin + ": " + problem;
  }
}
