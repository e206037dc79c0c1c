package dev.dateline.model;

/** How the bytes of a raw document are to be read. */
public enum ContentKind {
  /** Plain text: the body, possibly with a headline, a dateline, disclaimers. */
  TEXT,
  /** An HTML page: boilerplate around a main text. */
  HTML
}
