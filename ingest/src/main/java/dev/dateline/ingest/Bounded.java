package dev.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reading with a ceiling: nothing here holds more than {@code maxBytes} (+1) bytes of one document. */
final class Bounded {
  private Bounded() {}

  /** All of {@code in}, or a {@link TooLargeException} as soon as it passes {@code maxBytes}. */
  static byte[] readAll(InputStream in, long maxBytes, String what) throws IOException {
    var out = new ByteArrayOutputStream((int) Math.min(maxBytes, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBytes) {
        throw new TooLargeException(what, maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Gunzips {@code in} (concatenated members too), never inflating more than {@code maxBytes}. */
  static byte[] gunzip(InputStream in, long maxBytes, String what) throws IOException {
    try (var gz = new GZIPInputStream(in, 8192)) {
      return readAll(gz, maxBytes, what + " after decompression");
    }
  }

  /** A view of {@code in} that fails once more than {@code maxBytes} have been read through it. */
  static InputStream capped(InputStream in, long maxBytes, String what) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws TooLargeException {
        count += n;
        if (count > maxBytes) {
          throw new TooLargeException(what, maxBytes);
        }
      }
    };
  }
}
