package dev.dateline.extract;

import dev.dateline.model.ContentKind;
import dev.dateline.model.Provenance;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Raw documents built by hand for tests. */
final class Raws {
  static final Instant FETCHED = Instant.parse("2026-11-23T00:00:00Z");

  private Raws() {}

  static RawDocument of(String origin, ContentKind kind, byte[] content, Optional<String> charset, SuppliedMetadata supplied,
      Instant fetched) {
    return new RawDocument(new Provenance(origin, fetched, sha256(content)), kind, content, charset, supplied);
  }

  static RawDocument text(String body) {
    return text(body, SuppliedMetadata.NONE);
  }

  static RawDocument text(String body, SuppliedMetadata supplied) {
    return of("test.txt", ContentKind.TEXT, body.getBytes(StandardCharsets.UTF_8), Optional.empty(), supplied, FETCHED);
  }

  static RawDocument html(String page, SuppliedMetadata supplied) {
    return of("test.html", ContentKind.HTML, page.getBytes(StandardCharsets.UTF_8), Optional.of("utf-8"), supplied, FETCHED);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
