package dev.dateline.nlp.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTrainerTest {
  private static final List<String> LABELS = List.of("NOUN", "VERB");
  private static final String[][] DATA = {{"dog", "NOUN"}, {"runs", "VERB"}, {"cat", "NOUN"}, {"sleeps", "VERB"}, {"bird", "NOUN"}, {"eats", "VERB"}};

  private static FeatureVector features(FeatureVector f, String word) {
    f.clear();
    f.bias().add(1, word).add(2, word, Math.max(0, word.length() - 1), word.length());
    return f;
  }

  private static LinearModel train() {
    PerceptronTrainer trainer = new PerceptronTrainer(LABELS);
    FeatureVector f = new FeatureVector();
    float[] scratch = new float[2];
    for (int epoch = 0; epoch < 5; epoch++) {
      for (String[] row : DATA) {
        features(f, row[0]);
        int truth = LABELS.indexOf(row[1]);
        int guess = trainer.best(f, scratch);
        if (guess != truth) {
          trainer.update(f, truth, 1f);
          trainer.update(f, guess, -1f);
        }
        trainer.nextInstance();
      }
    }
    return trainer.average(0f);
  }

  @Test
  void learnsSeparableDataAndGeneralisesBySuffix() {
    LinearModel model = train();
    FeatureVector f = new FeatureVector();
    float[] scratch = new float[2];
    assertThat(LABELS.get(model.best(features(f, "cat"), scratch))).isEqualTo("NOUN");
    assertThat(LABELS.get(model.best(features(f, "sleeps"), scratch))).isEqualTo("VERB");
    assertThat(LABELS.get(model.best(features(f, "jumps"), scratch))).isEqualTo("VERB");
  }

  @Test
  void writtenModelReadsBackWithTheSameScoresAndTrainingIsByteForByteRepeatable() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    train().write(first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    train().write(second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());

    LinearModel read = LinearModel.read(new ByteArrayInputStream(first.toByteArray()), "test model");
    float[] a = new float[2];
    float[] b = new float[2];
    FeatureVector f = features(new FeatureVector(), "cat");
    train().addScores(f, a);
    read.addScores(f, b);
    assertThat(b).containsExactly(a);
  }

  @Test
  void aFileThatIsNotAModelIsRefusedByName() {
    byte[] junk = {0, 3, 'a', 'b', 'c'};
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(junk), "junk.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.bin");
  }

  @Test
  void featureKeysDependOnTemplateAndValue() {
    FeatureVector f = new FeatureVector();
    f.add(1, "ab").add(2, "ab").add(1, "ba").add(1, "a", "b").add(1, "xab", 1, 3);
    assertThat(f.key(0)).isNotEqualTo(f.key(1)).isNotEqualTo(f.key(2)).isNotEqualTo(f.key(3));
    assertThat(f.key(4)).isEqualTo(f.key(0));
  }
}
