package dev.dateline.extract.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Bytes turned into text: the decoded string (byte-order mark dropped, line endings as they were), the charset used
 * and what decided it.
 */
public record Decoded(String text, Charset charset, Evidence evidence) {

  /** What chose the charset, in the order they are tried. */
  public enum Evidence { BOM, DECLARED, META, XML_DECLARATION, UTF8_VALID, DETECTED }

  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
  }
}
