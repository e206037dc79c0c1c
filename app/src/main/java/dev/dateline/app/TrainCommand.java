package dev.dateline.app;

import picocli.CommandLine.Command;

/** The parent of every training recipe: `train ner`, `train pos`, `train clusters`. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Train a model from a dataset; the same data and seed give the same model file, byte for byte."})
final class TrainCommand {}
