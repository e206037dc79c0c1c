package dev.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.nlp.events.EventTyper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `eval coding`: the event coder on single coded sentences. Each record's text runs through the whole standard
 * pipeline; its main event (see {@link EventEvaluation#main}) is compared with the record's gold coding.
 */
@Command(name = "coding", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Score the event coder on coded sentences: PLOVER gold records (event type accuracy, macro-F1, actor and",
        "recipient code accuracy) or PETRARCH2 validation records (CAMEO root and code accuracy).",
        "The last line is one JSON object."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "2:usage error", "3:the file cannot be read"})
final class EvalCodingCommand implements Callable<Integer> {
  enum Format { plover, petrarch }

  /** PLOVER's 2016 names in the gold records and their 2021 equivalents (PLOVER manual, CAMEO to PLOVER table). */
  private static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The file's format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A PETRARCH-format verb dictionary to code with instead of the bundled CAMEO one "
          + "(e.g. PETR.Validate.verbs.txt, which PETRARCH's validation records are written for).")
  Path verbs;

  @Option(names = "--types-model", paramLabel = "FILE",
      description = "An event-type model from `train event-types` in place of the bundled one (PLOVER format).")
  Path typesModel;

  @Option(names = "--typer", description = "Where a record's coded events are all statements, let the learned event"
      + " typer pick the main event among all its events and give its type (PLOVER format; an experiment: the"
      + " `events` records do not carry the typer's type, so the default scores the records as they are).")
  boolean typer;

  @Option(names = "--verbose", description = "Print each record's gold and predicted coding.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.txt or PETR.UnitTest.records.xml.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "FILE '" + file + "' is not a readable file");
    }
    if (verbs != null && !Files.isRegularFile(verbs)) {
      throw new ParameterException(spec.commandLine(), "--verbs '" + verbs + "' is not a readable file");
    }
    PrintWriter out = spec.commandLine().getOut();
    EventEvaluation evaluation = new EventEvaluation(Optional.ofNullable(verbs),
        format == Format.plover && typer ? Optional.of(typer()) : Optional.empty());
    try {
      if (format == Format.plover) {
        plover(evaluation, out);
      } else {
        petrarch(evaluation, out);
      }
    } catch (IOException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read " + file + ": " + Inputs.message(e), e);
    }
    out.flush();
    return ExitCode.OK;
  }

  private void plover(EventEvaluation evaluation, PrintWriter out) throws IOException {
    JsonNode records = new ObjectMapper().readTree(file.toFile());
    if (!records.isArray()) {
      throw new IOException("expected a JSON array of PLOVER records");
    }
    int n = 0;
    int correct = 0;
    int actorN = 0;
    int actorOk = 0;
    int targetN = 0;
    int targetOk = 0;
    int actorCountryOk = 0;
    int targetCountryOk = 0;
    Map<String, int[]> perType = new TreeMap<>(); // tp, fp, fn
    for (JsonNode r : records) {
      if (!r.hasNonNull("text") || r.path("event").asText().equals("DOCUMENT")) {
        continue;
      }
      n++;
      String gold = RENAMED.getOrDefault(r.get("event").asText(), r.get("event").asText());
      Optional<LocalDate> date = parse(r.path("date").asText(""), DateTimeFormatter.ISO_LOCAL_DATE);
      Document d = evaluation.analyze("plover:" + r.path("id").asText(), r.get("text").asText(), date);
      Optional<EventEvaluation.Main> chosen = evaluation.typedMain(d);
      Optional<Events.Event> main = chosen.map(EventEvaluation.Main::event);
      String predicted = chosen.map(c -> c.type().name()).orElse("NONE");
      perType.computeIfAbsent(gold, k -> new int[3]);
      perType.computeIfAbsent(predicted, k -> new int[3]);
      if (predicted.equals(gold)) {
        correct++;
        perType.get(gold)[0]++;
      } else {
        perType.get(predicted)[1]++;
        perType.get(gold)[2]++;
      }
      Set<String> goldActors = codes(r.path("source"));
      Set<String> goldTargets = codes(r.path("target"));
      Set<String> predActors = new HashSet<>();
      Set<String> predTargets = new HashSet<>();
      main.ifPresent(e -> {
        e.actors().forEach(p -> p.code().ifPresent(predActors::add));
        e.targets().forEach(p -> p.code().ifPresent(predTargets::add));
        if (e.targets().isEmpty()) {
          evaluation.placeCode(d, e).ifPresent(predTargets::add); // the records' convention: "shelled ... in Liberia"
        }
      });
      if (!goldActors.isEmpty()) {
        actorN++;
        actorOk += predActors.stream().anyMatch(goldActors::contains) ? 1 : 0;
        actorCountryOk += sameCountry(predActors, goldActors) ? 1 : 0;
      }
      if (!goldTargets.isEmpty()) {
        targetN++;
        targetOk += predTargets.stream().anyMatch(goldTargets::contains) ? 1 : 0;
        targetCountryOk += sameCountry(predTargets, goldTargets) ? 1 : 0;
      }
      if (verbose) {
        out.printf(Locale.ROOT, "%s\tgold %s %s -> %s\tpredicted %s %s %s -> %s\tall %s%n", r.path("id").asText(), gold, goldActors,
            goldTargets, predicted, main.map(e -> e.cameo() + " '" + e.span().of(d.text()) + "'").orElse(""),
            main.map(e -> named(e.actors())).orElse("[]"), main.map(e -> named(e.targets())).orElse("[]"),
            d.require(Events.KEY).items().stream().map(e -> EventEvaluation.ploverConvention(e) + "/"
                + e.modality().name().toLowerCase(Locale.ROOT) + "/" + e.cameo() + "/" + e.confidence() + "@" + e.span().of(d.text())).toList());
      }
    }
    double macro = 0;
    int classes = 0;
    for (Map.Entry<String, int[]> e : perType.entrySet()) {
      int[] c = e.getValue();
      if (e.getKey().equals("NONE") || c[0] + c[2] == 0) {
        continue; // classes of the gold standard only
      }
      double p = EventEvaluation.ratio(c[0], c[0] + c[1]);
      double rc = EventEvaluation.ratio(c[0], c[0] + c[2]);
      out.printf(Locale.ROOT, "%-12s precision %.4f recall %.4f f1 %.4f (gold %d)%n", e.getKey(), p, rc,
          EventEvaluation.f1(p, rc), c[0] + c[2]);
      macro += EventEvaluation.f1(p, rc);
      classes++;
    }
    macro = classes == 0 ? 0 : macro / classes;
    double accuracy = EventEvaluation.ratio(correct, n);
    out.printf(Locale.ROOT, "records %d, event type accuracy %.4f (%d/%d), macro-F1 %.4f%n", n, accuracy, correct, n, macro);
    out.printf(Locale.ROOT, "actor code accuracy %.4f (%d/%d), recipient code accuracy %.4f (%d/%d)%n",
        EventEvaluation.ratio(actorOk, actorN), actorOk, actorN, EventEvaluation.ratio(targetOk, targetN), targetOk, targetN);
    out.printf(Locale.ROOT, "actor country accuracy %.4f (%d/%d), recipient country accuracy %.4f (%d/%d)%n",
        EventEvaluation.ratio(actorCountryOk, actorN), actorCountryOk, actorN, EventEvaluation.ratio(targetCountryOk, targetN),
        targetCountryOk, targetN);
    out.printf(Locale.ROOT, "{\"task\":\"coding\",\"format\":\"plover\",\"n\":%d,\"accuracy\":%.4f,\"macro_f1\":%.4f,"
        + "\"actor_code_accuracy\":%.4f,\"recipient_code_accuracy\":%.4f,\"actor_country_accuracy\":%.4f,"
        + "\"recipient_country_accuracy\":%.4f}%n", n, accuracy, macro,
        EventEvaluation.ratio(actorOk, actorN), EventEvaluation.ratio(targetOk, targetN),
        EventEvaluation.ratio(actorCountryOk, actorN), EventEvaluation.ratio(targetCountryOk, targetN));
  }

  /** Participants as "name=CODE" (CODE "-" when none), for --verbose. */
  private static String named(List<Events.Participant> participants) {
    return participants.stream().map(p -> p.name() + "=" + p.code().orElse("-")).toList().toString();
  }

  /**
   * Whether a predicted code shares its first three letters (the country, or IGO / a sector when no country is coded)
   * with a gold one: the lenient figure beside the exact one, since the records' sectors are often ones Dateline does
   * not code (REB, CVL, OPP).
   */
  private static boolean sameCountry(Set<String> predicted, Set<String> gold) {
    return predicted.stream().anyMatch(p -> p.length() >= 3
        && gold.stream().anyMatch(g -> g.length() >= 3 && g.regionMatches(0, p, 0, 3)));
  }

  /**
   * A PLOVER record's actor codes: country code plus sector ("HUN" + "GOV"), as CAMEO writes them; the records' "***"
   * (sector not known) leaves the country alone.
   */
  private static Set<String> codes(JsonNode list) {
    Set<String> out = new HashSet<>();
    if (list.isArray()) {
      for (JsonNode a : list) {
        String code = a.path("code").asText("");
        if (!code.isEmpty()) {
          String sector = a.path("sector").asText("");
          out.add(sector.equals("***") ? code : code + sector);
        }
      }
    }
    return out;
  }

  private void petrarch(EventEvaluation evaluation, PrintWriter out) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(file.toFile());
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("not a PETRARCH validation file: " + e.getMessage(), e);
    }
    NodeList sentences = xml.getElementsByTagName("Sentence");
    int n = 0;
    int root = 0;
    int code = 0;
    int none = 0;
    int cameoN = 0;
    int cameoRoot = 0;
    for (int s = 0; s < sentences.getLength(); s++) {
      Element sentence = (Element) sentences.item(s);
      NodeList codings = sentence.getElementsByTagName("EventCoding");
      List<String> gold = new ArrayList<>();
      for (int c = 0; c < codings.getLength(); c++) {
        String g = ((Element) codings.item(c)).getAttribute("eventcode").strip();
        if (g.matches("\\d{2,4}")) {
          gold.add(g);
        }
      }
      NodeList texts = sentence.getElementsByTagName("Text");
      if (gold.isEmpty() || texts.getLength() == 0) {
        continue;
      }
      n++;
      String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
      Optional<LocalDate> date = parse(sentence.getAttribute("date"), DateTimeFormatter.BASIC_ISO_DATE);
      Document d = evaluation.analyze("petrarch:" + sentence.getAttribute("id"), text, date);
      Optional<Events.Event> main = EventEvaluation.main(d);
      String predicted = main.map(Events.Event::cameo).orElse("");
      boolean rootOk = !predicted.isEmpty() && gold.stream().anyMatch(g -> g.startsWith(predicted.substring(0, 2)));
      boolean codeOk = gold.contains(predicted);
      root += rootOk ? 1 : 0;
      // the validation dictionary also codes made-up events (root 00, 21 and up) that no CAMEO event stands for and
      // the stage therefore never codes: the figure over records with a CAMEO (01-20) gold code beside the whole one
      if (gold.stream().anyMatch(EvalCodingCommand::isCameo)) {
        cameoN++;
        cameoRoot += rootOk ? 1 : 0;
      }
      code += codeOk ? 1 : 0;
      none += predicted.isEmpty() ? 1 : 0;
      if (verbose) {
        out.printf(Locale.ROOT, "%s\tgold %s\tpredicted %s%s%n", sentence.getAttribute("id"), gold,
            predicted.isEmpty() ? "none" : predicted, main.map(e -> " '" + e.span().of(d.text()) + "'").orElse(""));
      }
    }
    double rootAccuracy = EventEvaluation.ratio(root, n);
    double codeAccuracy = EventEvaluation.ratio(code, n);
    out.printf(Locale.ROOT, "sentences with a gold coding %d, no event predicted for %d%n", n, none);
    out.printf(Locale.ROOT, "CAMEO root accuracy %.4f (%d/%d), full code accuracy %.4f (%d/%d)%n", rootAccuracy, root, n,
        codeAccuracy, code, n);
    double cameoAccuracy = EventEvaluation.ratio(cameoRoot, cameoN);
    out.printf(Locale.ROOT, "records with a CAMEO (01-20) gold code %d, CAMEO root accuracy on them %.4f (%d/%d)%n",
        cameoN, cameoAccuracy, cameoRoot, cameoN);
    out.printf(Locale.ROOT, "{\"task\":\"coding\",\"format\":\"petrarch\",\"n\":%d,\"root_accuracy\":%.4f,\"code_accuracy\":%.4f,"
        + "\"cameo_n\":%d,\"cameo_root_accuracy\":%.4f}%n", n, rootAccuracy, codeAccuracy, cameoN, cameoAccuracy);
  }

  private EventTyper typer() {
    if (typesModel == null) {
      return EventTyper.standard();
    }
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(typesModel))) {
      return new EventTyper(dev.dateline.nlp.learn.LinearModel.read(in, typesModel.toString()));
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.UNUSABLE, "cannot read --types-model " + typesModel + ": " + e.getMessage(), e);
    }
  }

  private static boolean isCameo(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip(), format));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
