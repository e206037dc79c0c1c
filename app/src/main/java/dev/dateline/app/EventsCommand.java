package dev.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Document;
import dev.dateline.model.Events;
import dev.dateline.store.EventHit;
import dev.dateline.store.EventQuery;
import dev.dateline.store.EventStats;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "List the stored events: who did what to whom, where and when, with the article each was read from.",
        "Events are extracted at ingest. Prints a table (latest event date first), or JSON Lines with --format jsonl.",
        "Every filter given must hold."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed (even none)", "2:usage error, e.g. a bad date or an unknown type", "3:no store, or the store is unusable"})
final class EventsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Components components;

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--actor", paramLabel = "NAME|CODE",
      description = "Only events with this actor: a name or part of one (Blinken), case-insensitive, or a CAMEO actor code or its prefix (USAGOV, USA).")
  String actor;

  @Option(names = "--target", paramLabel = "NAME|CODE", description = "Only events with this target, as for --actor.")
  String target;

  @Option(names = "--type", paramLabel = "TYPE[,TYPE...]",
      description = "Only events of these PLOVER types, case-insensitive: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, STATEMENT.")
  String type;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Only events dated on or after this day (2024-02-07), month (2024-02) or year (2024); the event's date, not the article's.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events dated on or before this day, month or year.")
  String to;

  @Option(names = "--place", paramLabel = "NAME", description = "Only events placed in a place of this name or part of one (Tel Aviv).")
  String place;

  @Option(names = "--modality", paramLabel = "M[,M...]",
      description = "Only events with these modalities: asserted, planned, possible, hoped, negated, claimed, ongoing.")
  String modality;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most this many events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or jsonl: one JSON object per event, {article_id, url, title, published, event}.")
  String format;

  EventsCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    boolean jsonl = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "table" -> false;
      case "jsonl" -> true;
      default -> throw usage("--format '" + format + "' is not a format; use table or jsonl");
    };
    if (limit < 1) {
      throw usage("--limit must be at least 1, got " + limit);
    }
    Optional<LocalDate> first = Optional.ofNullable(from).map(v -> day("--from", v, true));
    Optional<LocalDate> last = Optional.ofNullable(to).map(v -> day("--to", v, false));
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      throw usage("--from " + from + " is after --to " + to);
    }
    EventQuery query;
    try {
      query = new EventQuery(text("--actor", actor), text("--target", target),
          names("--type", type, Events.Type.class, Events.Type::name), first, last, text("--place", place),
          names("--modality", modality, Events.Modality.class, m -> m.name().toLowerCase(Locale.ROOT)), limit);
    } catch (IllegalArgumentException e) { // the store's own bounds, e.g. on --limit
      throw usage(Inputs.message(e));
    }
    record Found(List<EventHit> hits, EventStats stats) {}
    Found found = components.withStore(data.dir, false, store -> new Found(store.events(query), store.eventStats()));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jsonl) {
      found.hits().forEach(h -> out.println(json(h)));
    } else {
      printTable(out, found.hits());
    }
    out.flush();
    EventStats stats = found.stats();
    if (stats.unanalysed() > 0) {
      err.println("note: " + stats.unanalysed() + " of " + (stats.analysed() + stats.unanalysed()) + " articles in " + data.dir
          + " were stored without analysis, so their events are not listed; ingest them again without --no-analysis to add them");
    }
    if (found.hits().isEmpty()) {
      err.println("no events match in " + data.dir + " (" + stats.events() + " events stored from " + stats.analysed() + " analysed articles)");
    }
    return ExitCode.OK;
  }

  /** The event's record as in the analyze record's events layer, with its article's id, URL, title and date. */
  static String json(EventHit h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article_id", h.article().id());
    o.put("url", h.article().url().orElse(null));
    o.put("title", h.article().title().orElse(null));
    o.put("published", h.article().published().map(p -> p.iso()).orElse(null));
    Document document = Document.of(h.article());
    JsonNode items = EventLayer.mapper().toJson(new Events(List.of(h.event())), document, JsonNodeFactory.instance);
    o.set("event", items.get(0));
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write event " + h.event().id() + " of " + h.article().id(), e);
    }
  }

  static void printTable(PrintWriter out, List<EventHit> hits) {
    String format = "%-10s  %-9s  %-8s  %-24s  %-24s  %-14s  %-14s  %-16s  %s%n";
    out.printf(Locale.ROOT, format, "DATE", "TYPE", "MODALITY", "ACTORS", "TARGETS", "PLACE", "TRIGGER", "ARTICLE", "URL");
    for (EventHit h : hits) {
      Events.Event e = h.event();
      String text = h.article().text();
      out.printf(Locale.ROOT, format, e.date().map(Events.EventDate::value).orElse("-"), e.type().name(),
          e.modality().name().toLowerCase(Locale.ROOT), SearchCommand.cut(participants(e.actors()), 24),
          SearchCommand.cut(participants(e.targets()), 24), SearchCommand.cut(e.place().map(Events.Place::name).orElse("-"), 14),
          SearchCommand.cut(e.span().of(text), 14), h.article().id(), h.article().url().orElse("-"));
    }
  }

  private static String participants(List<Events.Participant> participants) {
    if (participants.isEmpty()) {
      return "-";
    }
    return participants.stream().map(p -> p.name() + p.code().map(c -> " (" + c + ")").orElse("")).collect(Collectors.joining("; "));
  }

  private Optional<String> text(String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank()) {
      throw usage(option + " must not be blank");
    }
    return Optional.of(value.strip());
  }

  /** A day, month or year; a month or year stands for its first day in --from and its last in --to. */
  private LocalDate day(String option, String value, boolean start) {
    String v = value.strip();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return start ? m.atDay(1) : m.atEndOfMonth();
      }
      if (v.matches("\\d{4}")) {
        Year y = Year.parse(v);
        return start ? y.atDay(1) : y.atMonth(12).atEndOfMonth();
      }
    } catch (DateTimeException e) {
      throw usage(option + " '" + value + "' is not a valid date: " + reason(e) + " (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }
    throw usage(option + " '" + value + "' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
  }

  private static String reason(DateTimeException e) {
    // "Text '2024-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13" -> after the prefix
    String m = e.getMessage();
    String prefix = "could not be parsed: ";
    int at = m.indexOf(prefix);
    return at >= 0 ? m.substring(at + prefix.length()) : m;
  }

  /** Comma-separated names of an enum's constants, case-insensitive; an unknown one is a usage error listing them all. */
  private <E extends Enum<E>> Set<E> names(String option, String value, Class<E> type, Function<E, String> shown) {
    if (value == null) {
      return Set.of();
    }
    Set<E> out = EnumSet.noneOf(type);
    for (String part : value.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        throw usage(option + " '" + value + "' has an empty item");
      }
      E match = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> usage(option + " '" + name + "' is unknown; use one of: "
              + Arrays.stream(type.getEnumConstants()).map(shown).collect(Collectors.joining(", "))));
      out.add(match);
    }
    return out;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
