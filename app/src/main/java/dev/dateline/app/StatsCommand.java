package dev.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.model.Failure;
import dev.dateline.store.EventStats;
import dev.dateline.store.Stats;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Show what the store holds.", "Articles, events, failures, articles by source and by language, the date range."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error", "3:no store, or the store is unusable"})
final class StatsCommand implements Callable<Integer> {
  private static final int FAILURES_SHOWN = 10;

  private final Components components;

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  StatsCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    components.withStore(data.dir, false, store -> {
      if (json) {
        out.println(json(store.stats(), store.eventStats()));
      } else {
        print(out, store.stats(), store.eventStats(), store.failures());
      }
      return null;
    });
    out.flush();
    return ExitCode.OK;
  }

  static String json(Stats stats, EventStats events) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", stats.articles());
    o.put("events", events.events());
    o.put("articles_unanalysed", events.unanalysed());
    o.put("failures", stats.failures());
    ObjectNode bySource = o.putObject("by_source");
    stats.bySource().forEach(bySource::put);
    ObjectNode byLanguage = o.putObject("by_language");
    stats.byLanguage().forEach(byLanguage::put);
    o.put("earliest", stats.earliest().map(Object::toString).orElse(null));
    o.put("latest", stats.latest().map(Object::toString).orElse(null));
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write stats", e);
    }
  }

  static void print(PrintWriter out, Stats stats, EventStats events, List<Failure> failures) {
    out.printf(Locale.ROOT, "articles    %d%n", stats.articles());
    out.printf(Locale.ROOT, "events      %d%s%n", events.events(), events.unanalysed() == 0 ? ""
        : " (" + events.unanalysed() + " articles stored without analysis have none listed; ingest them again without --no-analysis)");
    out.printf(Locale.ROOT, "failures    %d%n", stats.failures());
    out.printf(Locale.ROOT, "published   %s to %s%n",
        stats.earliest().map(Object::toString).orElse("?"), stats.latest().map(Object::toString).orElse("?"));
    table(out, "by source", stats.bySource());
    table(out, "by language", stats.byLanguage());
    if (!failures.isEmpty()) {
      out.println("last failures:");
      failures.subList(Math.max(0, failures.size() - FAILURES_SHOWN), failures.size())
          .forEach(f -> out.println("  " + f.origin() + ": " + f.problem()));
    }
  }

  private static void table(PrintWriter out, String heading, Map<String, Long> counts) {
    out.println(heading + ":");
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.printf(Locale.ROOT, "  %-30s %d%n", e.getKey(), e.getValue()));
  }
}
