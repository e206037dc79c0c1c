package dev.dateline.app;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.nlp.CsvRecords;
import dev.dateline.nlp.events.EventTyper;
import dev.dateline.nlp.learn.LinearModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "event-types", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Train the event typer (which of a sentence's events is its main one, and its PLOVER type) on news stories",
        "labelled with a PLOVER type: a CSV, or a zip of CSV, with columns text and label (the NGEC synthetic",
        "stories). Each story's lead sentence goes through the standard stages up to events; the perceptron learns",
        "from the events the dictionary coder found there. The same data, epochs and seed give the same file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained", "2:usage error", "3:the data cannot be read or the model written"})
final class TrainEventTypesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, paramLabel = "FILE",
      description = "Labelled stories, e.g. ../shared/datasets/event-coding/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip.")
  Path train;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed for the order of stories (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--prune", defaultValue = "0.05", paramLabel = "X",
      description = "Drop features whose averaged weights are all below X (default: ${DEFAULT-VALUE}).")
  float prune;

  @Option(names = "--balance", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Weigh mistakes on stories of rare types more (default: ${DEFAULT-VALUE}).")
  boolean balance;

  @Option(names = "--dev-every", defaultValue = "0", paramLabel = "N",
      description = "Hold out every N-th story and report type accuracy on them (0: train on all; default: ${DEFAULT-VALUE}).")
  int devEvery;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzipped).")
  Path out;

  @Override
  public Integer call() {
    PrintStream log = System.err;
    List<String[]> stories;
    try {
      stories = read(train);
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + train + ": " + Inputs.message(e), e);
    }
    EventEvaluation evaluation = new EventEvaluation(Optional.empty(), Optional.empty());
    List<EventTyper.Example> examples = new ArrayList<>();
    List<EventTyper.Example> held = new ArrayList<>();
    int n = 0;
    for (String[] story : stories) {
      Events.Type gold;
      try {
        gold = Events.Type.valueOf(story[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        continue;
      }
      String lead = lead(story[0]);
      if (lead.isEmpty()) {
        continue;
      }
      boolean dev = devEvery > 0 && n % devEvery == devEvery - 1;
      Document d = evaluation.analyze("train:" + n++, lead, Optional.empty());
      List<Events.Event> events = d.require(Events.KEY).items();
      // the first sentence with an event: the lead states what the story is about
      for (Sentences.Sentence s : d.require(Sentences.KEY).items()) {
        Span span = s.span();
        List<Events.Event> in = events.stream().filter(e -> e.sentence().equals(span)).toList();
        if (!in.isEmpty()) {
          (dev ? held : examples).add(new EventTyper.Example(d, in, gold));
          break;
        }
      }
    }
    log.println("analysed " + n + " stories, " + examples.size() + " lead sentences with events");
    LinearModel model = EventTyper.train(examples, epochs, seed, prune, balance, log);
    if (!held.isEmpty()) {
      EventTyper typer = new EventTyper(model);
      int dictionary = 0;
      int learned = 0;
      for (EventTyper.Example ex : held) {
        Optional<Events.Event> rule = EventEvaluation.main(ex.document());
        dictionary += rule.isPresent() && rule.get().type() == ex.gold() ? 1 : 0;
        learned += typer.choose(ex.document(), ex.events()).filter(c -> c.type() == ex.gold()).isPresent() ? 1 : 0;
      }
      log.printf(Locale.ROOT, "held-out stories %d: type accuracy, rule-based main event %.4f, typer %.4f%n",
          held.size(), (double) dictionary / held.size(), (double) learned / held.size());
    }
    TrainingFiles.writeModel(out, model, log);
    PrintWriter w = spec.commandLine().getOut();
    w.println(String.format(Locale.ROOT, "{\"task\":\"train-event-types\",\"out\":\"%s\",\"stories\":%d,\"sentences\":%d,"
        + "\"epochs\":%d,\"seed\":%d,\"features\":%d}", out.toString().replace("\\", "\\\\").replace("\"", "\\\""),
        n, examples.size(), epochs, seed, model.features()));
    w.flush();
    return ExitCode.OK;
  }

  /** The story's first paragraph (its lead), at most two sentences' worth of text. */
  static String lead(String text) {
    for (String paragraph : text.strip().split("\\n\\s*\\n|\\n")) {
      String p = paragraph.strip();
      if (!p.isEmpty()) {
        return p;
      }
    }
    return "";
  }

  /** The (text, label) pairs of a CSV file or of the CSV files of a zip. */
  static List<String[]> read(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    if (file.getFileName().toString().endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (entry.getName().endsWith(".csv")) {
            csv(zip, file + "!" + entry.getName(), out);
          }
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        csv(in, file.toString(), out);
      }
    }
    return out;
  }

  private static void csv(InputStream in, String name, List<String[]> out) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = CsvRecords.next(r);
    if (header == null) {
      throw new IOException(name + ": empty file");
    }
    int text = header.indexOf("text");
    int label = header.indexOf("label");
    if (text < 0 || label < 0) {
      throw new IOException(name + ": line 1: expected columns 'text' and 'label', found " + header);
    }
    List<String> row;
    while ((row = CsvRecords.next(r)) != null) {
      if (row.size() > Math.max(text, label)) {
        out.add(new String[] {row.get(text), row.get(label)});
      }
    }
  }
}
