package dev.dateline.nlp.events;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.learn.PerceptronTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A learned reading of a sentence's event: which of the events the dictionary coder found is the one the sentence
 * reports (its main event) and of which PLOVER type it is. One averaged-perceptron score per (candidate event, PLOVER
 * type) pair over features the stage already has (the trigger's lemma, the dictionary's CAMEO code and PLOVER type,
 * the noun the trigger governs, the nouns around it, modality, the sectors of actors and targets, the candidate's
 * place among the sentence's events); the best pair wins. The dictionary's reading is a feature, not a constraint,
 * so the model learns where to trust it (a pattern-coded ASSAULT) and where not ("said" coded by a pattern, a verb
 * the dictionary leaves uncoded: "expelled", "resigned").
 *
 * <p>Trained on news stories labelled with one PLOVER type each (the lead sentence of each story: which of its events
 * is the labelled one is latent, chosen by the current model; the first coded non-statement event at the start), so
 * the gold standard records the coder is scored on are never seen. Recipe: {@code ./dateline train event-types};
 * model, recipe and figures in {@code nlp/src/main/resources/dev/dateline/nlp/events/README.md}.
 */
public final class EventTyper {
  static final String RESOURCE = "event-types.bin.gz";
  /** The types the model chooses among: PLOVER's sixteen (no STATEMENT, no OTHER). */
  static final List<Events.Type> TYPES = Arrays.stream(Events.Type.values())
      .filter(t -> t != Events.Type.STATEMENT && t != Events.Type.OTHER).toList();
  /** More candidates than this in one sentence are not scored (the first ones are). */
  private static final int MAX_CANDIDATES = 16;
  private static final int WINDOW_BEFORE = 6;
  private static final int WINDOW_AFTER = 8;
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "\"", "“", "”", "(", ")");
  private static final String[] RANKS = {"0", "1", "2", "3+"};

  private final LinearModel model;
  private final int[] labelOf;

  /** The typer with {@code model}, whose labels must be PLOVER type names. */
  public EventTyper(LinearModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.labelOf = new int[TYPES.size()];
    for (int t = 0; t < TYPES.size(); t++) {
      labelOf[t] = model.labels().indexOf(TYPES.get(t).name());
    }
    for (String label : model.labels()) {
      if (TYPES.stream().noneMatch(t -> t.name().equals(label))) {
        throw new IllegalArgumentException("event type model: label '" + label + "' is no PLOVER type");
      }
    }
  }

  /** The typer with the bundled model ({@value #RESOURCE}). */
  public static EventTyper standard() {
    String name = CameoLexicon.RESOURCES + RESOURCE;
    try (InputStream in = EventTyper.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return new EventTyper(LinearModel.read(new GZIPInputStream(in), name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The main event among {@code events} and its type, with the score margin over the best pair of another type.
   */
  public record Choice(Event event, Events.Type type, double margin) {}

  /**
   * The main event of {@code events} (those of one sentence or one short text of {@code document}) and its PLOVER
   * type, or none when no event is a candidate (coded or OTHER events are; none when the list is empty).
   */
  public Optional<Choice> choose(Document document, List<Event> events) {
    List<Event> candidates = candidates(events);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Features f = new Features(document);
    FeatureVector v = new FeatureVector();
    float[] scores = new float[model.labelCount()];
    int bestC = -1;
    int bestT = -1;
    double best = Double.NEGATIVE_INFINITY;
    double[] perType = new double[TYPES.size()];
    Arrays.fill(perType, Double.NEGATIVE_INFINITY);
    int heuristic = heuristicMain(candidates);
    for (int c = 0; c < candidates.size(); c++) {
      f.of(candidates, c, heuristic, v);
      Arrays.fill(scores, 0f);
      model.addScores(v, scores);
      for (int t = 0; t < TYPES.size(); t++) {
        if (labelOf[t] < 0) {
          continue;
        }
        double s = scores[labelOf[t]];
        perType[t] = Math.max(perType[t], s);
        if (s > best) {
          best = s;
          bestC = c;
          bestT = t;
        }
      }
    }
    if (bestC < 0) {
      return Optional.empty();
    }
    double second = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < TYPES.size(); t++) {
      if (t != bestT) {
        second = Math.max(second, perType[t]);
      }
    }
    return Optional.of(new Choice(candidates.get(bestC), TYPES.get(bestT), best - second));
  }

  /** The events that may be a sentence's main event: all but those past {@link #MAX_CANDIDATES}. */
  static List<Event> candidates(List<Event> events) {
    return events.size() <= MAX_CANDIDATES ? events : events.subList(0, MAX_CANDIDATES);
  }

  /** The rule-based main event: the first coded event that is not a statement, else the first coded, else 0. */
  static int heuristicMain(List<Event> candidates) {
    int firstCoded = -1;
    for (int c = 0; c < candidates.size(); c++) {
      Event e = candidates.get(c);
      if (e.coded() && e.type() != Events.Type.STATEMENT) {
        return c;
      }
      if (e.coded() && firstCoded < 0) {
        firstCoded = c;
      }
    }
    return Math.max(0, firstCoded);
  }

  /** One training sentence: the document, its candidate events, the story's PLOVER type. */
  public record Example(Document document, List<Event> events, Events.Type gold) {}

  /**
   * Trains the model: {@code epochs} passes over {@code examples} in an order shuffled by {@code seed}; in each, the
   * candidate that stands for the gold type is the one the current model scores best for it (the rule-based main
   * event in the first pass). Deterministic given the examples and the seed.
   */
  public static LinearModel train(List<Example> examples, int epochs, long seed, float prune, boolean balance,
      PrintStream log) {
    // a mistake on a story of a rare type weighs more (the stories' types are far from uniform: CONCEDE 17%, AID 2%)
    int[] count = new int[TYPES.size()];
    for (Example ex : examples) {
      if (TYPES.contains(ex.gold())) {
        count[TYPES.indexOf(ex.gold())]++;
      }
    }
    float[] weight = new float[TYPES.size()];
    for (int t = 0; t < weight.length; t++) {
      weight[t] = !balance || count[t] == 0 ? 1f
          : (float) Math.max(0.25, Math.min(4.0, examples.size() / (double) TYPES.size() / count[t]));
    }
    PerceptronTrainer trainer = new PerceptronTrainer(TYPES.stream().map(Enum::name).toList());
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < examples.size(); k++) {
      order.add(k);
    }
    float[] scores = new float[TYPES.size()];
    List<FeatureVector> vectors = new ArrayList<>();
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      int correct = 0;
      int n = 0;
      for (int k : order) {
        Example ex = examples.get(k);
        List<Event> candidates = candidates(ex.events());
        if (candidates.isEmpty() || !TYPES.contains(ex.gold())) {
          continue;
        }
        n++;
        Features f = new Features(ex.document());
        int heuristic = heuristicMain(candidates);
        while (vectors.size() < candidates.size()) {
          vectors.add(new FeatureVector());
        }
        int gold = TYPES.indexOf(ex.gold());
        int bestC = -1;
        int bestT = -1;
        float best = Float.NEGATIVE_INFINITY;
        int goldC = heuristic;
        float goldBest = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
          FeatureVector fc = vectors.get(c);
          f.of(candidates, c, heuristic, fc);
          Arrays.fill(scores, 0f);
          trainer.addScores(fc, scores);
          for (int t = 0; t < scores.length; t++) {
            if (scores[t] > best) {
              best = scores[t];
              bestC = c;
              bestT = t;
            }
          }
          if (epoch > 0 && scores[gold] > goldBest) {
            goldBest = scores[gold];
            goldC = c;
          }
        }
        if (bestT == gold) {
          correct++;
        } else {
          trainer.update(vectors.get(goldC), gold, weight[gold]);
          trainer.update(vectors.get(bestC), bestT, -weight[gold]);
        }
        trainer.nextInstance();
      }
      log.printf(Locale.ROOT, "epoch %d: training type accuracy %.4f (%d/%d)%n", epoch + 1,
          n == 0 ? 0 : (double) correct / n, correct, n);
    }
    return trainer.average(prune);
  }

  /** The features of a candidate event, read from the document's tokens and tags. */
  private static final class Features {
    private final String text;
    private final List<Tokens.Token> tokens;
    private final List<Tags.Tag> tags;

    Features(Document document) {
      this.text = document.text();
      this.tokens = document.require(Tokens.KEY).items();
      this.tags = document.require(Tags.KEY).items();
    }

    void of(List<Event> candidates, int c, int heuristic, FeatureVector v) {
      Event e = candidates.get(c);
      v.clear();
      v.bias();
      String kind = e.type() == Events.Type.OTHER ? "other" : e.type() == Events.Type.STATEMENT ? "statement" : "coded";
      v.add(1, kind);
      v.add(2, e.type().name());
      v.add(3, e.cameo());
      v.add(4, e.cameoRoot());
      v.add(5, e.modality().name());
      v.add(6, kind, c == heuristic ? "main" : "not-main");
      v.add(7, kind, RANKS[Math.min(c, RANKS.length - 1)]);
      int i = TokenSearch.containing(tokens, e.span().begin());
      if (i >= 0) {
        Tags.Tag tag = tags.get(i);
        String lemma = tag.lemma().toLowerCase(Locale.ROOT);
        v.add(8, lemma);
        v.add(9, lemma, e.type().name());
        v.add(10, tag.upos());
        v.add(11, lower(i - 1));
        v.add(12, lower(i - 1), lemma);
        String object = "";
        for (int k = i + 1; k < tokens.size() && k <= i + 5; k++) {
          if (CLAUSE_ENDS.contains(lower(k)) || lower(k).equals(",")) {
            break;
          }
          String u = tags.get(k).upos();
          if (u.equals("NOUN")) {
            object = tags.get(k).lemma().toLowerCase(Locale.ROOT);
            break;
          }
          if (u.equals("VERB")) {
            break;
          }
        }
        v.add(13, object);
        v.add(14, lemma, object);
        if (i + 1 < tokens.size()) {
          v.add(15, lemma, lower(i + 1));
        }
        int sentenceEnd = e.sentence().end();
        for (int k = Math.max(0, i - WINDOW_BEFORE); k < tokens.size() && k <= i + WINDOW_AFTER; k++) {
          if (k == i || tokens.get(k).span().begin() < e.sentence().begin()
              || tokens.get(k).span().begin() >= sentenceEnd) {
            continue;
          }
          String u = tags.get(k).upos();
          if (u.equals("NOUN") || u.equals("VERB")) {
            v.add(k < i ? 16 : 17, tags.get(k).lemma().toLowerCase(Locale.ROOT));
          }
        }
      }
      participants(18, e.actors(), v);
      participants(19, e.targets(), v);
      v.add(20, e.place().isPresent() ? "place" : "no-place");
    }

    private static void participants(int template, List<Participant> list, FeatureVector v) {
      if (list.isEmpty()) {
        v.add(template, "none");
      }
      for (Participant p : list) {
        String code = p.code().orElse("");
        v.add(template, code.length() > 3 ? code.substring(3, Math.min(6, code.length()))
            : code.isEmpty() ? (p.entity().isPresent() ? "entity" : "phrase") : "country");
      }
    }

    private String lower(int k) {
      return k < 0 || k >= tokens.size() ? "<s>" : tokens.get(k).span().of(text).toLowerCase(Locale.ROOT);
    }
  }
}
