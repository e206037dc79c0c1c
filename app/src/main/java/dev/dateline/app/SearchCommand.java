package dev.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.store.Hit;
import dev.dateline.store.SearchQuery;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Search the stored articles.", "Prints a table (id, date, source, title, snippet), or JSON Lines with --json."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the search ran (even with no hits)", "2:usage error", "3:no store, or the store is unusable"})
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Components components;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "Words to search for, taken literally; several are joined into one query. '*' matches every article (filters only).")
  List<String> query;

  @Mixin DataOption data;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this outlet.")
  String source;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this date (2024-08-19).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this date.")
  LocalDate to;

  @Option(names = "--language", paramLabel = "LANG", description = "Only articles in this language (ISO 639-1, e.g. en).")
  String language;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per hit instead of a table.")
  boolean json;

  SearchCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    String text = String.join(" ", query).strip();
    if (text.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "QUERY must not be blank");
    }
    SearchQuery q;
    try {
      q = new SearchQuery(text, Optional.ofNullable(source), Optional.ofNullable(from), Optional.ofNullable(to),
          Optional.ofNullable(language), limit);
    } catch (IllegalArgumentException e) { // the store's own bounds, e.g. on --limit
      throw new ParameterException(spec.commandLine(), Inputs.message(e));
    }
    List<Hit> hits = components.withStore(data.dir, false, store -> store.search(q));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      hits.forEach(h -> out.println(json(h)));
    } else {
      printTable(out, hits);
      if (hits.isEmpty()) {
        spec.commandLine().getErr().println("no articles match '" + text + "' in " + data.dir);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static String json(Hit h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", h.id());
    o.put("score", h.score());
    o.put("title", h.title().orElse(null));
    o.put("url", h.url().orElse(null));
    o.put("source", h.source().orElse(null));
    o.put("published", h.published().orElse(null));
    o.put("snippet", h.snippet());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write hit " + h.id(), e);
    }
  }

  static void printTable(PrintWriter out, List<Hit> hits) {
    String format = "%-16s  %-10s  %-18s  %-40s  %s%n";
    out.printf(Locale.ROOT, format, "ID", "DATE", "SOURCE", "TITLE", "SNIPPET");
    for (Hit h : hits) {
      out.printf(Locale.ROOT, format, h.id(), h.published().map(d -> d.length() > 10 ? d.substring(0, 10) : d).orElse("-"), cut(h.source().orElse("-"), 18),
          cut(h.title().orElse("-"), 40), cut(h.snippet(), 80));
    }
  }

  /** {@code text} on one line, shortened to {@code width} with an ellipsis. */
  static String cut(String text, int width) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "…";
  }
}
