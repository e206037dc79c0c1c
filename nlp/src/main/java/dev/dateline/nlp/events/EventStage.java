package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Modality;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Events.Place;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Quotes;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Times;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.TokenRanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Events ("events.v1"): who did what to whom, where and when, coded in CAMEO and PLOVER, one item per trigger.
 *
 * <p><b>Triggers.</b> A verb whose lemma is a verb of PETRARCH2's CAMEO dictionary (with its particle: "meet with"),
 * coded by the most specific of its block's patterns that matches the sentence (pattern words in order before and
 * after the verb), else by the verb's default code; a pattern coded "---" means "not an event". A noun of nouns.tsv
 * ("meeting", "blast") is a nominal trigger, kept only when it has a participant or a place.
 *
 * <p><b>Participants</b> come from shallow syntax over the parts of speech (no parser): the actor is the entity
 * mention that ends the subject on the left of the verb group (auxiliaries, "to", adverbs, modality cues and time
 * words skipped; a comma-delimited relative clause "..., who met ..., said" skipped; a relative pronoun "who" takes
 * the mention before it; after "and" + verb, the subject of the earlier verb); the targets are the mentions right
 * after the verb (after a determiner and one of "with", "against", "to", "on"), with the mentions coordinated to them
 * by "and" or commas. Coordinated participants make one event with several participants, not one event each. In the
 * passive ("was attacked by X") the subject is the target and the "by" mention the actor. A nominal trigger's actor is
 * its possessor ("Blinken's meeting"), its target the mention after "with" or "against". Pronouns and descriptions
 * are participants through the entities layer ("he", "the top US diplomat" resolve to Blinken). A subject that is no
 * entity but an agent word of the actor dictionary ("Protesters") is a participant without an entity.
 *
 * <p><b>Place</b>: the first place entity after "in", "at", "inside" (then "outside", "near", and "to" after a verb
 * of travel) in the trigger's clause, else in front of the trigger in its sentence; never the dateline's place by
 * default (where an event happened is not where it was reported from).
 *
 * <p><b>Modality</b> from the cues of modality.tsv right before the trigger ("will", "is likely to", "did not"); a
 * bare "to" infinitive with no cue is possible; "before" + -ing takes the modality of the sentence's earlier event.
 *
 * <p><b>Date</b> through {@link EventDating}: the calendar time expression of the trigger's clause (time stage), else
 * one elsewhere in its sentence, else the dateline's date, else the publication date, with that source.
 */
