package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Modality;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Quotes;
import dev.dateline.model.Quotes.Quote;
import dev.dateline.model.Quotes.Speaker;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Statements from the quotes layer. An event whose trigger lies in a quote's cue ("said", "accused", "told
 * reporters") reports that quote: it gets the quote's id, and the quote's speaker as its actor (the quote stage finds
 * speakers across quote marks and inverted attributions that the event stage's shallow subject search misses). A
 * quote with a cue that no event triggers ("according to", "added", "noted") becomes a STATEMENT event of its own
 * (CAMEO 010), triggered by the cue's verb, with its speaker as actor. Quotes with no cue or no speaker make no
 * event. Ids are renumbered in text order.
 */
final class QuoteStatements {
  /** A statement the quote stage found: a cue and a speaker are what make it a coded event. */
  private static final double CONFIDENCE = 0.75;
  private static final String STATEMENT_CODE = "010";

  private final ActorCoder coder;
  private final CameoLexicon lexicon;

  QuoteStatements(CameoLexicon lexicon, ActorCoder coder) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  /** The events of {@code document} with the quotes linked and the statements they add. */
  List<Event> link(Document document, List<Event> events, EventDating.ForDocument dates) {
    List<Quote> quotes = document.require(Quotes.KEY).items();
    if (quotes.isEmpty()) {
      return events;
    }
    Map<String, Entities.Entity> byId = new HashMap<>();
    for (Entities.Entity e : document.require(Entities.KEY).items()) {
      byId.put(e.id(), e);
    }
    List<Event> out = new ArrayList<>(events);
    for (Quote q : quotes) {
      if (q.cue().isEmpty() || q.speaker().isEmpty()) {
        continue;
      }
      Span cue = q.cue().get();
      Participant speaker = speaker(q.speaker().get(), byId, dates.storyDate());
      int linked = -1;
      for (int k = 0; k < out.size(); k++) {
        Span t = out.get(k).span();
        if (cue.begin() <= t.begin() && t.end() <= cue.end() && out.get(k).quote().isEmpty()) {
          linked = k;
          break;
        }
      }
      if (linked >= 0 && out.get(linked).type() == Events.Type.OTHER && out.get(linked).cameo().isEmpty()) {
        // A cue no CAMEO pattern codes ("added", "noted") is a statement, not an uncoded action; one a user's verb
        // dictionary gave its own code keeps it, as a coded cue keeps its CAMEO code.
        Event e = out.get(linked);
        CameoLexicon.Plover plover = statement();
        out.set(linked, new Event(e.id(), e.span(), plover.type(), plover.mode(), STATEMENT_CODE, List.of(speaker),
            List.of(), e.place(), e.date(), e.modality(), e.sentence(), Optional.of(q.id()), CONFIDENCE));
      } else if (linked >= 0) {
        Event e = out.get(linked);
        List<Participant> actors = e.actors().isEmpty() || e.type() == Events.Type.STATEMENT ? List.of(speaker)
            : e.actors();
        List<Participant> targets = e.targets().stream().filter(t -> !sameParticipant(t, speaker)).toList();
        out.set(linked, new Event(e.id(), e.span(), e.type(), e.mode(), e.cameo(), actors, targets, e.place(), e.date(),
            e.modality(), e.sentence(), Optional.of(q.id()), e.confidence()));
      } else {
        Span trigger = trigger(document, cue);
        Span sentence = sentence(document, trigger);
        CameoLexicon.Plover plover = statement();
        out.add(new Event("q", trigger, plover.type(), plover.mode(), STATEMENT_CODE, List.of(speaker), List.of(),
            Optional.empty(), dates.date(trigger, sentence), Modality.ASSERTED, sentence, Optional.of(q.id()),
            CONFIDENCE));
      }
    }
    out.sort(Comparator.comparingInt((Event e) -> e.span().begin()).thenComparingInt(e -> e.span().end()));
    List<Event> numbered = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      Event e = out.get(k);
      numbered.add(new Event("v" + k, e.span(), e.type(), e.mode(), e.cameo(), e.actors(), e.targets(), e.place(),
          e.date(), e.modality(), e.sentence(), e.quote(), e.confidence()));
    }
    return numbered;
  }

  private CameoLexicon.Plover statement() {
    return lexicon.plover(STATEMENT_CODE)
        .orElseThrow(() -> new IllegalStateException("CAMEO " + STATEMENT_CODE + " has no PLOVER type"));
  }

  private static boolean sameParticipant(Participant a, Participant b) {
    return a.entity().isPresent() ? a.entity().equals(b.entity()) : a.span().equals(b.span());
  }

  private Participant speaker(Speaker s, Map<String, Entities.Entity> byId, Optional<java.time.LocalDate> on) {
    if (s instanceof Speaker.Named named && byId.containsKey(named.entity())) {
      Entities.Entity e = byId.get(named.entity());
      return new Participant(Optional.of(e.id()), e.name(), s.span(), coder.code(e, on));
    }
    String descriptor = s instanceof Speaker.Unnamed u ? u.descriptor() : s.span().toString();
    return new Participant(Optional.empty(), descriptor, s.span(), coder.phrase(descriptor));
  }

  /** The cue's first verb ("told" of "told reporters", "said" of "has said"), else the whole cue ("according to"). */
  private static Span trigger(Document document, Span cue) {
    List<Tokens.Token> tokens = document.require(Tokens.KEY).items();
    List<Tags.Tag> tags = document.require(Tags.KEY).items();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) { // the first token that does not end before the cue
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= cue.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < tokens.size(); k++) {
      Span t = tokens.get(k).span();
      if (t.begin() >= cue.end()) {
        break;
      }
      if (t.begin() >= cue.begin() && t.end() <= cue.end() && tags.get(k).upos().equals("VERB")) {
        return t;
      }
    }
    return cue;
  }

  private static Span sentence(Document document, Span trigger) {
    for (Sentences.Sentence s : document.require(Sentences.KEY).items()) {
      if (s.span().begin() <= trigger.begin() && trigger.begin() < s.span().end()) {
        return s.span();
      }
    }
    return trigger;
  }
}
