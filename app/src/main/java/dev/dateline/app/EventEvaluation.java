package dev.dateline.app;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.events.EventStage;
import dev.dateline.nlp.events.EventTyper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** What the event evaluations share: the full standard pipeline over a bare text, and the main event of a text. */
final class EventEvaluation {
  private final Pipeline pipeline;
  private final EventStage events;
  private final Optional<EventTyper> typer;

  EventEvaluation() {
    this(Optional.empty(), Optional.empty());
  }

  /**
   * With {@code verbs}, a PETRARCH-format verb dictionary in place of the bundled one; with {@code typer}, the main
   * event and its type are the typer's choice where the dictionary has none (see {@link #typedMain}).
   */
  EventEvaluation(Optional<java.nio.file.Path> verbs, Optional<EventTyper> typer) {
    this.typer = typer;
    StageCatalogue catalogue = StageCatalogue.standard();
    List<String> names = catalogue.names();
    Pipeline.Builder builder = Pipeline.builder();
    for (String name : names.subList(0, names.indexOf("events"))) {
      builder.add(catalogue.stage(name));
    }
    this.events = verbs.isPresent() ? EventStage.withVerbDictionary(verbs.get()) : EventStage.standard();
    builder.add(events);
    this.pipeline = builder.build();
  }

  /**
   * The CAMEO actor code of an event's place, as the stage codes an entity: PLOVER's gold records code the country
   * where an attack or a protest took place as its recipient when the sentence names no other ("in Liberia").
   */
  Optional<String> placeCode(Document document, Events.Event event) {
    Optional<String> id = event.place().flatMap(Events.Place::entity);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return document.require(dev.dateline.model.Entities.KEY).items().stream().filter(e -> e.id().equals(id.get()))
        .findFirst().flatMap(events::actorCode);
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
   * The main event of a text and its type in the records' convention: {@link #main(Document)}'s with its own type;
   * but when that is a statement or there is none (the dictionary found no other coded event) and there is a typer,
   * the typer's choice among all the text's events (OTHER ones too) with the typer's type. The typer is a fallback
   * only: used everywhere it does worse than the dictionary on the gold records (see the model's README).
   */
  Optional<Main> typedMain(Document document) {
    Optional<Events.Event> rule = main(document);
    if (typer.isPresent() && rule.filter(e -> e.type() != Events.Type.STATEMENT).isEmpty()) {
      return typer.get().choose(document, document.require(Events.KEY).items())
          .map(c -> new Main(c.event(), ploverConvention(c.event(), c.type())));
    }
    return main(document).map(e -> new Main(e, ploverConvention(e)));
  }

  /** A text's main event and its PLOVER type. */
  record Main(Events.Event event, Events.Type type) {}

  /** A text's main event: see {@link MainEvent}. */
  static Optional<Events.Event> main(Document document) {
    return MainEvent.of(document);
  }

  private static final java.util.Set<Events.Type> COOPERATIVE = java.util.EnumSet.of(Events.Type.CONSULT,
      Events.Type.SUPPORT, Events.Type.COOPERATE, Events.Type.AID, Events.Type.CONCEDE, Events.Type.RETREAT);

  private static final java.util.Set<Events.Type> COERCIVE = java.util.EnumSet.of(Events.Type.COERCE,
      Events.Type.SANCTION, Events.Type.ASSAULT);

  /**
   * An event's PLOVER type in the coding convention of CAMEO and PLOVER's gold records, which code an intended
   * cooperative action ("will give", "is ready to contribute") as an expression of intent, CAMEO 03 / PLOVER AGREE,
   * where Dateline keeps the action's own type and says it is planned (modality); likewise an intended coercive act
   * ("plans to impose restrictions", "would blockade Paris") as a threat, CAMEO 13 / PLOVER THREATEN. The record is
   * not changed.
   */
  static Events.Type ploverConvention(Events.Event e) {
    return ploverConvention(e, e.type());
  }

  /** {@link #ploverConvention(Events.Event)} for event {@code e} read as of type {@code type}. */
  static Events.Type ploverConvention(Events.Event e, Events.Type type) {
    boolean intended = e.modality() == Events.Modality.PLANNED || e.modality() == Events.Modality.HOPED;
    if (intended && COOPERATIVE.contains(type)) {
      return Events.Type.AGREE;
    }
    return intended && COERCIVE.contains(type) ? Events.Type.THREATEN : type;
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
