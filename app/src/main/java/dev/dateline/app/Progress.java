package dev.dateline.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A progress line on stderr, redrawn in place with {@code \r}: count, rate, and ETA when the total is known. Drawn
 * only on a console, at most a few times a second; silent otherwise, so redirected output stays clean.
 */
final class Progress {
  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter err;
  private final Clock clock;
  private final boolean enabled;
  private final OptionalLong total;
  private final String unit;
  private final long start;
  private long count;
  private long nextDraw;
  private int drawnWidth;

  Progress(PrintWriter err, Clock clock, boolean enabled, OptionalLong total, String unit) {
    this.err = err;
    this.clock = clock;
    this.enabled = enabled;
    this.total = total;
    this.unit = unit;
    this.start = clock.millis();
    this.nextDraw = start;
  }

  void tick() {
    count++;
    long now = clock.millis();
    if (enabled && now >= nextDraw) {
      nextDraw = now + REDRAW_MILLIS;
      draw(line(count, now - start, total));
    }
  }

  /** Clears the line so the next message starts on a clean line. */
  void finish() {
    if (enabled && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  private void draw(String text) {
    String padded = text.length() < drawnWidth ? text + " ".repeat(drawnWidth - text.length()) : text;
    err.print("\r" + padded);
    err.flush();
    drawnWidth = text.length();
  }

  /** "120/400 documents  35.2/s  ETA 0:08", or without the total and ETA when the total is unknown. */
  String line(long done, long elapsedMillis, OptionalLong expected) {
    double rate = elapsedMillis <= 0 ? 0 : done * 1000.0 / elapsedMillis;
    StringBuilder s = new StringBuilder();
    s.append(done);
    if (expected.isPresent()) {
      s.append('/').append(expected.getAsLong());
    }
    s.append(' ').append(unit).append("  ").append(String.format(Locale.ROOT, "%.1f/s", rate));
    if (expected.isPresent() && rate > 0 && done <= expected.getAsLong()) {
      long seconds = Math.round((expected.getAsLong() - done) / rate);
      s.append("  ETA ").append(seconds / 60).append(':').append(String.format(Locale.ROOT, "%02d", seconds % 60));
    }
    return s.toString();
  }
}
