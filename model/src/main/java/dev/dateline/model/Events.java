package dev.dateline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, where and when: one item per event mention, coded with a PLOVER type (plus STATEMENT for
 * public statements, CAMEO 01) and a CAMEO code, its participants as article entities, its place and date with their
 * provenance, whether the text asserts it happened (modality), and the trigger and sentence that prove it. The
 * item's span is the trigger's. The field-by-field codebook is docs/events-codebook.md.
 */
public record Events(List<Event> items) implements Layer {
  /** A CAMEO event code: 2 to 4 digits (compiled once: every event is checked). */
  private static final java.util.regex.Pattern CAMEO_CODE = java.util.regex.Pattern.compile("\\d{2,4}");

  /**
   * Whether {@code code} is a verb dictionary's own event code: 2 to 4 digits whose root lies outside CAMEO's 01-20
   * (PETRARCH's validation dictionary codes made-up events 212-915). Such a code stands for no CAMEO event and has
   * no PLOVER type, so its event is OTHER; it is kept so that a user's own dictionary codes what it was written for.
   */
  public static boolean ownCode(String code) {
    if (!CAMEO_CODE.matcher(code).matches()) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root < 1 || root > 20;
  }
  public static final LayerKey<Events> KEY = new LayerKey<>("events", Events.class);

  public Events {
    items = List.copyOf(items);
  }

  /**
   * PLOVER's event types (2021 manual), STATEMENT, which PLOVER drops, and OTHER: an action no CAMEO code covers
   * ("died", "won", "the earthquake"), extracted so that the record lists every action a reader would, with no CAMEO
   * code.
   */
  public enum Type {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT, STATEMENT, OTHER
  }

  /** Whether the text reports the event as having happened, and if not, how it presents it. */
  public enum Modality {
    ASSERTED, PLANNED, POSSIBLE, HOPED, NEGATED, CLAIMED, ONGOING
  }

  /** Where an event date comes from, most specific first. */
  public enum DateSource {
    /** the time expression that governs the trigger (from the time stage) */
    TIME_EXPRESSION,
    /** the article's dateline date */
    DATELINE,
    /** the article's publication date */
    PUBLISHED
  }

  /** How precise a date value is. */
  public enum Granularity {
    DAY, WEEK, MONTH, YEAR
  }

  /**
   * One event.
   *
   * @param span the trigger ("met", "meeting"), as in the text
   * @param mode PLOVER mode ("visit", "explosives") where the CAMEO code implies one
   * @param cameo the CAMEO event code ("042"); its first two digits are the root; empty for an OTHER event, which
   *     has none, unless a verb dictionary other than CAMEO's gave it an {@link #ownCode own code}
   * @param sentence the span of the sentence that states the event
   * @param quote the id of the quote a STATEMENT event reports, once the quote stage provides it
   * @param confidence how sure the coder is, in [0, 1]
   */
  public record Event(String id, Span span, Type type, Optional<String> mode, String cameo, List<Participant> actors,
      List<Participant> targets, Optional<Place> place, Optional<EventDate> date, Modality modality, Span sentence,
      Optional<String> quote, double confidence) implements Annotation {
    public Event {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(cameo, "cameo");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(modality, "modality");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(quote, "quote");
      actors = List.copyOf(actors);
      targets = List.copyOf(targets);
      if (type == Type.OTHER ? !cameo.isEmpty() && !ownCode(cameo) : !CAMEO_CODE.matcher(cameo).matches()) {
        throw new IllegalArgumentException("event " + id + ": CAMEO code must be 2 to 4 digits (for an OTHER event"
            + " empty, or a verb dictionary's own code outside roots 01-20), got '" + cameo + "' for " + type);
      }
      if (confidence < 0 || confidence > 1) {
        throw new IllegalArgumentException("event " + id + ": confidence must lie in [0, 1], got " + confidence);
      }
    }

    /** The CAMEO root code: the first two digits; empty for an OTHER event without a code. */
    public String cameoRoot() {
      return cameo.isEmpty() ? "" : cameo.substring(0, 2);
    }

    /** Whether the event has a CAMEO code (every type but OTHER). */
    public boolean coded() {
      return type != Type.OTHER;
    }

    @Override
    public List<String> references() {
      List<String> out = new ArrayList<>();
      actors.forEach(p -> p.entity().ifPresent(out::add));
      targets.forEach(p -> p.entity().ifPresent(out::add));
      place.flatMap(Place::entity).ifPresent(out::add);
      quote.ifPresent(out::add);
      return out;
    }
  }

  /**
   * An actor or a target: the entity when the participant is one ("he" resolves to Blinken's entity), the name as
   * the article gives it (the entity's canonical name, or the words of the mention), the mention's span, and a
   * CAMEO actor code (country + sector, "USAGOV") when one can be given.
   */
  public record Participant(Optional<String> entity, String name, Span span, Optional<String> code) {
    public Participant {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(code, "code");
    }
  }

  /** Where the event happened: a place name, its entity when it is one, and the mention it was read from. */
  public record Place(String name, Optional<String> entity, Span span) {
    public Place {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * When the event happened: an ISO-8601 value at the given granularity ("2024-02-07"), where it came from, and the
   * time expression's span when the source is one.
   */
  public record EventDate(String value, Granularity granularity, DateSource source, Optional<Span> evidence) {
    public EventDate {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(granularity, "granularity");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(evidence, "evidence");
    }
  }
}