public final class EventStage implements Stage {
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "to", "on", "upon");
  private static final Set<String> LATER_TARGET_PREPOSITIONS = Set.of("to", "for", "with", "against", "on", "from");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside");
  private static final Set<String> WEAK_PLACE_PREPOSITIONS = Set.of("outside", "near", "to", "into");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "also", "again", "once", "then", "on",
      "last", "this", "week", "morning", "evening", "night", "afternoon");
  private static final Set<String> GROUP_WORDS = Set.of("to", "not", "n't", "never", "likely", "unlikely", "scheduled",
      "expected", "anticipated", "set", "due", "planning", "plans", "plan", "planned", "hopes", "hope", "hoped",
      "hoping", "wants", "want", "wanted", "seeks", "seek", "sought", "tries", "try", "tried", "trying", "intends",
      "intend", "intended", "aims", "aim", "going", "continues", "continue", "continued", "refused", "refuses",
      "failed", "fails", "declined", "reportedly", "allegedly", "possibly", "claimed", "claims", "prepares",
      "preparing", "no", "longer", "be", "been", "being", "willing", "ready", "prepared", "committed", "offered",
      "offers", "promised", "promises", "pledged", "vowed", "vows");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "refused", "refuses", "failed", "fails",
      "declined");
  private static final Set<String> TRAVEL_BLOCKS = Set.of("go_somewhere", "visit", "arrive", "travel", "return");
  private static final Map<String, Modality> NOUN_MODIFIERS = Map.of("planned", Modality.PLANNED, "upcoming",
      Modality.PLANNED, "proposed", Modality.PLANNED, "scheduled", Modality.PLANNED, "future", Modality.PLANNED,
      "possible", Modality.POSSIBLE, "potential", Modality.POSSIBLE, "expected", Modality.PLANNED);
  private static final int AFTER_WINDOW = 8;
  /** How many words before the verb a pattern's words before it may stand in. */
  private static final int BEFORE_WINDOW = 6;
  /** How far on a later target ("agreed in principle on Saturday to provide aid for Romania") may lie. */
  private static final int LATER_TARGET_WINDOW = 14;
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", ",", "\"", "“", "”", "(", ")");
  private static final int CLAUSE_WINDOW = 25;

  private final CameoLexicon lexicon;
  private final ActorCoder coder;
  private final EventDating dating;
  private final TriggerDetector triggers;
  private final Phrases phrases;
  private final FrameRules frames;

  EventStage(CameoLexicon lexicon, ActorCoder coder, EventDating dating, TriggerDetector triggers, Phrases phrases) {
    this(lexicon, coder, dating, triggers, phrases, FrameRules.standard(lexicon));
  }

  EventStage(CameoLexicon lexicon, ActorCoder coder, EventDating dating, TriggerDetector triggers, Phrases phrases,
      FrameRules frames) {
    this.frames = Objects.requireNonNull(frames, "frames");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.dating = Objects.requireNonNull(dating, "dating");
    this.triggers = Objects.requireNonNull(triggers, "triggers");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
  }

  /** The stage with its bundled CAMEO, PLOVER, actor and modality lexicons. */
  public static EventStage standard() {
    return new EventStage(CameoLexicon.standard(), ActorCoder.standard(), new EventDating(),
        TriggerDetector.standard(), Phrases.standard());
  }

  /**
   * The stage with another PETRARCH-format verb dictionary in place of the bundled one (PETRARCH's validation
   * dictionary, to score its validation records as PETRARCH does).
   */
  public static EventStage withVerbDictionary(java.nio.file.Path verbs) {
    return new EventStage(CameoLexicon.withVerbs(() -> java.nio.file.Files.newInputStream(verbs), verbs.toString()),
        ActorCoder.standard(), new EventDating(), TriggerDetector.standard(),
        Phrases.standard());
  }

  /** The CAMEO actor code the stage gives an entity (as of today's roles), for evaluations that code more than events. */
  public Optional<String> actorCode(Entities.Entity entity) {
    return coder.code(entity);
  }

  @Override
  public String name() {
    return "events.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Tokens.KEY, Sentences.KEY, Tags.KEY, Times.KEY, Entities.KEY, Quotes.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Events.KEY);
  }

  @Override
  public Document apply(Document document) {
    Run run = new Run(document);
    // statements from the quotes layer, countries for participants coded by a sector alone, codebook rules
    List<Event> events = new QuoteStatements(lexicon, coder).link(document, run.events().items(), run.dates);
    events = new SectorCountries(coder).apply(document, events);
    events = new CodingRules(lexicon).apply(document, events);
    // light verbs ("held talks"), verbs of saying coded as the action they report, "including" (FrameRules)
    return document.with(Events.KEY, new Events(frames.apply(document, events)));
  }

  /** A mention of an entity (or an agent phrase) found at some tokens. */
  private record Mention(int first, int last, int entity, String name, Span span) {}

  /** A trigger's code: the CAMEO code, whether a pattern chose it, the block, the particle's length. */
  private record Coding(String code, boolean pattern, String block, int particle) {}

  /** An action no CAMEO code covers (an OTHER event): no code, no pattern, no block, no particle. */
  private static final Coding UNCODED = new Coding("", false, "", 0);

  private static final CameoLexicon.Plover OTHER = new CameoLexicon.Plover(Events.Type.OTHER, Optional.empty());

  /** One document's coding. */
  private final class Run {
    private final Document document;
    private final String text;
    private final List<Tokens.Token> tokens;
    private final List<Tags.Tag> tags;
    private final List<Entities.Entity> entities;
    private final Mention[] mentionAt;
    private final String[] lower;
    /** Each token's lemma in lower case, made once: patterns, windows and cues compare with it many times. */
    private final String[] lemma;
    /** Each token's pattern pre-filter keys (form, lemma; see {@link CameoLexicon#key}), made when first needed. */
    private final String[] formKey;
    private final String[] lemmaKey;
    private final String[] beforeFormKey;
    private final String[] beforeLemmaKey;
    private final Map<Integer, Optional<String>> codes = new LinkedHashMap<>();
    /** The codes of participant phrases without an entity, read once per article ("police", "the army"). */
    private final Map<String, Optional<String>> phraseCodes = new java.util.HashMap<>();
    private final EventDating.ForDocument dates;
    /** The actor mentions of the sentence's last event that had any, for "before travelling". */
    private List<Mention> lastActors;
    /** Noun phrases that are no entity, for arguments the entities do not give. */
    private final Phrases.View nounPhrases;
    /** Which words belong to a time expression (no place phrase is one: "in March"). */
    private final boolean[] inTime;

    Run(Document document) {
      this.document = document;
      this.text = document.text();
      this.tokens = document.require(Tokens.KEY).items();
      this.tags = document.require(Tags.KEY).items();
      this.entities = document.require(Entities.KEY).items();
      this.dates = dating.of(document);
      this.lower = new String[tokens.size()];
      this.lemma = new String[tokens.size()];
      this.formKey = new String[tokens.size()];
      this.lemmaKey = new String[tokens.size()];
      this.beforeFormKey = new String[tokens.size()];
      this.beforeLemmaKey = new String[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        lower[i] = tokens.get(i).span().of(text).toLowerCase(Locale.ROOT).replace('’', '\'');
        lemma[i] = tags.get(i).lemma().toLowerCase(Locale.ROOT);
      }
      this.mentionAt = new Mention[tokens.size()];
      for (int e = 0; e < entities.size(); e++) {
        for (Entities.Mention m : entities.get(e).mentions()) {
          int first = TokenSearch.containingOrNext(tokens, m.span().begin());
          if (first < 0) {
            continue;
          }
          int last = first;
          while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= m.span().end()) {
            last++;
          }
          Mention mention = new Mention(first, last, e, entities.get(e).name(), m.span());
          for (int k = first; k <= last; k++) {
            mentionAt[k] = mention;
          }
        }
      }
      boolean[] inMention = new boolean[tokens.size()];
      for (int k = 0; k < tokens.size(); k++) {
        inMention[k] = mentionAt[k] != null;
      }
      this.nounPhrases = phrases.of(tags, lower, inMention);
      this.inTime = new boolean[tokens.size()];
      for (Times.Time t : document.require(Times.KEY).items()) {
        for (int k = Math.max(0, TokenSearch.containingOrNext(tokens, t.span().begin())); k >= 0 && k < tokens.size()
            && tokens.get(k).span().begin() < t.span().end(); k++) {
          inTime[k] = true;
        }
      }
    }

    /**
     * Whether noun phrase {@code p} may be a participant: it holds no time expression ("on Friday", "this morning")
     * and its last word names no event ("a heart attack", "the fire": the events' own triggers, not who took part).
     */
    private boolean participantPhrase(int[] p) {
      for (int k = p[0]; k <= p[1]; k++) {
        if (inTime[k]) {
          return false;
        }
      }
      Tags.Tag head = tags.get(p[1]);
      return !head.upos().equals("NOUN") || !triggers.isTrigger(head.upos(), head.xpos(), lemma[p[1]], lower[p[1]])
          && lexicon.nouns(lemma[p[1]]).isEmpty();
    }

    /** A noun phrase {first, last} as a participant without an entity. */
    private Mention phrase(int[] p) {
      Span span = new Span(tokens.get(p[0]).span().begin(), tokens.get(p[1]).span().end());
      return new Mention(p[0], p[1], -1, span.of(text), span);
    }

    /** The noun phrase that ends the subject of verb {@code i} ("a man" was shot; the man "who" died), or none. */
    private List<Mention> subjectPhrase(int i, int begin, int depth) {
      int k = groupStart(i, begin) - 1;
      while (k >= begin && TIME_WORDS.contains(lower[k]) && !tags.get(k).upos().equals("NOUN")) {
        k--;
      }
      if (k >= begin && (lower[k].equals("and") || lower[k].equals("but")) && depth == 0) {
        // "A man was arrested and charged": the subject of the verb before "and"
        for (int v = k - 1; v >= begin && v >= k - CLAUSE_WINDOW; v--) {
          if (tags.get(v).upos().equals("VERB")) {
            return subjectPhrase(v, begin, depth + 1);
          }
        }
        return List.of();
      }
      if (k >= begin && (lower[k].equals("who") || lower[k].equals("that") || lower[k].equals("which"))) {
        k--; // the man who died
        if (k >= begin && lower[k].equals(",")) {
          k--;
        }
      }
      int[] p = k >= begin ? nounPhrases.endingAt(k, begin) : null;
      return p == null || !participantPhrase(p) ? List.of() : List.of(phrase(p));
    }

    /** The noun phrase or entity after "by" right after a passive verb ("was shot by a gunman"), or none. */
    private List<Mention> byPhrase(int after, int end) {
      for (int p = after; p < end && p < after + 4; p++) {
        if (lower[p].equals("by")) {
          return objectPhrase(p + 1, end);
        }
      }
      return List.of();
    }

    /**
     * The first entity or noun phrase after a preposition within a few words of the verb, in its clause ("died of a
     * heart attack", "charged with murder"), not a place or time ("in March", "at the hospital" are place and date).
     */
    private List<Mention> prepositionalPhrase(int after, int end) {
      for (int k = after; k < end && k < after + 4; k++) {
        if (CLAUSE_ENDS.contains(lower[k]) || tags.get(k).upos().equals("VERB")) {
          return List.of();
        }
        if (tags.get(k).upos().equals("ADP") && !PLACE_PREPOSITIONS.contains(lower[k]) && k + 1 < end && !inTime[k + 1]) {
          int q = k + 1;
          while (q < end && isDeterminerOrAdverb(q)) {
            q++;
          }
          if (q < end && mentionAt[q] != null && !isPlace(mentionAt[q])) {
            return List.of(mentionAt[q]);
          }
          List<Mention> found = objectPhrase(k + 1, end);
          return found.isEmpty() || inTime[found.get(0).last()] ? List.of() : found;
        }
      }
      return List.of();
    }

    /** The noun phrase right after position {@code p} (the object: "destroyed the building"), or none. */
    private List<Mention> objectPhrase(int p, int end) {
      int[] found = p < end ? nounPhrases.startingAt(p, end) : null;
      return found == null || !participantPhrase(found) ? List.of() : List.of(phrase(found));
    }

    Events events() {
      Sentences sentences = document.require(Sentences.KEY);
      TokenRanges ranges = TokenRanges.of(document.require(Tokens.KEY), sentences);
      List<Event> out = new ArrayList<>();
      for (int s = 0; s < ranges.sentences(); s++) {
        int begin = ranges.begin(s);
        int end = ranges.end(s);
        Span sentence = sentences.items().get(s).span();
        Modality previous = null;
        for (int i = begin; i < end; i++) {
          Optional<Event> event = trigger(i, begin, end, sentence, previous, lastActors, out.size());
          if (event.isPresent()) {
            out.add(event.get());
            if (event.get().coded()) {
              previous = event.get().modality(); // OTHER events leave the CAMEO events' context as it was
            }
          }
        }
        lastActors = null;
      }
      return new Events(out);
    }

    private Optional<Event> trigger(int i, int begin, int end, Span sentence, Modality previous,
        List<Mention> previousActors, int number) {
      Tags.Tag tag = tags.get(i);
      String lemma = this.lemma[i];
      if (tag.upos().equals("VERB")) {
        if (lower[i].equals("according") && i + 1 < end && lower[i + 1].equals("to")) {
          return Optional.empty(); // a source's attribution (a quote cue), not PETRARCH's ACCORD (give)
        }
        Optional<Coding> coding = codeVerb(i, lemma, begin, end);
        if (coding.isEmpty() && !triggers.isTrigger(tag.upos(), tag.xpos(), lemma, lower[i])) {
          return Optional.empty();
        }
        return verbal(i, coding.orElse(UNCODED), begin, end, sentence, previous, previousActors, number);
      }
      if (tag.upos().equals("NOUN") && mentionAt[i] == null) {
        for (CameoLexicon.Noun noun : lexicon.nouns(lemma)) {
          if (noun.before().isEmpty() || (i > begin && lower[i - 1].equals(noun.before().get()))) {
            Optional<Event> coded = nominal(i, noun.code(), begin, end, sentence, number);
            if (coded.isPresent()) {
              return coded;
            }
            break; // a CAMEO noun with no participant or place is not coded: an OTHER event (below) if one at all
          }
        }
      }
      if (mentionAt[i] == null && (tag.upos().equals("NOUN") || tag.upos().equals("ADJ"))
          && (triggers.isTrigger(tag.upos(), tag.xpos(), lemma, lower[i])
              || tag.upos().equals("NOUN") && !lexicon.nouns(lemma).isEmpty())) {
        return tag.upos().equals("NOUN") ? nominal(i, UNCODED.code(), begin, end, sentence, number)
            : verbal(i, UNCODED, begin, end, sentence, previous, previousActors, number); // "was found dead"
      }
      return Optional.empty();
    }

    /** The CAMEO code of verb {@code i}: the most specific matching pattern of its blocks, else its own code. */
    private Optional<Coding> codeVerb(int i, String lemma, int begin, int end) {
      List<CameoLexicon.Verb> verbs = lexicon.verbs(lemma);
      if (!lower[i].equals(lemma) && headsOwnBlock(lower[i])) {
        // an inflected form heading its own block (PETRARCH's "--- LEFT [032:033] ---" beside "--- LEAVE [012] ---")
        verbs = lexicon.verbs(lower[i]);
      }
      if (verbs.isEmpty() && (lower[i].endsWith("ed") || lower[i].endsWith("es"))) {
        // the lemmatiser's guess can miss a final 'e' ("fired" -> "fir"): the form less its 'd' or 's'
        verbs = lexicon.verbs(lower[i].substring(0, lower[i].length() - 1));
      }
      if (verbs.isEmpty() && lower[i].endsWith("ing") && lower[i].length() >= 5) {
        // likewise a lost final 'e' before "-ing" ("suing" -> "su"): the form less "ing" plus 'e'
        verbs = lexicon.verbs(lower[i].substring(0, lower[i].length() - 3) + "e");
      }
      if (verbs.isEmpty()) {
        verbs = lexicon.verbsOfForm(lower[i]); // an irregular form the dictionary lists: "expelled" (lemma "expell")
      }
      if (verbs.isEmpty()) {
        return Optional.empty();
      }
      Coding best = null;
      int bestSize = -1;
      String[] plainWindow = null; // the window right after the verb, shared by its entries without a particle
      for (CameoLexicon.Verb v : verbs) {
        int particle = v.particle().size();
        if (particle > 0 && !follows(i + 1, end, v.particle())) {
          continue;
        }
        int size = particle;
        if (bestSize < size) {
          best = new Coding(v.code(), false, v.block(), particle);
          bestSize = size;
        }
        if (lexicon.patterns(v.block()).isEmpty()) {
          continue;
        }
        // only patterns whose first word after the verb (or, with none after it, before it) is in the window match
        String[] keys = particle > 0 ? window(i + 1 + particle, end)
            : plainWindow != null ? plainWindow : (plainWindow = window(i + 1, end));
        int verb = i;
        for (CameoLexicon.Pattern p : lexicon.candidates(v.block(), keys, () -> beforeWindow(verb, begin))) {
          int psize = p.size() * 2 + particle;
          if (psize > bestSize && matches(p, i, i + 1 + particle, begin, end)) {
            best = new Coding(p.code(), true, v.block(), particle);
            bestSize = psize;
          }
        }
      }
      if (best == null || !isCode(best.code())
          || lexicon.plover(best.code()).isEmpty() && !Events.ownCode(best.code())) {
        return Optional.empty(); // "---", or a CAMEO code without a PLOVER type, codes no event
      }
      return Optional.of(best);
    }

    /** Whether inflected form {@code form} heads a block of its own ("--- LEFT [032:033] ---"). */
    private boolean headsOwnBlock(String form) {
      for (CameoLexicon.Verb v : lexicon.verbs(form)) {
        String block = v.block();
        int at = block.length() - form.length() - 1;
        if (at >= 0 && block.charAt(at) == '-' && block.endsWith(form)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a dictionary code is a CAMEO event code (2 to 4 digits), not "---". */
    private static boolean isCode(String code) {
      if (code.length() < 2 || code.length() > 4) {
        return false;
      }
      for (int k = 0; k < code.length(); k++) {
        if (code.charAt(k) < '0' || code.charAt(k) > '9') {
          return false;
        }
      }
      return true;
    }

    /** The pre-filter keys of the tokens (forms and lemmas) a pattern after the verb may match. */
    /** The pre-filter keys (forms and lemmas) of the words after the verb, from {@code after} to the clause's end or the window's. */
    private String[] window(int after, int end) {
      int last = after;
      while (last < end && last < after + AFTER_WINDOW && !CLAUSE_ENDS.contains(lower[last])) {
        last++;
      }
      String[] keys = new String[2 * (last - after)];
      for (int k = after; k < last; k++) {
        keyed(k);
        keys[2 * (k - after)] = formKey[k];
        keys[2 * (k - after) + 1] = lemmaKey[k];
      }
      return keys;
    }

    /** The pre-filter keys of the words in the window before verb {@code verb}, marked {@link CameoLexicon#BEFORE}. */
    private String[] beforeWindow(int verb, int begin) {
      int first = Math.max(begin, verb - BEFORE_WINDOW);
      String[] keys = new String[2 * (verb - first)];
      for (int k = first; k < verb; k++) {
        keyed(k);
        if (beforeFormKey[k] == null) {
          beforeFormKey[k] = CameoLexicon.BEFORE + formKey[k];
          beforeLemmaKey[k] = CameoLexicon.BEFORE + lemmaKey[k];
        }
        keys[2 * (k - first)] = beforeFormKey[k];
        keys[2 * (k - first) + 1] = beforeLemmaKey[k];
      }
      return keys;
    }

    private void keyed(int k) {
      if (formKey[k] == null) {
        formKey[k] = CameoLexicon.key(lower[k]);
        lemmaKey[k] = CameoLexicon.key(lemma[k]);
      }
    }

    private boolean follows(int from, int end, List<String> words) {
      if (from + words.size() > end) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        String w = words.get(k);
        if (!lower[from + k].equals(w) && !lemma[from + k].equals(w)) {
          return false;
        }
      }
      return true;
    }

    private boolean matches(CameoLexicon.Pattern p, int verb, int after, int begin, int end) {
      // words before the verb belong to its own group and subject's end ("death toll has risen"), not to the
      // clause's earlier words
      int at = Math.max(begin, verb - BEFORE_WINDOW);
      for (List<List<String>> slot : p.before()) {
        at = find(slot, at, verb);
        if (at < 0) {
          return false;
        }
      }
      at = after;
      int limit = after;
      while (limit < end && limit < after + AFTER_WINDOW && !CLAUSE_ENDS.contains(lower[limit])) {
        limit++;
      }
      for (List<List<String>> slot : p.after()) {
        at = find(slot, at, limit);
        if (at < 0) {
          return false;
        }
      }
      return true;
    }

    /** The index after the first match of a slot in [from, to), or -1. */
    private int find(List<List<String>> slot, int from, int to) {
      for (int k = from; k < to; k++) {
        for (List<String> alternative : slot) {
          int n = alternative.size();
          if (k + n > to) {
            continue;
          }
          boolean ok = true;
          for (int w = 0; w < n && ok; w++) {
            ok = wordMatches(alternative.get(w), k + w);
          }
          if (ok) {
            return k + n;
          }
        }
      }
      return -1;
    }

    /** TABARI's convention: a word ending in '_' matches whole, a longer word as a prefix, a short one whole. */
    private boolean wordMatches(String word, int k) {
      String t = lower[k];
      if (word.endsWith("_")) {
        return matchesWhole(word, t) || matchesWhole(word, lemma[k]);
      }
      if (word.length() < 4) {
        return t.equals(word) || lemma[k].equals(word);
      }
      return t.startsWith(word);
    }

    /** Whether {@code t} is pattern word {@code word} less its final '_' (no substring made per comparison). */
    private static boolean matchesWhole(String word, String t) {
      return t.length() == word.length() - 1 && word.startsWith(t);
    }

    private Optional<Event> verbal(int i, Coding coding, int begin, int end, Span sentence, Modality previous,
        List<Mention> previousActors, int number) {
      int after = i + 1 + coding.particle();
      boolean passive = isPassive(i, begin);
      List<Mention> subject = subject(i, begin, 0);
      List<Mention> objects = new ArrayList<>();
      Optional<Mention> placeObject = Optional.empty();
      boolean travel = TRAVEL_BLOCKS.stream().anyMatch(b -> coding.block().endsWith("-" + b));
      List<Mention> actors;
      List<Mention> targets;
      if (passive) {
        targets = subject;
        actors = byAgent(after, end);
      } else {
        if (subject.isEmpty() && coding.code().startsWith("01")) {
          subject = inverted(after, end); // '"...," said Blinken'
        }
        int p = after;
        String preposition = null;
        while (p < end && isDeterminerOrAdverb(p)) {
          p++;
        }
        if (p < end && coding.particle() == 0 && TARGET_PREPOSITIONS.contains(lower[p])) {
          preposition = lower[p];
          p++;
          while (p < end && isDeterminerOrAdverb(p)) {
            p++;
          }
        }
        objects = coordinated(p, end);
        if (travel || "to".equals(preposition)) {
          List<Mention> places = objects.stream().filter(m -> isPlace(m)).toList();
          if (!places.isEmpty() && (travel || "to".equals(preposition))) {
            placeObject = Optional.of(places.get(0));
            if ("to".equals(preposition) || !coding.code().startsWith("042")) {
              objects = objects.stream().filter(m -> !isPlace(m)).toList();
            }
          }
        }
        if (objects.isEmpty() && placeObject.isEmpty()) {
          objects = laterTarget(after, end, subject);
        }
        actors = subject;
        targets = objects;
      }
      if (actors.isEmpty() && !passive && i > begin && (lower[i - 1].equals("before") || lower[i - 1].equals("after"))
          && tags.get(i).xpos().equals("VBG") && previousActors != null) {
        actors = previousActors; // "He will meet Gallant before travelling to Egypt": the same subject
      }
      // no entity: a noun phrase ("a man was shot", "the fire destroyed the building")
      if (passive) {
        targets = targets.isEmpty() ? subjectPhrase(i, begin, 0) : targets;
        actors = actors.isEmpty() ? byPhrase(after, end) : actors;
      } else {
        actors = actors.isEmpty() ? subjectPhrase(i, begin, 0) : actors;
        if (targets.isEmpty() && placeObject.isEmpty()) {
          int p = after;
          while (p < end && isDeterminerOrAdverb(p) && tags.get(p).upos().equals("ADV")) {
            p++;
          }
          targets = objectPhrase(p, end);
        }
      }
      if (coding.code().isEmpty() && targets.isEmpty() && placeObject.isEmpty()) {
        targets = prepositionalPhrase(after, end); // "died of a heart attack", "charged with murder"
      }
      if (coding.code().isEmpty() && placeObject.isEmpty()) {
        // an OTHER event's place entity is where it happened, not who took part ("the quake hit southern Iran")
        placeObject = targets.stream().filter(this::isPlace).findFirst();
        targets = targets.stream().filter(m -> !isPlace(m)).toList();
      } else if (coding.code().isEmpty()) {
        targets = targets.stream().filter(m -> !isPlace(m)).toList();
      }
      Modality modality = modality(i, begin, previous);
      List<Mention> a = actors;
      List<Mention> t = targets;
      Optional<Place> place = placeObject.map(m -> new Place(m.name(), entityId(m), m.span()))
          .or(() -> place(i, after, begin, end, a, t, travel));
      return Optional.of(event(number, i, coding.code(), coding.pattern(), actors, targets, place, modality, sentence,
          false));
    }

    private Optional<Event> nominal(int i, String code, int begin, int end, Span sentence, int number) {
      List<Mention> actors = new ArrayList<>();
      // possessor: "Blinken's meeting", "Israel's attack"
      int k = i - 1;
      while (k > begin && (tags.get(k).upos().equals("ADJ") || tags.get(k).upos().equals("NOUN") && mentionAt[k] == null)) {
        k--;
      }
      if (k > begin && (lower[k].equals("'s") || lower[k].equals("'")) && mentionAt[k - 1] != null) {
        actors.add(mentionAt[k - 1]);
      } else if (k >= begin && mentionAt[k] != null && !isPlace(mentionAt[k])) {
        actors.add(mentionAt[k]); // "the Hamas attack"
      }
      if (actors.isEmpty()) {
        actors.addAll(responsible(i, begin));
      }
      List<Mention> targets = new ArrayList<>();
      int p = i + 1;
      if (p < end && (lower[p].equals("with") || lower[p].equals("against") || lower[p].equals("on") && code.startsWith("1"))) {
        p++;
        while (p < end && isDeterminerOrAdverb(p)) {
          p++;
        }
        targets.addAll(coordinated(p, end));
      } else if (p < end && lower[p].equals("between")) {
        actors.addAll(coordinated(p + 1, end));
      }
      if (code.isEmpty() && actors.isEmpty() && k > begin && (lower[k].equals("'s") || lower[k].equals("'"))) {
        actors.addAll(Optional.ofNullable(nounPhrases.endingAt(k - 1, begin)).map(this::phrase).stream().toList());
      }
      if (code.isEmpty() && targets.isEmpty() && p < end && lower[p].equals("of")) {
        targets.addAll(objectPhrase(p + 1, end)); // "the shooting of a teenager"
      }
      Optional<Place> place = place(i, i + 1, begin, end, actors, targets, false);
      boolean placed = place.flatMap(Place::entity).isPresent()
          && entities.stream().anyMatch(e -> e.type() == EntityType.PLACE && place.get().entity().get().equals(e.id()));
      if (actors.isEmpty() && targets.isEmpty() && !placed && !code.isEmpty()) {
        return Optional.empty(); // a coded nominal event needs someone or somewhere; an OTHER one is the noun itself
      }
      Modality modality = Modality.ASSERTED;
      if (i > begin && NOUN_MODIFIERS.containsKey(lower[i - 1])) {
        modality = NOUN_MODIFIERS.get(lower[i - 1]);
      } else if (i + 2 < end && (lower[i + 1].equals("due") || lower[i + 1].equals("scheduled")
          || lower[i + 1].equals("planned") || lower[i + 1].equals("expected") || lower[i + 1].equals("set"))) {
        modality = Modality.PLANNED;
      }
      return Optional.of(event(number, i, code, false, actors, targets, place, modality, sentence, true));
    }

    private Event event(int number, int i, String code, boolean pattern, List<Mention> actors, List<Mention> targets,
        Optional<Place> place, Modality modality, Span sentence, boolean nominal) {
      CameoLexicon.Plover plover = code.isEmpty() || Events.ownCode(code) ? OTHER : lexicon.plover(code)
          .orElseThrow(() -> new IllegalStateException("CAMEO code " + code + " has no PLOVER type"));
      if (!actors.isEmpty() && !code.isEmpty()) {
        lastActors = actors;
      }
      List<Participant> a = participants(actors);
      List<Participant> t = participants(targets);
      t = t.stream().filter(p -> a.stream().noneMatch(x -> x.entity().isPresent() && x.entity().equals(p.entity())))
          .toList();
      double confidence = 0.4 + (a.isEmpty() ? 0 : 0.25) + (t.isEmpty() && place.isEmpty() ? 0 : 0.15)
          + (pattern ? 0.1 : 0) - (nominal ? 0.1 : 0);
      Span trigger = tokens.get(i).span();
      return new Event("v" + number, trigger, plover.type(), plover.mode(), code, a, t, place,
          dates.date(trigger, sentence), modality, sentence, Optional.empty(),
          Math.round(Math.min(0.95, confidence) * 100) / 100.0);
    }

    private List<Participant> participants(List<Mention> mentions) {
      List<Participant> out = new ArrayList<>();
      for (Mention m : mentions) {
        if (out.stream().anyMatch(p -> m.entity() >= 0 && p.entity().equals(entityId(m)))) {
          continue;
        }
        Optional<String> code = m.entity() >= 0
            ? codes.computeIfAbsent(m.entity(), e -> coder.code(entities.get(e), dates.storyDate()))
            : phraseCodes.computeIfAbsent(m.name(), coder::phrase);
        out.add(new Participant(entityId(m), m.name(), m.span(), code));
      }
      return out;
    }

    private Optional<String> entityId(Mention m) {
      return m.entity() >= 0 ? Optional.of(entities.get(m.entity()).id()) : Optional.empty();
    }

    private boolean isPlace(Mention m) {
      return m.entity() >= 0 && entities.get(m.entity()).type() == EntityType.PLACE;
    }

    private boolean isPassive(int i, int begin) {
      if (!tags.get(i).xpos().equals("VBN")) {
        return false;
      }
      for (int k = i - 1; k >= begin && k >= i - 4; k--) {
        if (lemma[k].equals("be") || lemma[k].equals("get")) {
          return true;
        }
        if (!tags.get(k).upos().equals("ADV") && !tags.get(k).upos().equals("PART")) {
          return false;
        }
      }
      return false;
    }

    /** The start of the verb group that ends before {@code i}: auxiliaries, "to", adverbs, cue words. */
    private int groupStart(int i, int begin) {
      int k = i - 1;
      while (k >= begin) {
        String u = tags.get(k).upos();
        if (u.equals("AUX") || u.equals("PART") || u.equals("ADV") && mentionAt[k] == null
            || tags.get(k).xpos().equals("MD") || GROUP_WORDS.contains(lower[k])) {
          k--;
        } else {
          break;
        }
      }
      return k + 1;
    }

    /** The subject mentions of verb {@code i} (see the class comment). */
    private List<Mention> subject(int i, int begin, int depth) {
      int k = groupStart(i, begin) - 1;
      int steps = 0;
      while (k >= begin && steps++ < CLAUSE_WINDOW) {
        if (mentionAt[k] != null) {
          return withCoordinated(mentionAt[k], begin);
        }
        String w = lower[k];
        String x = tags.get(k).xpos();
        if (w.equals("who") || w.equals("which") || x.equals("WP") || x.equals("WDT")) {
          int a = k - 1;
          if (a >= begin && lower[a].equals(",")) {
            a--;
          }
          return a >= begin && mentionAt[a] != null ? List.of(mentionAt[a]) : agentPhrase(a, begin);
        }
        if ((w.equals("and") || w.equals("but")) && depth < 3) {
          for (int v = k - 1; v >= begin; v--) {
            if (tags.get(v).upos().equals("VERB")) {
              return subject(v, begin, depth + 1);
            }
          }
          return List.of();
        }
        if (w.equals(",")) {
          int skip = relativeClauseStart(k, begin);
          if (skip >= 0) {
            k = skip - 1;
            continue;
          }
          if (k - 1 >= begin && mentionAt[k - 1] != null && !isPlace(mentionAt[k - 1])) {
            return withCoordinated(mentionAt[k - 1], begin); // "US Secretary of State, Antony Blinken, met"
          }
          return List.of();
        }
        if (TIME_WORDS.contains(w) || tags.get(k).upos().equals("NUM")) {
          k--;
          continue;
        }
        if (tags.get(k).upos().equals("NOUN") || tags.get(k).upos().equals("PROPN")) {
          return agentPhrase(k, begin);
        }
        return List.of();
      }
      return List.of();
    }

    /** For ", who met ... Monday," ending at comma {@code k}: the index of the opening comma, or -1. */
    private int relativeClauseStart(int k, int begin) {
      for (int c = k - 1; c > begin && c >= k - CLAUSE_WINDOW; c--) {
        if (lower[c].equals(",")) {
          String next = lower[c + 1];
          return next.equals("who") || next.equals("which") || next.equals("whose") ? c : -1;
        }
      }
      return -1;
    }

    /** A subject noun that is no entity but an agent of the actor dictionary ("Protesters", "Israeli officials"). */
    private List<Mention> agentPhrase(int k, int begin) {
      if (k < begin || mentionAt[k] != null) {
        return List.of();
      }
      if (!tags.get(k).upos().equals("NOUN")) {
        return List.of();
      }
      if (!coder.isAgent(lower[k]) && !coder.isAgent(lemma[k])) {
        return List.of();
      }
      int first = k;
      while (first - 1 >= begin && (tags.get(first - 1).upos().equals("ADJ") || tags.get(first - 1).upos().equals("NOUN")
          || mentionAt[first - 1] != null && entities.get(mentionAt[first - 1].entity()).type() == EntityType.MISC)) {
        first--;
      }
      Span span = new Span(tokens.get(first).span().begin(), tokens.get(k).span().end());
      return List.of(new Mention(first, k, -1, span.of(text), span));
    }

    /** A mention with those coordinated before it ("Hamas and Islamic Jihad", "A, B and C"). */
    private List<Mention> withCoordinated(Mention last, int begin) {
      List<Mention> out = new ArrayList<>();
      out.add(last);
      int k = last.first() - 1;
      while (k - 1 >= begin && (lower[k].equals("and") || lower[k].equals(",")) && mentionAt[k - 1] != null
          && !isPlace(mentionAt[k - 1]) == !isPlace(last)) {
        Mention m = mentionAt[k - 1];
        out.add(0, m);
        k = m.first() - 1;
      }
      return out;
    }

    /** The mention at {@code p} and those coordinated after it. */
    private List<Mention> coordinated(int p, int end) {
      List<Mention> out = new ArrayList<>();
      while (p < end && mentionAt[p] != null) {
        Mention m = holder(mentionAt[p], end);
        out.add(m);
        int q = m.last() + 1;
        if (q < end && (lower[q].equals("and") || lower[q].equals(","))) {
          q++;
          if (q < end && lower[q].equals("and")) {
            q++;
          }
          while (q < end && isDeterminerOrAdverb(q)) {
            q++;
          }
          p = q;
        } else {
          break;
        }
      }
      return out;
    }

    /**
     * For a nationality or a country in front of a title ("Israeli Defence Minister, Yoav Gallant"; "Israel's Prime
     * Minister Benjamin Netanyahu" when the names layer split it), the person or organisation the title leads to.
     */
    private Mention holder(Mention m, int end) {
      if (m.entity() < 0 || entities.get(m.entity()).type() == EntityType.PERSON
          || entities.get(m.entity()).type() == EntityType.ORG) {
        return m;
      }
      for (int q = m.last() + 1; q < end && q <= m.last() + 7; q++) {
        if (mentionAt[q] != null) {
          EntityType t = entities.get(mentionAt[q].entity() < 0 ? 0 : mentionAt[q].entity()).type();
          return mentionAt[q].entity() >= 0 && (t == EntityType.PERSON || t == EntityType.ORG) ? mentionAt[q] : m;
        }
        String u = tags.get(q).upos();
        if (!(u.equals("NOUN") || u.equals("PROPN") || u.equals("ADJ") || lower[q].equals(",") || lower[q].equals("'s"))) {
          return m;
        }
      }
      return m;
    }

    /**
     * A target further on in the clause when none follows the verb: the first mention after one of "to", "for",
     * "with", "against", "on", "from" ("agreed to provide aid for Romania and Poland"), not a subject's.
     */
    private List<Mention> laterTarget(int after, int end, List<Mention> subject) {
      int limit = Math.min(end, after + LATER_TARGET_WINDOW);
      for (int k = after; k < limit - 1; k++) {
        if (CLAUSE_ENDS.contains(lower[k]) || k > after && tags.get(k).upos().equals("VERB") && !lower[k - 1].equals("to")
            && !tags.get(k - 1).upos().equals("AUX")) {
          break;
        }
        if (LATER_TARGET_PREPOSITIONS.contains(lower[k])) {
          int p = k + 1;
          while (p < end && (isDeterminerOrAdverb(p) || tags.get(p).upos().equals("ADJ") && mentionAt[p] == null)) {
            p++;
          }
          List<Mention> found = coordinated(p, end);
          if (!found.isEmpty() && subject.stream().noneMatch(m -> m.entity() == found.get(0).entity())) {
            return found;
          }
        }
      }
      return List.of();
    }

    /** '"...," said Blinken': the mention right after a statement verb. */
    private List<Mention> inverted(int after, int end) {
      return after < end && mentionAt[after] != null ? List.of(mentionAt[after]) : List.of();
    }

    /**
     * "Hamas and Islamic Jihad claimed responsibility for a bomb blast": the subject of the verb that governs
     * "responsibility for" is the event's actor (the event is reported as having happened; who did it is their claim).
     */
    private List<Mention> responsible(int i, int begin) {
      int k = i - 1;
      while (k > begin && (tags.get(k).upos().equals("DET") || tags.get(k).upos().equals("ADJ")
          || tags.get(k).upos().equals("NOUN") && mentionAt[k] == null)) {
        k--;
      }
      if (k - 1 < begin || !lower[k].equals("for") || !lower[k - 1].equals("responsibility")) {
        return List.of();
      }
      for (int v = k - 2; v >= begin && v >= k - 4; v--) {
        if (tags.get(v).upos().equals("VERB")) {
          return subject(v, begin, 0);
        }
      }
      return List.of();
    }

    /** The "by" agent after a passive verb. */
    private List<Mention> byAgent(int after, int end) {
      for (int p = after; p < end && p < after + 4; p++) {
        if (lower[p].equals("by")) {
          int q = p + 1;
          while (q < end && isDeterminerOrAdverb(q)) {
            q++;
          }
          return coordinated(q, end);
        }
      }
      return List.of();
    }

    private boolean isDeterminerOrAdverb(int k) {
      String u = tags.get(k).upos();
      return mentionAt[k] == null && (u.equals("DET") || u.equals("ADV") || u.equals("NUM"));
    }

    /** The place of the event (see the class comment). */
    private Optional<Place> place(int i, int after, int begin, int end, List<Mention> actors, List<Mention> targets,
        boolean travel) {
      int limit = Math.min(end, after + CLAUSE_WINDOW);
      Optional<Mention> weak = Optional.empty();
      for (int k = after; k < limit; k++) {
        if (k > after && tags.get(k).upos().equals("VERB") && !tags.get(k).xpos().equals("VBN")) {
          break; // the next clause
        }
        boolean strong = PLACE_PREPOSITIONS.contains(lower[k]);
        if (lower[k].equals("on") && !strong) {
          Optional<Mention> street = placePhrase(k + 1, end); // "on the highway": a place phrase only, never a date
          if (street.isPresent() && street.get().entity() < 0) {
            return street.map(this::asPlace);
          }
        }
        boolean weakPrep = WEAK_PLACE_PREPOSITIONS.contains(lower[k]) && (!lower[k].equals("to") || travel);
        if (strong || weakPrep) {
          Optional<Mention> m = placeAfter(k + 1, end);
          if (m.isEmpty() && (strong || lower[k].equals("into"))) {
            m = placePhrase(k + 1, end);
          }
          if (m.isPresent() && strong) {
            return m.map(this::asPlace);
          }
          if (m.isPresent() && weak.isEmpty()) {
            weak = m;
          }
        }
      }
      if (weak.isPresent()) {
        return weak.map(this::asPlace);
      }
      // "In Jerusalem, Blinken met ..."
      for (int k = begin; k < i; k++) {
        if (PLACE_PREPOSITIONS.contains(lower[k])) {
          Optional<Mention> m = placeAfter(k + 1, i);
          if (m.isPresent()) {
            return m.map(this::asPlace);
          }
        }
      }
      return Optional.empty();
    }

    /** A place mention after a preposition, over determiners, adjectives and a possessive ("Israel's parliament in"). */
    private Optional<Mention> placeAfter(int p, int end) {
      while (p < end && (isDeterminerOrAdverb(p) || tags.get(p).upos().equals("ADJ") && mentionAt[p] == null)) {
        p++;
      }
      if (p < end && mentionAt[p] != null && isPlace(mentionAt[p])) {
        Mention m = mentionAt[p];
        int q = m.last() + 1;
        if (q < end && lower[q].equals("'s")) {
          return Optional.empty(); // "outside Israel's parliament": the parliament, not Israel, is where
        }
        return Optional.of(m);
      }
      return Optional.empty();
    }

    /**
     * A place that is no place entity after "in", "at", "inside": a facility named as an organisation ("at Betty
     * Ford Center") or a noun phrase ending in a place noun ("at the hospital", "in his home").
     */
    private Optional<Mention> placePhrase(int p, int end) {
      int q = p;
      while (q < end && (isDeterminerOrAdverb(q) || tags.get(q).upos().equals("ADJ") && mentionAt[q] == null)) {
        q++;
      }
      if (q >= end || inTime[q]) {
        return Optional.empty();
      }
      if (mentionAt[q] != null) {
        Mention m = mentionAt[q];
        EntityType t = m.entity() >= 0 ? entities.get(m.entity()).type() : null;
        return t == EntityType.ORG || t == EntityType.MISC ? Optional.of(m) : Optional.empty();
      }
      int[] found = nounPhrases.startingAt(p, end);
      if (found == null || !nounPhrases.isPlace(found)) {
        return Optional.empty();
      }
      for (int k = found[0]; k <= found[1]; k++) {
        if (inTime[k]) {
          return Optional.empty();
        }
      }
      return Optional.of(phrase(found));
    }

    private Place asPlace(Mention m) {
      return new Place(m.name(), entityId(m), m.span());
    }

    /** The modality of verb {@code i} from the cues in its verb group. */
    private Modality modality(int i, int begin, Modality previous) {
      int start = groupStart(i, begin);
      List<String> group = new ArrayList<>();
      for (int k = start; k < i; k++) {
        String u = tags.get(k).upos();
        if (u.equals("ADV") && !NEGATORS.contains(lower[k]) && !lower[k].equals("reportedly")
            && !lower[k].equals("allegedly") && !lower[k].equals("possibly") && !lower[k].equals("never")) {
          continue;
        }
        group.add(lower[k]);
      }
      for (String w : group) {
        if (NEGATORS.contains(w)) {
          return Modality.NEGATED;
        }
      }
      for (CameoLexicon.Cue cue : group.isEmpty() ? List.<CameoLexicon.Cue>of() : lexicon.cues()) {
        List<String> c = cue.words();
        if (c.size() <= group.size() && group.subList(group.size() - c.size(), group.size()).equals(c)) {
          if (cue.modality() == Modality.ONGOING && c.size() == 1 && !tags.get(i).xpos().equals("VBG")) {
            continue; // "is" + participle is a passive, not an ongoing event
          }
          return cue.modality();
        }
        // "will meet ... and is scheduled to": a cue may stand before other group words ("will not", "would have")
        if (!group.isEmpty() && group.get(0).equals(c.get(0)) && c.size() == 1 && cue.modality() != Modality.ONGOING) {
          return cue.modality();
        }
      }
      if (!group.isEmpty() && group.get(group.size() - 1).equals("to")) {
        return Modality.POSSIBLE;
      }
      if (i > begin && lower[i - 1].equals("before") && tags.get(i).xpos().equals("VBG") && previous != null) {
        return previous;
      }
      return Modality.ASSERTED;
    }
  }
}
