package dev.dateline.ingest;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Provenance;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Builds raw documents with their provenance, so that every source hashes the same way. */
final class Docs {
  private Docs() {}

  static RawDocument of(
      String origin,
      Instant fetchedAt,
      ContentKind kind,
      byte[] content,
      Optional<String> declaredCharset,
      SuppliedMetadata supplied) {
    return new RawDocument(
        new Provenance(origin, fetchedAt, sha256(content)), kind, content, declaredCharset, supplied);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
