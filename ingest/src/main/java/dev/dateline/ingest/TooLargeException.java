package dev.dateline.ingest;

import java.io.IOException;

/** A document, response or decompressed stream went past {@code maxBytes}; reading stopped there. */
final class TooLargeException extends IOException {
  TooLargeException(String what, long maxBytes) {
    super(what + " is larger than maxBytes (" + maxBytes + " bytes); reading stopped there");
  }
}
