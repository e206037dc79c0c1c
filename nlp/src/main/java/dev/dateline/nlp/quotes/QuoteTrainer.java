package dev.dateline.nlp.quotes;

import dev.dateline.model.Document;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.learn.PerceptronTrainer;
import dev.dateline.nlp.quotes.Polnear.Role;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the attribution tagger of {@link QuoteStage} on documents analysed up to the entities stage and their gold
 * role spans (PolNeAR): greedy left to right over each article, the perceptron updated where its label differs from
 * the gold one, with its own previous labels as history (so training sees what decoding sees); where an earlier
 * mistake puts the gold label out of reach (inside a span the tagger has not begun), the target is to begin it. Articles are visited in
 * an order shuffled by the seed each epoch: the same documents, epochs and seed give the same model.
 */
public final class QuoteTrainer {
  private QuoteTrainer() {}

  /** One training article: analysed up to entities, with its gold spans by role. */
  public record Example(Document document, Map<Role, List<Span>> gold) {}

  public static LinearModel train(List<Example> examples, int epochs, long seed, float prune, PrintStream log) {
    QuoteStage stage = QuoteStage.rulesOnly();
    List<QuoteStage.Run> runs = new ArrayList<>();
    List<int[]> rules = new ArrayList<>();
    List<int[]> golds = new ArrayList<>();
    for (Example e : examples) {
      QuoteStage.Run run = stage.rules(e.document());
      run.prepareTagger();
      runs.add(run);
      rules.add(run.labels());
      golds.add(gold(e.document().require(Tokens.KEY).items(), e.gold()));
    }
    PerceptronTrainer trainer = new PerceptronTrainer(AttributionTagger.LABELS);
    FeatureVector features = new FeatureVector();
    float[] scores = new float[AttributionTagger.LABELS.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      long tokens = 0;
      long errors = 0;
      for (int d : order) {
        QuoteStage.Run run = runs.get(d);
        int[] gold = golds.get(d);
        int[] labels = new int[run.n];
        for (int i = 0; i < run.n; i++) {
          AttributionTagger.features(run, i, rules.get(d), labels, features);
          int[] allowed = AttributionTagger.allowed(labels, i, run);
          int guess = trainer.best(features, allowed, scores);
          // after a wrong label the gold one may be out of reach ("inside" a span not begun): the best still
          // reachable is to begin that span here
          int target = gold[i] - 1;
          for (int l : allowed) {
            if (l == gold[i]) {
              target = gold[i];
            }
          }
          if (guess != target) {
            trainer.update(features, target, 1f);
            trainer.update(features, guess, -1f);
            errors++;
          }
          labels[i] = guess;
          trainer.nextInstance();
          tokens++;
        }
      }
      if (log != null) {
        log.printf(java.util.Locale.ROOT, "epoch %d: %d tokens, %.2f%% wrong%n", epoch, tokens, 100.0 * errors / Math.max(1, tokens));
      }
    }
    return trainer.average(prune);
  }

  /** The gold label of each token: content first, then cue and source over it (PolNeAR gives each token one role). */
  static int[] gold(List<Tokens.Token> tokens, Map<Role, List<Span>> gold) {
    int[] out = new int[tokens.size()];
    mark(tokens, gold.getOrDefault(Role.CONTENT, List.of()), AttributionTagger.CONTENT, out);
    mark(tokens, gold.getOrDefault(Role.CUE, List.of()), AttributionTagger.CUE, out);
    mark(tokens, gold.getOrDefault(Role.SOURCE, List.of()), AttributionTagger.SOURCE, out);
    // a content interrupted by its source and cue ("A," he said, "B") goes on as a new content span
    for (int k = 0; k < out.length; k++) {
      int label = out[k];
      if (label != AttributionTagger.OUTSIDE && label % 2 == 0
          && (k == 0 || AttributionTagger.role(out[k - 1]) != AttributionTagger.role(label))) {
        out[k] = label - 1;
      }
    }
    return out;
  }

  private static void mark(List<Tokens.Token> tokens, List<Span> spans, int role, int[] out) {
    for (Span s : spans) {
      boolean first = true;
      for (int k = 0; k < tokens.size(); k++) {
        Span t = tokens.get(k).span();
        if (t.begin() >= s.begin() && t.end() <= s.end()) {
          out[k] = AttributionTagger.label(role, !first);
          first = false;
        }
      }
    }
  }
}
