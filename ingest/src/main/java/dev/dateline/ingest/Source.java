package dev.dateline.ingest;

import java.io.IOException;

/** Something that yields raw documents one at a time, in constant memory (a file, a directory, a feed, a WARC...). */
public interface Source {

  /** What this source reads, for messages: a path, a URL, "stdin". */
  String describe();

  /**
   * Sends every document to {@code sink}, and every item that cannot be read as a {@link dev.dateline.model.Failure}.
   *
   * @throws IOException only when the source as a whole cannot be read (missing file, refused URL)
   */
  void read(Sink sink) throws IOException;
}
