package dev.dateline.app;

import java.io.OutputStreamWriter;
import java.lang.ref.Reference;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The `dateline` command: news in, a searchable record out. Subcommands do the work; see --help. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Dateline turns news articles into a searchable, analysed record.", ""},
    footer = {"", "Start with: dateline demo.  Every command takes --help."})
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Lucene logs a hint about the incubating vector module at every start; it is advice for tuning, not news for
    // the user. JUL holds loggers weakly, so the configured one is kept reachable until exit.
    Logger vectorHint = Logger.getLogger("org.apache.lucene.internal.vectorization");
    vectorHint.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(Components.system(), args, out, err);
    Reference.reachabilityFence(vectorHint);
    System.exit(code);
  }

  /** Runs one command line with the given parts and streams; returns the exit status (see {@link ExitCode}). */
  static int run(Components components, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(components);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command tree, every command built with its parts from {@code components}. */
  static CommandLine commandLine(Components components) {
    CommandLine eval = new CommandLine(new EvalCommand())
        .addSubcommand(new EvalExtractCommand(components))
        .addSubcommand(new EvalPosCommand())
        .addSubcommand(new EvalNerCommand())
        .addSubcommand(new EvalQuotesCommand(components))
        .addSubcommand(new EvalCodingCommand())
        .addSubcommand(new EvalEventsCommand())
        .addSubcommand(new EvalTimeCommand(components));
    CommandLine train = new CommandLine(new TrainCommand())
        .addSubcommand(new TrainClustersCommand())
        .addSubcommand(new TrainPosCommand())
        .addSubcommand(new TrainNerCommand())
        .addSubcommand(new TrainQuotesCommand(components))
        .addSubcommand(new TrainEventTypesCommand())
        .addSubcommand(new TrainVectorsCommand());
    CommandLine cl = new CommandLine(new Main())
        .addSubcommand(new IngestCommand(components))
        .addSubcommand(new AnalyzeCommand(components))
        .addSubcommand(new SearchCommand(components))
        .addSubcommand(new ShowCommand(components))
        .addSubcommand(new StatsCommand(components))
        .addSubcommand(new EventsCommand(components))
        .addSubcommand(eval)
        .addSubcommand(train)
        .addSubcommand(new BenchCommand(components))
        .addSubcommand(new DemoCommand(components));
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter err = command.getErr();
      String name = command.getCommandSpec().qualifiedName();
      if (e instanceof CommandFailure f) {
        err.println(name + ": " + f.getMessage());
        return f.exitCode();
      }
      err.println(name + ": internal error: " + e);
      e.printStackTrace(err);
      return ExitCode.UNUSABLE;
    });
    return cl;
  }

  /** The version from the build, for --version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dateline " + Components.version()};
    }
  }
}
