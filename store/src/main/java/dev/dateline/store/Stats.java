package dev.dateline.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a store holds, as of its last commit.
 *
 * @param bySource article counts per outlet, as spelled in the articles, sorted by name; articles without a source are
 *     not counted here
 * @param byLanguage article counts per language code, sorted; articles without a language are not counted here
 * @param earliest the earliest publication date of any article
 * @param latest the latest publication date of any article
 */
public record Stats(
    long articles, long failures, Map<String, Long> bySource, Map<String, Long> byLanguage, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
  public Stats {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
    byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    if (articles < 0 || failures < 0) {
      throw new IllegalArgumentException("counts must not be negative, got " + articles + " articles and " + failures + " failures");
    }
  }
}
