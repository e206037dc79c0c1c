package dev.dateline.nlp.ner;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.FeatureVector;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.learn.PerceptronTrainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The training recipe: a structured averaged perceptron over BILOU labels with Viterbi decoding, then (optionally) a
 * second pass trained on first-pass predictions for the training documents made by models that did not see them
 * (jackknifing, so the second pass learns how far to trust the first). Deterministic: the same documents, options
 * and seed give the same model bytes.
 */
public final class NerTrainer {

  /**
   * @param seed shuffles the sentences each epoch
   * @param epochs passes over the training data, for each model
   * @param folds jackknife folds for the second pass's training input (at least 2)
   * @param secondPass whether to train the document-level second pass
   * @param clusters whether to use word-class features
   * @param gazetteers whether to use gazetteer features
   * @param document whether to use how each word is written elsewhere in the document
   * @param prune averaged weights below this magnitude are dropped
   */
  public record Options(long seed, int epochs, int folds, boolean secondPass, boolean clusters, boolean gazetteers,
      boolean document, float prune) {
    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
      if (secondPass && folds < 2) {
        throw new IllegalArgumentException("folds must be at least 2 for the second pass, got " + folds);
      }
      if (prune < 0) {
        throw new IllegalArgumentException("prune must not be negative, got " + prune);
      }
    }

