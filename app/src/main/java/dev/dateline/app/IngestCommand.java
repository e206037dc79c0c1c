package dev.dateline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Read documents, extract their articles, analyse them through the events stage and add them to the store.",
        "INPUT is a file, a directory, a URL, a feed, JSON Lines, a WARC file, or - for stdin.",
        "Prints \"stored N, duplicates D, failed F\" and \"analysed A articles: E events\" at the end; each failure on stderr, naming its input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input was stored (or already there)",
        "1:some inputs failed, others were stored",
        "2:usage error",
        "3:nothing could be read, or the store is unusable"})
final class IngestCommand implements Callable<Integer> {
  private final Components components;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "What to read.")
  List<String> inputs;

  @Mixin DataOption data;

  @Mixin MetadataOptions metadata;

  @Option(names = "--no-analysis",
      description = "Store the articles without analysing them: faster, but `dateline events` cannot see them until they are ingested again without this flag.")
  boolean noAnalysis;

  IngestCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var ingest = components.ingest(metadata.supplied(spec.commandLine()), metadata.followFeedLinks());
    Progress progress = new Progress(err, components.clock(), components.interactive(), Inputs.countDocuments(inputs), "documents");
    var analysis = noAnalysis ? Optional.<dev.dateline.nlp.Pipeline>empty() : Optional.of(components.analysis());
    Ingestion.Summary summary = components.withStore(data.dir, true,
        store -> Ingestion.run(ingest, components.extractor(), analysis, store, inputs, components.stdin(), err, progress));
    out.println(summary.line());
    out.println(summary.analysisLine(analysis.isPresent()));
    if (summary.stored() + summary.duplicates() == 0) {
      err.println("nothing could be stored from " + String.join(" ", inputs));
    }
    return summary.exitCode();
  }
}
