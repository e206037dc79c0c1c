package dev.dateline.ingest;

import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;

/** Receives what a source reads: documents, and failures that name their input. A source never stops at a bad item. */
public interface Sink {
  void accept(RawDocument document);

  void fail(Failure failure);
}