    int groups() {
      return Features.CONJUNCTIONS | (clusters ? Features.CLUSTERS : 0) | (gazetteers ? Features.GAZETTEERS : 0)
          | (document ? Features.DOCUMENT : 0);
    }
  }

  private record Data(List<Features.Prepared> sentences, int[][] gold, Features.Context context) {}

  private NerTrainer() {}

  /**
   * Trains a model on {@code train}; when {@code dev} is given, logs its F1 after each pass.
   *
   * @throws IllegalArgumentException if a tag of the data does not read as IOB1 or IOB2 over the CoNLL types
   */
  public static NerModel train(List<Conll.Doc> train, Optional<List<Conll.Doc>> dev, Options options,
      Gazetteers gazetteers, WordClusters clusters, Consumer<String> log) {
    Features features = new Features(gazetteers, clusters, options.groups());
    List<Data> data = prepare(train, features);
    long tokens = train.stream().mapToLong(Conll.Doc::tokens).sum();
    log.accept(String.format(Locale.ROOT, "training on %d documents, %d tokens", train.size(), tokens));
    Optional<List<Data>> devData = dev.map(d -> prepare(d, features));
    LinearModel first = trainPass(data, null, null, options.epochs(), options.seed(), options.prune(), features);
    NerModel firstOnly = new NerModel(features, first, Optional.empty());
    devData.ifPresent(d -> log.accept(String.format(Locale.ROOT, "first pass: %d weights, dev F1 %.4f", first.features(), f1(firstOnly, d))));
    if (!options.secondPass()) {
      return firstOnly;
    }
    // first-pass labels for each training document from a model that did not see it
    NerModel.First[] jackknifed = new NerModel.First[data.size()];
    for (int k = 0; k < options.folds(); k++) {
      List<Data> in = new ArrayList<>();
      for (int d = 0; d < data.size(); d++) {
        if (d % options.folds() != k) {
          in.add(data.get(d));
        }
      }
      LinearModel fold = trainPass(in, null, null, options.epochs(), options.seed() + 1 + k, options.prune(), features);
      Decoder decoder = new Decoder(features);
      for (int d = k; d < data.size(); d += options.folds()) {
        jackknifed[d] = NerModel.first(decoder, fold::addScores, data.get(d).sentences());
      }
      log.accept("jackknife fold " + (k + 1) + " of " + options.folds() + " done");
    }
    List<Features.Context> contexts = new ArrayList<>();
    for (int d = 0; d < data.size(); d++) {
      contexts.add(new Features.Context(data.get(d).sentences(), jackknifed[d].labels()));
    }
    LinearModel second = trainPass(data, contexts, jackknifed, options.epochs(), options.seed(), options.prune(), features);
    NerModel model = new NerModel(features, first, Optional.of(second));
    devData.ifPresent(d -> log.accept(String.format(Locale.ROOT, "second pass: %d weights, dev F1 %.4f", second.features(), f1(model, d))));
    return model;
  }

  private static List<Data> prepare(List<Conll.Doc> docs, Features features) {
    List<Data> out = new ArrayList<>(docs.size());
    for (Conll.Doc doc : docs) {
      List<Features.Prepared> sentences = new ArrayList<>();
      int[][] gold = new int[doc.sentences().size()][];
      for (int s = 0; s < doc.sentences().size(); s++) {
        Conll.Sentence sentence = doc.sentences().get(s);
        sentences.add(new Features.Prepared(sentence.words(), features));
        List<String> bilou = Chunks.toBilou(sentence.size(), Chunks.ofIob(sentence.tags()));
        gold[s] = new int[bilou.size()];
        for (int i = 0; i < bilou.size(); i++) {
          gold[s][i] = Labels.index(bilou.get(i));
        }
      }
      out.add(new Data(sentences, gold, new Features.Context(sentences)));
    }
    return out;
  }

  private static double f1(NerModel model, List<Data> docs) {
    ConllScore score = new ConllScore();
    for (Data d : docs) {
      int[][] predicted = model.labels(d.sentences());
      for (int s = 0; s < predicted.length; s++) {
        score.add(iob(d.gold()[s]), iob(predicted[s]));
      }
    }
    return score.f1();
  }

  private static List<String> iob(int[] labels) {
    return Chunks.toIob2(labels.length, NerModel.chunks(labels));
  }

  /** One pass's model; the second pass when {@code contexts} and {@code firsts} (first-pass results) are given. */
  private static LinearModel trainPass(List<Data> data, List<Features.Context> contexts, NerModel.First[] firsts, int epochs,
      long seed, float prune, Features features) {
    boolean second = firsts != null;
    PerceptronTrainer trainer = new PerceptronTrainer(Labels.ALL);
    Decoder decoder = new Decoder(features);
    FeatureVector fv = new FeatureVector();
    List<int[]> order = new ArrayList<>();
    for (int d = 0; d < data.size(); d++) {
      for (int s = 0; s < data.get(d).sentences().size(); s++) {
        order.add(new int[] {d, s});
      }
    }
    Random random = new Random(seed);
    int[] predicted = new int[16];
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int[] at : order) {
        Data d = data.get(at[0]);
        Features.Context context = contexts == null ? d.context() : contexts.get(at[0]);
        Features.Prepared p = d.sentences().get(at[1]);
        int[] gold = d.gold()[at[1]];
        int n = p.size();
        if (predicted.length < n) {
          predicted = new int[n * 2];
        }
        decoder.transitions(trainer::addScores);
        decoder.decode(trainer::addScores, p, context, at[1], second ? firsts[at[0]].emissions()[at[1]] : null, predicted);
        for (int i = 0; i < n; i++) {
          if (predicted[i] != gold[i]) {
            decoder.extract(p, i, context, at[1], second, fv);
            trainer.update(fv, gold[i], 1f);
            trainer.update(fv, predicted[i], -1f);
          }
          int goldPrev = i == 0 ? Labels.START : gold[i - 1];
          int predictedPrev = i == 0 ? Labels.START : predicted[i - 1];
          if (goldPrev != predictedPrev || gold[i] != predicted[i]) {
            Decoder.transitionFeature(goldPrev, fv);
            trainer.update(fv, gold[i], 1f);
            Decoder.transitionFeature(predictedPrev, fv);
            trainer.update(fv, predicted[i], -1f);
          }
        }
        trainer.nextInstance();
      }
    }
    return trainer.average(prune);
  }
}
