package dev.dateline.nlp.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  private static final List<String> LABELS = List.of("A", "B", "C", "D", "E", "F", "G", "H");

  /** A model where feature "x" favours C then F, and the bias favours A everywhere. */
  private static LinearModel model() {
    PerceptronTrainer trainer = new PerceptronTrainer(LABELS);
    FeatureVector bias = new FeatureVector().bias();
    FeatureVector x = new FeatureVector().add(1, "x");
    trainer.update(bias, 0, 3f);
    trainer.update(x, 2, 2f);
    trainer.update(x, 5, 1f);
    trainer.nextInstance();
    return trainer.average(0f);
  }

  @Test
  void aSubsetScoresOnlyAmongItsLabels() {
    LinearModel model = model();
    FeatureVector f = new FeatureVector().bias().add(1, "x");
    float[] scratch = new float[LABELS.size()];
    assertThat(model.best(f, scratch)).isEqualTo(0);
    assertThat(model.best(f, new int[] {1, 2, 5}, scratch)).isEqualTo(2);
    assertThat(model.best(f, new int[] {5, 7}, scratch)).isEqualTo(5);
    assertThat(model.best(f, new int[] {1, 3, 4, 5, 6, 7}, scratch)).isEqualTo(5);
  }

  @Test
  void theSparseFileReadsBackWithTheSameScoresAndIsSmaller() throws IOException {
    LinearModel model = model();
    ByteArrayOutputStream sparse = new ByteArrayOutputStream();
    model.writeSparse(sparse);
    ByteArrayOutputStream dense = new ByteArrayOutputStream();
    model.write(dense);
    assertThat(sparse.size()).isLessThan(dense.size());
    LinearModel read = LinearModel.read(new ByteArrayInputStream(sparse.toByteArray()), "sparse model");
    FeatureVector f = new FeatureVector().bias().add(1, "x");
    float[] a = new float[LABELS.size()];
    float[] b = new float[LABELS.size()];
    model.addScores(f, a);
    read.addScores(f, b);
    assertThat(b).containsExactly(a);
    assertThat(read.labels()).isEqualTo(LABELS);
  }
}
