package dev.dateline.nlp;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import java.util.Set;

/**
 * One analysis step. A stage has a versioned name ({@code "tokens.v1"}), declares the layers it reads and the layers
 * it writes, and returns a new document with exactly its own layers added. Stages are pure: no I/O, no clock, no
 * statics; models and lexicons come in through constructors.
 */
public interface Stage {

  /** A name with a version suffix, e.g. {@code "paragraphs.v1"}. */
  String name();

  Set<LayerKey<?>> reads();

  Set<LayerKey<?>> writes();

  Document apply(Document document);
}
