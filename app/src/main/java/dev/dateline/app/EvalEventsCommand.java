package dev.dateline.app;

import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `eval events --format ecbplus`: event mentions and their arguments on ECB+, in the validated sentences of
 * ECBplus_coreference_sentences.csv. Each document's tokens are joined by spaces, sentences by blank lines (sentence 0
 * of an ecbplus file, its URL, left out), and run through the whole standard pipeline.
 *
 * <p>A predicted trigger matches a gold ACTION_* or NEG_ACTION_* mention it overlaps. ECB+ links no arguments to
 * events, so an argument is scored within the sentence: a participant (actor or target) of a matched event is right
 * when it overlaps a HUMAN_PART_* or NON_HUMAN_PART_* mention of its sentence; recall is over those mentions in the
 * sentences of matched gold events. Places against LOC_*, dates' time-expression evidence against TIME_* likewise.
 */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score event extraction on ECB+ topic folders: event-mention precision, recall and F1, and participant,",
        "time and location argument F1 for matched events. The last line is one JSON object."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the data cannot be read"})
final class EvalEventsCommand implements Callable<Integer> {
  enum Format { ecbplus }

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The data's format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--topics", split = ",", paramLabel = "N,...",
      description = "Topics to score (default: every topic folder under PATH).")
  List<Integer> topics;

  @Option(names = "--split", paramLabel = "SPLIT",
      description = "Score the topics of this split of splits.json beside or above PATH (train or dev).")
  String split;

  @Option(names = "--sentences", paramLabel = "CSV",
      description = "The validated sentences (default: ECBplus_coreference_sentences.csv beside or above PATH).")
  Path sentencesFile;

  @Parameters(index = "0", paramLabel = "PATH", description = "A folder of ECB+ topic folders (ecbplus/ECB+).")
  Path path;

  @Option(names = "--verbose", description = "Print each missed gold event mention and each unmatched trigger.")
  boolean verbose;

  /** A gold mention: kind (A action, P participant, T time, L location), sentence, character span. */
  private record Gold(char kind, int sentence, Span span) {}

  /** Counts: predicted, predicted right, gold, gold found. */
  private static final class Score {
    long predicted;
    long right;
    long gold;
    long found;

    double precision() {
      return EventEvaluation.ratio(right, predicted);
    }

    double recall() {
      return EventEvaluation.ratio(found, gold);
    }

    double f1() {
      return EventEvaluation.f1(precision(), recall());
    }
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), "PATH '" + path + "' is not a folder");
    }
    Path csv = sentencesFile != null ? sentencesFile : Stream.of(path.resolve("ECBplus_coreference_sentences.csv"),
            path.toAbsolutePath().getParent().resolve("ECBplus_coreference_sentences.csv"))
        .filter(Files::isRegularFile).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "no ECBplus_coreference_sentences.csv beside or above '"
            + path + "'; name it with --sentences"));
    if (split != null) {
      if (topics != null) {
        throw new ParameterException(spec.commandLine(), "give --topics or --split, not both");
      }
      topics = splitTopics();
    }
    PrintWriter out = spec.commandLine().getOut();
    Score mentions = new Score();
    Score participants = new Score();
    Score times = new Score();
    Score locations = new Score();
    int documents = 0;
    try {
      Map<String, Set<Integer>> validated = validated(csv);
      List<Path> folders;
      try (Stream<Path> s = Files.list(path)) {
        folders = s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("\\d+"))
            .filter(p -> topics == null || topics.contains(Integer.parseInt(p.getFileName().toString())))
            .sorted().toList();
      }
      EventEvaluation evaluation = new EventEvaluation();
      for (Path folder : folders) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
          files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
          String name = f.getFileName().toString().replace(".xml", "");
          Set<Integer> keep = validated.getOrDefault(name, Set.of());
          if (keep.isEmpty()) {
            continue;
          }
          documents++;
          score(evaluation, f, keep, mentions, participants, times, locations, verbose ? out : null);
        }
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + path + ": " + Inputs.message(e), e);
    }
    line(out, "event mentions", mentions);
    line(out, "participants", participants);
    line(out, "times", times);
    line(out, "locations", locations);
    out.printf(Locale.ROOT, "documents %d, gold event mentions %d%n", documents, mentions.gold);
    out.printf(Locale.ROOT, "{\"task\":\"events\",\"n\":%d,\"mention_precision\":%.4f,\"mention_recall\":%.4f,\"mention_f1\":%.4f,"
        + "\"participant_f1\":%.4f,\"time_f1\":%.4f,\"location_f1\":%.4f}%n", mentions.gold, mentions.precision(),
        mentions.recall(), mentions.f1(), participants.f1(), times.f1(), locations.f1());
    out.flush();
    return ExitCode.OK;
  }

  private List<Integer> splitTopics() {
    Path file = Stream.of(path.resolve("splits.json"), path.toAbsolutePath().getParent().resolve("splits.json"))
        .filter(Files::isRegularFile).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "no splits.json beside or above '" + path + "'"));
    try {
      com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path(split);
      if (!node.isArray()) {
        throw new ParameterException(spec.commandLine(), file + " has no list of topics for split '" + split + "'");
      }
      List<Integer> out = new ArrayList<>();
      node.forEach(t -> out.add(t.asInt()));
      return out;
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + file + ": " + Inputs.message(e), e);
    }
  }

  private static void line(PrintWriter out, String what, Score s) {
    out.printf(Locale.ROOT, "%-15s precision %.4f (%d/%d) recall %.4f (%d/%d) f1 %.4f%n", what, s.precision(), s.right,
        s.predicted, s.recall(), s.found, s.gold, s.f1());
  }

  /** Document name ("1_10ecbplus") to its validated sentence numbers. */
  private static Map<String, Set<Integer>> validated(Path csv) throws IOException {
    Map<String, Set<Integer>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      if (f.length < 3) {
        continue;
      }
      try {
        out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>()).add(Integer.parseInt(f[2].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(csv + ": line " + (i + 1) + ": sentence number is not a number: '" + lines.get(i) + "'");
      }
    }
    return out;
  }

  private static void score(EventEvaluation evaluation, Path file, Set<Integer> keep, Score mentions, Score participants,
      Score times, Score locations, PrintWriter verbose) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(file.toFile());
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException(file + ": not an ECB+ CAT file: " + e.getMessage(), e);
    }
    boolean plus = file.getFileName().toString().contains("ecbplus");
    NodeList tokenNodes = xml.getElementsByTagName("token");
    StringBuilder text = new StringBuilder();
    Map<String, Span> tokenSpan = new HashMap<>();
    Map<String, Integer> tokenSentence = new HashMap<>();
    Map<Integer, Span> sentenceSpan = new HashMap<>();
    int current = -1;
    for (int i = 0; i < tokenNodes.getLength(); i++) {
      Element t = (Element) tokenNodes.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (plus && sentence == 0) {
        continue;
      }
      if (sentence != current) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        current = sentence;
      } else {
        text.append(' ');
      }
      int begin = text.length();
      text.append(t.getTextContent());
      Span span = new Span(begin, text.length());
      tokenSpan.put(t.getAttribute("t_id"), span);
      tokenSentence.put(t.getAttribute("t_id"), sentence);
      Span s = sentenceSpan.get(sentence);
      sentenceSpan.put(sentence, s == null ? span : new Span(s.begin(), span.end()));
    }
    List<Gold> gold = new ArrayList<>();
    NodeList markables = xml.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      for (Node m = markables.item(0).getFirstChild(); m != null; m = m.getNextSibling()) {
        if (!(m instanceof Element e)) {
          continue;
        }
        char kind = kind(e.getTagName());
        NodeList anchors = e.getElementsByTagName("token_anchor");
        if (kind == 0 || anchors.getLength() == 0) {
          continue;
        }
        int begin = Integer.MAX_VALUE;
        int end = -1;
        int sentence = -1;
        for (int a = 0; a < anchors.getLength(); a++) {
          String id = ((Element) anchors.item(a)).getAttribute("t_id");
          Span s = tokenSpan.get(id);
          if (s != null) {
            begin = Math.min(begin, s.begin());
            end = Math.max(end, s.end());
            sentence = tokenSentence.get(id);
          }
        }
        if (end >= 0 && keep.contains(sentence)) {
          gold.add(new Gold(kind, sentence, new Span(begin, end)));
        }
      }
    }
    Document d = evaluation.analyze("ecbplus:" + file.getFileName(), text.toString(), Optional.empty());
    List<Events.Event> predicted = new ArrayList<>();
    Map<Events.Event, Integer> sentenceOf = new HashMap<>();
    for (Events.Event e : d.require(Events.KEY).items()) {
      for (int s : keep) {
        Span span = sentenceSpan.get(s);
        if (span != null && overlaps(span, e.span())) {
          predicted.add(e);
          sentenceOf.put(e, s);
          break;
        }
      }
    }
    List<Gold> actions = gold.stream().filter(g -> g.kind() == 'A').toList();
    Set<Integer> matchedSentences = new HashSet<>();
    List<Events.Event> matched = new ArrayList<>();
    mentions.predicted += predicted.size();
    mentions.gold += actions.size();
    for (Events.Event e : predicted) {
      if (actions.stream().anyMatch(g -> overlaps(g.span(), e.span()))) {
        mentions.right++;
        matched.add(e);
        matchedSentences.add(sentenceOf.get(e));
      } else if (verbose != null) {
        verbose.printf(Locale.ROOT, "extra\t%s\t%s\t%s%n", file.getFileName(), e.type(), e.span().of(d.text()));
      }
    }
    for (Gold g : actions) {
      if (predicted.stream().anyMatch(e -> overlaps(g.span(), e.span()))) {
        mentions.found++;
      } else if (verbose != null) {
        verbose.printf(Locale.ROOT, "missed\t%s\t%s%n", file.getFileName(), g.span().of(d.text()));
      }
    }
    String docText = d.text();
    arguments(verbose, docText, gold, 'P', matched, sentenceOf, matchedSentences, participants,
        e -> Stream.concat(e.actors().stream(), e.targets().stream()).map(Events.Participant::span).toList());
    arguments(verbose, docText, gold, 'T', matched, sentenceOf, matchedSentences, times,
        e -> e.date().flatMap(Events.EventDate::evidence).stream().toList());
    arguments(verbose, docText, gold, 'L', matched, sentenceOf, matchedSentences, locations,
        e -> e.place().map(Events.Place::span).stream().toList());
  }

  private static void arguments(PrintWriter verbose, String text, List<Gold> gold, char kind, List<Events.Event> matched, Map<Events.Event, Integer> sentenceOf,
      Set<Integer> sentences, Score score, java.util.function.Function<Events.Event, List<Span>> spans) {
    List<Gold> args = gold.stream().filter(g -> g.kind() == kind && sentences.contains(g.sentence())).toList();
    score.gold += args.size();
    List<Span> found = new ArrayList<>();
    for (Events.Event e : matched) {
      int s = sentenceOf.get(e);
      for (Span span : spans.apply(e)) {
        score.predicted++;
        found.add(span);
        if (args.stream().anyMatch(g -> g.sentence() == s && overlaps(g.span(), span))) {
          score.right++;
        } else if (verbose != null) {
          verbose.printf(Locale.ROOT, "wrong-%s\t%s\t%s%n", kind, span.of(text), e.span().of(text));
        }
      }
    }
    for (Gold g : args) {
      if (found.stream().anyMatch(s -> overlaps(g.span(), s))) {
        score.found++;
      } else if (verbose != null) {
        verbose.printf(Locale.ROOT, "missed-%s\t%s%n", kind, g.span().of(text));
      }
    }
  }

  private static char kind(String tag) {
    if (tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) {
      return 'A';
    }
    if (tag.startsWith("HUMAN_PART") || tag.startsWith("NON_HUMAN_PART")) {
      return 'P';
    }
    if (tag.startsWith("TIME_")) {
      return 'T';
    }
    if (tag.startsWith("LOC_")) {
      return 'L';
    }
    return 0;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

}
