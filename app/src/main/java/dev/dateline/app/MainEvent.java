package dev.dateline.app;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The event a coded sentence is about, among its coded events (those with a CAMEO code): the first that is not a
 * statement ("officials said" is the frame of the event it reports) and no participle modifying a noun ("the
 * <i>occupied</i> West Bank", "<i>Newly appointed</i> Prime Minister", "Algeria's <i>leading</i> activist"), which
 * names a state of what the sentence is about, not an event it reports; else the first that is not a statement; else
 * the first statement. Reads the sentence's tags only; changes no record.
 *
 * <p>Tried and left out: taking the event of a "to" infinitive after a verb and its object ("ordered the newspaper to
 * suspend publication", "telephoned Kozyrev to discuss") lost more records than it won on PLOVER's gold records
 * (purpose clauses: "staged a protest to demand reforms").
 */
final class MainEvent {
  /** Tags before an attributive participle: a determiner, a possessive ('s, "its"), an adjective or a number. */
  private static final Set<String> MODIFIER_BEFORE = Set.of("DET", "PART", "ADJ", "NUM");
  /** Tags of the noun phrase an attributive participle stands in. */
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ");

  private MainEvent() {}

  static Optional<Events.Event> of(Document document) {
    // a coded event, or one a test dictionary codes with its own code (OTHER, no PLOVER type)
    List<Events.Event> coded = document.require(Events.KEY).items().stream().filter(e -> !e.cameo().isEmpty()).toList();
    List<Events.Event> actions = coded.stream().filter(e -> e.type() != Events.Type.STATEMENT).toList();
    if (actions.isEmpty()) {
      return coded.stream().findFirst();
    }
    List<Tags.Tag> tags = document.require(Tags.KEY).items();
    Events.Event first = actions.stream().filter(e -> !attributive(tags, e.span())).findFirst().orElse(actions.get(0));
    return Optional.of(first);
  }

  /** Whether the trigger at {@code span} is a participle modifying the noun after it. */
  private static boolean attributive(List<Tags.Tag> tags, Span span) {
    int i = index(tags, span);
    if (i < 0 || i + 1 >= tags.size() || !participle(tags.get(i))) {
      return false;
    }
    Tags.Tag next = tags.get(i + 1);
    if (!NOMINAL.contains(next.upos())) {
      return false;
    }
    int b = i - 1;
    while (b >= 0 && tags.get(b).upos().equals("ADV")) {
      b--; // "the newly appointed minister", "Newly appointed Prime Minister"
    }
    if (b < 0) {
      return true; // "Occupied territories ...", at the start of the sentence
    }
    Tags.Tag before = tags.get(b);
    return MODIFIER_BEFORE.contains(before.upos()) || before.xpos().equals("PRP$")
        || b < i - 1 && before.upos().equals("PUNCT");
  }

  private static boolean participle(Tags.Tag tag) {
    String xpos = tag.xpos();
    return xpos.equals("VBN") || xpos.equals("VBG")
        || tag.upos().equals("ADJ") && (endsWith(tag, "ed") || endsWith(tag, "ing"));
  }

  private static boolean endsWith(Tags.Tag tag, String suffix) {
    return tag.lemma().toLowerCase(Locale.ROOT).endsWith(suffix);
  }

  /** The index of the tag whose span begins where {@code span} does, or -1. */
  private static int index(List<Tags.Tag> tags, Span span) {
    int lo = 0;
    int hi = tags.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int begin = tags.get(mid).span().begin();
      if (begin < span.begin()) {
        lo = mid + 1;
      } else if (begin > span.begin()) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
