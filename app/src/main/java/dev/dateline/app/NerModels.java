package dev.dateline.app;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.ner.Gazetteers;
import dev.dateline.nlp.ner.NerModel;
import dev.dateline.nlp.ner.NerStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loading the NER model for the train and eval commands: the bundled one, or a file with the bundled resources. */
final class NerModels {
  private NerModels() {}

  static NerModel load(Path file) {
    try {
      if (file == null) {
        return NerStage.standardModel();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return NerModel.read(in, file.toString(), Gazetteers.standard(), NerStage.standardClusters());
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot load the NER model " + (file == null ? "bundled" : file) + ": " + e.getMessage(), e);
    }
  }

  static WordClusters clusters() {
    try {
      return NerStage.standardClusters();
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot load the word classes: " + e.getMessage(), e);
    }
  }

  static Gazetteers gazetteers() {
    try {
      return Gazetteers.standard();
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot load the gazetteers: " + e.getMessage(), e);
    }
  }
}
