package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Modality;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Quotes;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Coding rules of the CAMEO codebook and the PLOVER manual that the verb dictionary cannot express, applied to the
 * coded events of a document:
 *
 * <ul>
 *   <li><b>Demands.</b> "Israel must withdraw" is not a possible withdrawal but a demand (CAMEO 10, PLOVER REQUEST)
 *       that whoever says it makes of Israel: an event whose verb group holds "must" becomes CAMEO 100, asserted, its
 *       subject the target, and its actor the speaker of the quote the trigger lies in, else the actor of the
 *       sentence's statement before it ("Blair said Iraq must disarm"), else none.</li>
 *   <li><b>Blockades by civilians.</b> CAMEO 191 (impose a blockade, PLOVER COERCE), or a coercion whose verb is
 *       "block", is what states and armed groups
 *       do; people, workers, farmers or protesters blocking a road protest (PLOVER manual: PROTEST presumes physical
 *       activity; mode obstruct, CAMEO 144) when no actor is a state's (government, military, police, judiciary,
 *       legislature) or an international organisation's.</li>
 * </ul>
 */
final class CodingRules {
  private static final String DEMAND = "100";
  private static final String OBSTRUCT = "144";
  /** Sectors of the state (and its armed force) and international organisations: blockades by them coerce. */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "UAF", "REB",
      "INS");
  private static final Set<String> BLOCKING = Set.of("block", "blockade", "barricade", "obstruct");
  /** Words of the verb group that may stand between "must" and the verb ("must not", "must also", "must be"). */
  private static final Set<String> BETWEEN = Set.of("not", "n't", "also", "immediately", "now", "still", "first",
      "be", "urgently", "quickly", "fully");

  private final CameoLexicon lexicon;

  CodingRules(CameoLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  List<Event> apply(Document document, List<Event> events) {
    List<Tokens.Token> tokens = document.require(Tokens.KEY).items();
    List<Tags.Tag> tags = document.require(Tags.KEY).items();
    String text = document.text();
    List<Event> out = new ArrayList<>(events.size());
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      if (e.type() != Events.Type.STATEMENT && demanded(e, tokens, tags, text)) {
        out.add(demand(document, e, out));
      } else if (blockade(e, tokens, tags) && !e.actors().isEmpty() && e.actors().stream().noneMatch(this::state)) {
        out.add(recode(e, OBSTRUCT, e.actors(), e.targets(), e.modality()));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** A blockade: CAMEO 191, or a coercion (17) whose verb is one of blocking ("blocked the bridge": the BLOCK block's 170). */
  private static boolean blockade(Event e, List<Tokens.Token> tokens, List<Tags.Tag> tags) {
    if (e.cameo().equals("191")) {
      return true;
    }
    if (!e.cameoRoot().equals("17")) {
      return false;
    }
    int i = TokenSearch.containing(tokens, e.span().begin());
    return i >= 0 && BLOCKING.contains(tags.get(i).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether "must" heads the trigger's verb group ("must withdraw", "must not be allowed"). */
  private static boolean demanded(Event e, List<Tokens.Token> tokens, List<Tags.Tag> tags, String text) {
    int i = TokenSearch.containing(tokens, e.span().begin());
    if (i < 0 || !tags.get(i).upos().equals("VERB")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      String w = tokens.get(k).span().of(text).toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.equals("must")) {
        return true;
      }
      if (!BETWEEN.contains(w) && !tags.get(k).upos().equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  private Event demand(Document document, Event e, List<Event> before) {
    Optional<Participant> speaker = Optional.empty();
    for (Quotes.Quote q : document.require(Quotes.KEY).items()) {
      if (q.span().begin() <= e.span().begin() && e.span().end() <= q.span().end() && q.speaker().isPresent()) {
        Span s = q.speaker().get().span();
        // the quote's statement event carries the speaker as a participant, with its entity and code
        for (Event x : before) {
          if (x.quote().equals(Optional.of(q.id()))) {
            speaker = x.actors().stream().filter(p -> p.span().equals(s)).findFirst()
                .or(() -> x.actors().stream().findFirst());
          }
        }
      }
    }
    if (speaker.isEmpty()) {
      for (int k = before.size() - 1; k >= 0 && speaker.isEmpty(); k--) {
        Event x = before.get(k);
        if (x.sentence().equals(e.sentence()) && x.type() == Events.Type.STATEMENT) {
          speaker = x.actors().stream().findFirst();
        }
      }
    }
    List<Participant> targets = new ArrayList<>(e.actors());
    List<Participant> actors = speaker.map(List::of).orElse(List.of());
    targets.removeIf(t -> actors.stream().anyMatch(a -> a.entity().isPresent() && a.entity().equals(t.entity())));
    return recode(e, DEMAND, actors, targets, Modality.ASSERTED);
  }

  private boolean state(Participant p) {
    if (p.code().isEmpty()) {
      return p.entity().isPresent(); // a named entity with no code may be anything; a phrase with none is people
    }
    String c = p.code().get();
    if (c.length() == 3) {
      return !Set.of("OPP", "CVL", "LAB", "PPL", "EDU", "AGR", "REF", "BUS", "MED", "REL", "HLH").contains(c);
    }
    for (int k = 3; k + 3 <= c.length(); k += 3) {
      if (STATE.contains(c.substring(k, k + 3))) {
        return true;
      }
    }
    return c.startsWith("IGO");
  }

  private Event recode(Event e, String code, List<Participant> actors, List<Participant> targets, Modality modality) {
    CameoLexicon.Plover p = lexicon.plover(code)
        .orElseThrow(() -> new IllegalStateException("CAMEO " + code + " has no PLOVER type"));
    return new Event(e.id(), e.span(), p.type(), p.mode(), code, actors, targets, e.place(), e.date(), modality,
        e.sentence(), e.quote(), e.confidence());
  }
}
