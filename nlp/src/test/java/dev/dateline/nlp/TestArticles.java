package dev.dateline.nlp;

import dev.dateline.model.Article;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Articles built by hand from a text, for stage tests. */
public final class TestArticles {
  private TestArticles() {}

  public static Article of(String text) {
    return of("test:" + Integer.toHexString(text.hashCode()), text);
  }

  public static Article of(String origin, String text) {
    Provenance provenance = new Provenance(origin, Instant.EPOCH, sha256(text));
    return new Article(Article.idFor(provenance), provenance, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(), text, List.of(),
        OffsetMap.identity());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
