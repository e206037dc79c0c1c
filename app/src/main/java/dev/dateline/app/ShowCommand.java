package dev.dateline.app;

import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Removed;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Show one stored article, analysed afresh.", "Readable text, or with --json its analyze record."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:no article with that id", "2:usage error", "3:no store, or the store is unusable"})
final class ShowCommand implements Callable<Integer> {
  private final Components components;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The article id (16 hex digits, as search prints it).")
  String id;

  @Mixin DataOption data;

  @Mixin StageOptions stages;

  @Option(names = "--json", description = "Print the analyze record (one line of JSON) instead.")
  boolean json;

  ShowCommand(Components components) {
    this.components = components;
  }

  @Override
  public Integer call() {
    var pipeline = stages.pipeline(components.stages(), spec.commandLine());
    Optional<Article> article = components.withStore(data.dir, false, store -> store.get(id.strip()));
    if (article.isEmpty()) {
      spec.commandLine().getErr().println("no article with id '" + id + "' in " + data.dir);
      return ExitCode.SOME_FAILED;
    }
    Document document = pipeline.run(article.get());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(components.record().line(document, stages.omitted()));
    } else {
      print(out, document);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, Document document) {
    Article a = document.article();
    out.println(a.title().orElse("(no title)"));
    out.println("id          " + a.id());
    out.println("source      " + a.source().orElse("-") + a.creditedSource().map(c -> " (credits " + c + ")").orElse(""));
    out.println("url         " + a.url().orElse("-"));
    out.println("published   " + a.published().map(p -> p.iso() + (p.inferred() ? " (inferred)" : "")).orElse("-"));
    a.dateline().ifPresent(d -> out.println("dateline    " + d.place() + d.date().map(x -> ", " + x).orElse("")
        + d.agency().map(x -> " (" + x + ")").orElse("")));
    out.println("language    " + a.language().orElse("-") + (a.syndicated() ? "   syndicated" : ""));
    if (!a.authors().isEmpty()) {
      out.println("authors     " + String.join("; ", a.authors()));
    }
    document.keys().forEach(k -> out.println(String.format(Locale.ROOT, "%-11s %d", k.name(), document.require(k).items().size())));
    out.println();
    out.println(a.text());
    if (!a.removed().isEmpty()) {
      out.println();
      out.println("removed from the body:");
      for (Removed r : a.removed()) {
        out.println("  [" + r.kind().name().toLowerCase(Locale.ROOT) + "] " + SearchCommand.cut(r.text(), 100));
      }
    }
  }
}
