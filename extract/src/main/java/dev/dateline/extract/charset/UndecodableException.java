package dev.dateline.extract.charset;

/** Bytes that are not text in any charset this decoder can read (binary data, a broken multi-byte encoding). */
public final class UndecodableException extends Exception {
  public UndecodableException(String problem) {
    super(problem);
  }
}
