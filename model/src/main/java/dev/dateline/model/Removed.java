package dev.dateline.model;

import java.util.Objects;

/** Text that extraction took out of the body but keeps as metadata. */
public record Removed(Kind kind, String text) {

  public enum Kind {
    /** "This is an unedited and auto-generated story from Syndicated News feed ..." */
    DISCLAIMER,
    /** A related article's headline pasted into the body. */
    RELATED_HEADLINE,
    /** The headline when it opened a bare-text body. */
    TITLE,
    /** A "By Jane Doe" line. */
    BYLINE
  }

  public Removed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
