package dev.dateline.app;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.nlp.Pipeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** What the event evaluations share: the full standard pipeline over a bare text, and the main event of a text. */
final class EventEvaluation {
  private final Pipeline pipeline;

  EventEvaluation() {
    StageCatalogue catalogue = StageCatalogue.standard();
    List<String> names = catalogue.names();
    this.pipeline = catalogue.pipeline(names.subList(0, names.indexOf("events") + 1));
  }

  /** The document of a bare text, published on {@code date} when given, analysed through the events stage. */
  Document analyze(String origin, String text, Optional<LocalDate> date) {
    Provenance provenance = new Provenance(origin, Instant.EPOCH, sha256(origin + "\n" + text));
    Article article = new Article(Article.idFor(provenance), provenance, Optional.empty(), Optional.empty(),
        Optional.empty(), date.map(d -> Published.onDate(d, false, Published.Evidence.SUPPLIED)), Optional.empty(),
        Optional.empty(), false, Optional.empty(), List.of(), text, List.of(), OffsetMap.identity());
    return pipeline.run(article);
  }

  /**
   * The event a one-sentence record is about: the most confident event that is not a statement (a coded sentence
   * reports an event; "officials said" is its frame), else the most confident statement; ties go to the earlier.
   */
  static Optional<Events.Event> main(Document document) {
    List<Events.Event> events = document.require(Events.KEY).items();
    Comparator<Events.Event> order = Comparator.comparingDouble(Events.Event::confidence).reversed();
    return events.stream().filter(e -> e.type() != Events.Type.STATEMENT).sorted(order).findFirst()
        .or(() -> events.stream().sorted(order).findFirst());
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
