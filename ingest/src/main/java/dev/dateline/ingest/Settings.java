package dev.dateline.ingest;

import dev.dateline.model.SuppliedMetadata;
import java.time.Clock;
import java.time.Duration;

/** The checked settings of one {@link Ingest}, shared by its sources and its fetcher. */
record Settings(
    Clock clock,
    SuppliedMetadata metadata,
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration politenessDelay,
    long maxBytes,
    int maxRedirects,
    boolean followFeedLinks,
    Ingest.Sleeper sleeper) {

  /** The product token looked up in robots.txt: "Dateline" for "Dateline/0.1 (+https://...)". */
  String robotsAgent() {
    String token = userAgent.strip();
    int cut = 0;
    while (cut < token.length() && token.charAt(cut) != '/' && !Character.isWhitespace(token.charAt(cut))) {
      cut++;
    }
    return token.substring(0, cut);
  }
}
