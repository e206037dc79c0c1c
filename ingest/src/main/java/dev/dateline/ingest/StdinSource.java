package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** One document from a stream (stdin): TEXT unless its first bytes look like HTML; command-line metadata applies. */
final class StdinSource implements Source {
  static final String ORIGIN = "stdin";

  private final InputStream in;
  private final Settings settings;

  StdinSource(InputStream in, Settings settings) {
    this.in = in;
    this.settings = settings;
  }

  @Override
  public String describe() {
    return ORIGIN;
  }

  @Override
  public void read(Sink sink) throws IOException {
    byte[] bytes;
    try {
      bytes = Bounded.readAll(in, settings.maxBytes(), ORIGIN);
    } catch (TooLargeException e) {
      sink.fail(new Failure(ORIGIN, e.getMessage()));
      return;
    }
    if (bytes.length == 0) {
      sink.fail(new Failure(ORIGIN, "no input"));
      return;
    }
    ContentKind kind = Sniff.isHtml(bytes) ? ContentKind.HTML : ContentKind.TEXT;
    sink.accept(Docs.of(ORIGIN, settings.clock().instant(), kind, bytes, Optional.empty(), settings.metadata()));
  }
}
