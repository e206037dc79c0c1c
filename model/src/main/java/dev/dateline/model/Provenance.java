package dev.dateline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a raw document came from: its origin (a path, URL, or {@code file.warc.gz#record-id}), when it was fetched,
 * and the SHA-256 hex digest of its raw bytes.
 */
public record Provenance(String origin, Instant fetchedAt, String contentHash) {
  public Provenance {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentHash, "contentHash");
    if (origin.isBlank()) {
      throw new IllegalArgumentException("origin must not be blank");
    }
    if (!contentHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("contentHash must be 64 lowercase hex digits, got '" + contentHash + "'");
    }
  }
}
