package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The country of a participant coded by its sector alone: "the government", "rebels", "the Supreme Court" give GOV,
 * REB, JUD, and news leaves the country to the context ("Sudan lifted the curfew; the government said ..."). The
 * country is that of the first country or nationality mention of the event's sentence (a place or a nationality
 * whose code is a bare country), not counting the participant's fellow participants' own mentions; a sentence with
 * none leaves the sector alone.
 */
final class SectorCountries {
  private final ActorCoder coder;

  SectorCountries(ActorCoder coder) {
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  /** The events with their bare-sector participants' codes given a country where the sentence names one. */
  List<Event> apply(Document document, List<Event> events) {
    List<Entities.Entity> entities = null;
    java.util.Map<String, Optional<String>> codes = new java.util.HashMap<>();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (e.actors().stream().noneMatch(this::bare) && e.targets().stream().noneMatch(this::bare)) {
        out.add(e);
        continue;
      }
      if (entities == null) {
        entities = document.require(Entities.KEY).items();
      }
      Optional<String> country = country(entities, e.sentence(), e, codes);
      if (country.isEmpty()) {
        out.add(e);
        continue;
      }
      out.add(new Event(e.id(), e.span(), e.type(), e.mode(), e.cameo(), with(e.actors(), country.get()),
          with(e.targets(), country.get()), e.place(), e.date(), e.modality(), e.sentence(), e.quote(), e.confidence()));
    }
    return out;
  }

  private boolean bare(Participant p) {
    return p.code().isPresent() && coder.isBareSector(p.code().get());
  }

  private List<Participant> with(List<Participant> participants, String country) {
    return participants.stream().map(p -> bare(p)
        ? new Participant(p.entity(), p.name(), p.span(), Optional.of(country + p.code().get())) : p).toList();
  }

  /** The first bare country code of a place or nationality mentioned in the sentence, outside the participants. */
  private Optional<String> country(List<Entities.Entity> entities, Span sentence, Event e,
      java.util.Map<String, Optional<String>> codes) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (Entities.Entity entity : entities) {
      if (entity.type() != EntityType.PLACE && entity.type() != EntityType.MISC) {
        continue;
      }
      for (Entities.Mention m : entity.mentions()) {
        Span s = m.span();
        if (s.begin() < sentence.begin() || s.end() > sentence.end() || s.begin() >= best || inside(s, e)) {
          continue;
        }
        Optional<String> code = codes.computeIfAbsent(entity.id(), id -> coder.code(entity));
        if (code.isPresent() && coder.isCountry(code.get())) {
          best = s.begin();
          found = code.get();
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether a mention lies in a bare-sector participant's own words ("the Sudanese government" is coded already). */
  private boolean inside(Span s, Event e) {
    for (List<Participant> list : List.of(e.actors(), e.targets())) {
      for (Participant p : list) {
        if (!bare(p) && p.span().begin() <= s.begin() && s.end() <= p.span().end()) {
          return true;
        }
      }
    }
    return false;
  }
}
