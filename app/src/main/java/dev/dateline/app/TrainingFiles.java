package dev.dateline.app;

import dev.dateline.nlp.clusters.ClusterTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The corpus and output-file handling the unsupervised trainers (clusters, vectors) share. */
final class TrainingFiles {
  private TrainingFiles() {}

  /** An output stream's consumer that may fail with an I/O error. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** The corpus files: the inputs given, else the default unlabelled sets under {@code shared}; never empty. */
  static List<Path> corpus(List<Path> inputs, Path shared) {
    List<Path> corpus;
    try {
      corpus = inputs == null || inputs.isEmpty() ? ClusterTrainer.defaultCorpus(shared) : inputs;
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot list the default corpus under " + shared + ": " + Inputs.message(e), e);
    }
    if (corpus.isEmpty()) {
      throw new CommandFailure(ExitCode.UNUSABLE, "no corpus: none of the default sets is under " + shared.resolve("datasets"));
    }
    return corpus;
  }

  /** Writes {@code out}, creating its folder first; a failure names the file. */
  static void write(Path out, Writer writer) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream file = Files.newOutputStream(out)) {
        writer.write(file);
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot write " + out + ": " + Inputs.message(e), e);
    }
  }

  /** Writes a trained linear model gzipped to {@code out} (creating its folder) and logs its size; a failure names it. */
  static void writeModel(Path out, dev.dateline.nlp.learn.LinearModel model, java.io.PrintStream log) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(out))) {
        model.writeSparse(o);
      }
      log.println("model written to " + out + " (" + Files.size(out) + " bytes, " + model.features() + " features)");
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot write the model to " + out + ": " + Inputs.message(e), e);
    }
  }
}
