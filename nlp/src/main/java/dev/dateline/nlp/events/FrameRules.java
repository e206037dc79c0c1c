package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on how a verb frames another event word of its clause, applied to a document's events after the coder:
 *
 * <ul>
 *   <li><b>Light verbs.</b> A light verb of light-verbs.tsv ("held", "launched", "staged", "carried out") whose object
 *       is an event noun of nouns.tsv ("held their first meeting with", "launched an attack on") states the noun's
 *       event: its event takes the noun's CAMEO code, with the verb's participants and modality (the verb's own code,
 *       "hold" as detain, "launch" as a missile, does not apply).</li>
 *   <li><b>Reported actions.</b> A verb of saying (every code of its dictionary entry a statement, CAMEO 01) that a
 *       pattern codes as the action it reports ("says ... withdraw", "announced ... withdraw") codes that action a
 *       second time when the action's own verb, later in the clause, is an event of its own (which carries the
 *       action's modality: "is willing to withdraw" is planned): the saying is then a statement (its entry's code),
 *       and when the action's only actor is a pronoun the entities left unresolved ("Syria says it is willing"),
 *       the speaker is its actor.</li>
 *   <li><b>"including".</b> "including" after a noun or a comma introduces examples ("aircraft including helicopter
 *       gunships"): a preposition, not an event.</li>
 * </ul>
 */
final class FrameRules {
  /** How far after a verb of saying the reported action's verb may lie (the coder's pattern window and a bit). */
  private static final int REPORT_WINDOW = 10;
  /** How many words (determiners, adjectives, numbers, possessives) may stand between a light verb and its noun. */
  private static final int OBJECT_WINDOW = 4;
  private static final Set<String> EXAMPLE_PREPOSITIONS = Set.of("including", "excluding");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");

  private final CameoLexicon lexicon;
  /** Light verb lemma to its particle ("" for none). */
  private final Map<String, String> lightVerbs;

  FrameRules(CameoLexicon lexicon, Map<String, String> lightVerbs) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.lightVerbs = Map.copyOf(lightVerbs);
  }

  /** The rules with the bundled light-verbs.tsv. */
  static FrameRules standard(CameoLexicon lexicon) {
    Map<String, String> verbs = new HashMap<>();
    for (String[] f : DataFile.rows(FrameRules.class, "light-verbs.tsv", 2, 2)) {
      verbs.put(f[0], f[1].equals("-") ? "" : f[1]);
    }
    return new FrameRules(lexicon, verbs);
  }

  List<Event> apply(Document document, List<Event> events) {
    List<Tokens.Token> tokens = document.require(Tokens.KEY).items();
    List<Tags.Tag> tags = document.require(Tags.KEY).items();
    String text = document.text();
    List<Event> in = new ArrayList<>(events);
    List<Event> out = new ArrayList<>(events.size());
    for (int k = 0; k < in.size(); k++) {
      Event e = in.get(k);
      int i = TokenSearch.containing(tokens, e.span().begin());
      if (i < 0) {
        out.add(e);
        continue;
      }
      String lower = lower(tokens, text, i);
      if (EXAMPLE_PREPOSITIONS.contains(lower) && i > 0 && (tags.get(i - 1).upos().equals("NOUN")
          || tags.get(i - 1).upos().equals("PROPN") || lower(tokens, text, i - 1).equals(","))) {
        continue;
      }
      String lemma = tags.get(i).lemma().toLowerCase(Locale.ROOT);
      if (e.type() != Events.Type.STATEMENT && tags.get(i).upos().equals("VERB") && lightVerbs.containsKey(lemma)) {
        Optional<String> noun = objectNounCode(tokens, tags, text, i, lightVerbs.get(lemma));
        if (noun.isPresent() && !noun.get().equals(e.cameo())) {
          out.add(recode(e, noun.get()));
          continue;
        }
      }
      if (e.coded() && !e.cameoRoot().equals("01") && saying(lemma)) {
        int j = reportedAfter(in, k, tokens, i);
        if (j > k) {
          out.add(recode(e, sayingCode(lemma)));
          Event x = in.get(j);
          if (!e.actors().isEmpty() && x.actors().stream().allMatch(FrameRules::unresolvedPronoun)) {
            // "Syria says it is willing to withdraw": the unresolved "it" is the speaker
            in.set(j, new Event(x.id(), x.span(), x.type(), x.mode(), x.cameo(), e.actors(), x.targets(), x.place(),
                x.date(), x.modality(), x.sentence(), x.quote(), x.confidence()));
          }
          continue;
        }
      }
      out.add(e);
    }
    if (out.size() == events.size()) {
      return out;
    }
    List<Event> renumbered = new ArrayList<>(out.size()); // ids stay v0, v1, ... in text order
    for (Event e : out) {
      renumbered.add(new Event("v" + renumbered.size(), e.span(), e.type(), e.mode(), e.cameo(), e.actors(),
          e.targets(), e.place(), e.date(), e.modality(), e.sentence(), e.quote(), e.confidence()));
    }
    return renumbered;
  }

  /** The CAMEO code of the event noun that is the object of light verb {@code i}, if it is one. */
  private Optional<String> objectNounCode(List<Tokens.Token> tokens, List<Tags.Tag> tags, String text, int i,
      String particle) {
    int k = i + 1;
    if (!particle.isEmpty()) {
      if (k >= tokens.size() || !lower(tokens, text, k).equals(particle)) {
        return Optional.empty();
      }
      k++;
    }
    for (int limit = k + OBJECT_WINDOW; k < tokens.size() && k <= limit; k++) {
      String u = tags.get(k).upos();
      if (u.equals("NOUN")) {
        String lemma = tags.get(k).lemma().toLowerCase(Locale.ROOT);
        String before = lower(tokens, text, k - 1);
        for (CameoLexicon.Noun n : lexicon.nouns(lemma)) {
          if (n.before().isEmpty() || n.before().get().equals(before)) {
            return Optional.of(n.code());
          }
        }
        // a compound ("a hunger strike", "peace talks"): the last noun of the run is the head
        if (k + 1 < tokens.size() && tags.get(k + 1).upos().equals("NOUN")) {
          continue;
        }
        return Optional.empty();
      }
      if (!(u.equals("DET") || u.equals("ADJ") || u.equals("NUM") || u.equals("PRON") || u.equals("ADV")
          || tags.get(k).xpos().equals("PRP$") || tags.get(k).xpos().equals("POS"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether every dictionary entry of {@code lemma} is a verb of saying (its own code a statement, CAMEO 01). */
  private boolean saying(String lemma) {
    List<CameoLexicon.Verb> verbs = lexicon.verbs(lemma);
    return !verbs.isEmpty() && verbs.stream().allMatch(v -> v.code().startsWith("01"));
  }

  private String sayingCode(String lemma) {
    return lexicon.verbs(lemma).get(0).code();
  }

  /** A participant that is a personal pronoun the entities did not resolve ("it", "they"). */
  private static boolean unresolvedPronoun(Events.Participant p) {
    return p.entity().isEmpty() && p.code().isEmpty() && PRONOUNS.contains(p.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The index of the first coded event that is no statement after event {@code k}'s trigger (token {@code i}) in its
   * clause, or -1.
   */
  private static int reportedAfter(List<Event> events, int k, List<Tokens.Token> tokens, int i) {
    Event e = events.get(k);
    int limit = i + REPORT_WINDOW < tokens.size() ? tokens.get(i + REPORT_WINDOW).span().end() : Integer.MAX_VALUE;
    for (int j = k + 1; j < events.size(); j++) {
      Event x = events.get(j);
      if (!x.sentence().equals(e.sentence()) || x.span().begin() >= limit) {
        break;
      }
      if (x.coded() && x.type() != Events.Type.STATEMENT && x.span().begin() > e.span().end()) {
        return j;
      }
    }
    return -1;
  }

  private Event recode(Event e, String code) {
    CameoLexicon.Plover p = lexicon.plover(code)
        .orElseThrow(() -> new IllegalStateException("CAMEO " + code + " has no PLOVER type"));
    return new Event(e.id(), e.span(), p.type(), p.mode(), code, e.actors(), e.targets(), e.place(), e.date(),
        e.modality(), e.sentence(), e.quote(), e.confidence());
  }

  private static String lower(List<Tokens.Token> tokens, String text, int k) {
    return tokens.get(k).span().of(text).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
