package dev.dateline.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when told, and a sleeper that moves it instead of sleeping. */
final class FakeClock extends Clock {
  private Instant now;
  final List<Duration> sleeps = new ArrayList<>();

  FakeClock(Instant start) {
    this.now = start;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** The sleeper to inject: records each wait and advances the clock by it. */
  Ingest.Sleeper sleeper() {
    return d -> {
      synchronized (this) {
        sleeps.add(d);
      }
      advance(d);
    };
  }
}
