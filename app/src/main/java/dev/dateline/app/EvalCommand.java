package dev.dateline.app;

import picocli.CommandLine.Command;

/** The parent of every evaluation: `eval extract` now, one subcommand per stage (`eval ner`, `eval time`) later. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Score a component on an evaluation set.", "Each subcommand prints report lines, then one JSON line last."})
final class EvalCommand {}
