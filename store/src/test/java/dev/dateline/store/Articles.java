package dev.dateline.store;

import dev.dateline.model.Article;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Hand-built articles for the store's tests. */
final class Articles {
  private Articles() {}

  static String hash(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A minimal article whose id derives from its text. */
  static Article article(String title, String text) {
    return article(title, text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Article article(String title, String text, Optional<String> source, Optional<String> language, Optional<LocalDate> date) {
    Provenance provenance = new Provenance("test:" + title, Instant.parse("2026-01-02T03:04:05Z"), hash(title + "\n" + text));
    return new Article(Article.idFor(provenance), provenance, Optional.empty(), source, Optional.of(title),
        date.map(d -> Published.onDate(d, false, Published.Evidence.META)), Optional.empty(), Optional.empty(), false, language,
        List.of(), text, List.of(), OffsetMap.identity());
  }

  static Article dated(String title, String text, LocalDate date) {
    return article(title, text, Optional.empty(), Optional.empty(), Optional.of(date));
  }

  static SearchQuery query(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100);
  }
}
