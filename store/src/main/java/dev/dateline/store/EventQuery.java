package dev.dateline.store;

import dev.dateline.model.Events;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search over the stored events; every filter given must hold.
 *
 * @param actor keep events with an actor of this name (any run of its words: "Blinken" finds "Antony Blinken"; case
 *     and accents ignored) or of this CAMEO actor code or code prefix ("USA" finds "USAGOV")
 * @param target the same, for targets
 * @param types keep events of one of these types; empty for any
 * @param from keep events whose date reaches this day or later (an event dated "2024-02" reaches 2024-02-29)
 * @param to keep events whose date starts on or before this day
 * @param place keep events placed in a place of this name (any run of its words)
 * @param modalities keep events with one of these modalities; empty for any
 * @param limit the most events to return, 1 to 10,000
 */
public record EventQuery(Optional<String> actor, Optional<String> target, Set<Events.Type> types, Optional<LocalDate> from,
    Optional<LocalDate> to, Optional<String> place, Set<Events.Modality> modalities, int limit) {

  static final int MAX_LIMIT = 10_000;

  public EventQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(place, "place");
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    modalities = modalities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modalities));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
    requireWords("actor", actor);
    requireWords("target", target);
    requireWords("place", place);
  }

  /** Every stored event, latest first, up to {@code limit}. */
  public static EventQuery all(int limit) {
    return new EventQuery(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Set.of(), limit);
  }

  private static void requireWords(String what, Optional<String> value) {
    if (value.isPresent() && EventTerms.nameQuery(value.get()).isEmpty()) {
      throw new IllegalArgumentException(what + " '" + value.get() + "' has no letters or digits to match");
    }
  }
}
