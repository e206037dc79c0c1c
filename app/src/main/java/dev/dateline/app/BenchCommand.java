package dev.dateline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dateline.extract.ExtractionException;
import dev.dateline.extract.Extractor;
import dev.dateline.ingest.Sink;
import dev.dateline.model.Article;
import dev.dateline.model.Document;
import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.tokens.TokenStage;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Measure throughput and peak heap of extraction and analysis.",
        "Loads the corpus's raw documents into memory first (no network), runs extraction and the selected stages",
        "over it once per warm-up pass, then once timed, with N threads.",
        "tokens/s counts the tokens of the extracted texts with the tokens stage's tokenizer, outside the timed",
        "run, whether or not the tokens stage is selected, so figures for different --stages compare.",
        "cpu_seconds is the CPU time of the worker threads in the timed run (GC and JIT threads not included);",
        "stage_cpu_seconds splits it by extraction and stage (the thread's CPU clock read before and after each).",
        "The last line is one JSON object."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:measured", "2:usage error", "3:no document could be loaded"})
final class BenchCommand implements Callable<Integer> {
  static final String EXTRACT = "extract";
  private static final double MB = 1024.0 * 1024.0;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Components components;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "A corpus: a directory or file ingest can read, e.g. ../shared/datasets/bbc.")
  Path path;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Stages after extraction, by name without version (default: all). 'extract' alone measures extraction only.")
  List<String> stages;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Untimed passes before the timed one (default: ${DEFAULT-VALUE}).")
  int warmup;

  BenchCommand(Components components) {
    this.components = components;
  }

  /** What one pass over the corpus did. */
  /** {@code stageCpuNanos[0]} is extraction, {@code [i + 1]} the pipeline's stage i, summed over the workers. */
  private record Pass(long articles, long failed, List<Article> extracted, double cpuSeconds, long[] stageCpuNanos) {}

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.exists(path)) {
      throw new ParameterException(spec.commandLine(), "PATH '" + path + "' does not exist");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--warmup must not be negative, got " + warmup);
    }
    List<String> stageNames = stageNames();
    try {
      components.stages().pipeline(stageNames);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--stages: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    long loadStart = System.nanoTime();
    List<RawDocument> corpus = load(err);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    if (corpus.isEmpty()) {
      throw new CommandFailure(ExitCode.UNUSABLE, "no document could be loaded from " + path);
    }
    long rawBytes = corpus.stream().mapToLong(r -> r.content().length).sum();
    out.printf(Locale.ROOT, "corpus      %s: %d documents, %.1f MB raw, loaded in %.1f s%n", path, corpus.size(), rawBytes / MB, loadSeconds);
    List<String> reported = new ArrayList<>();
    reported.add(EXTRACT);
    reported.addAll(stageNames);
    out.printf(Locale.ROOT, "stages      %s; threads %d; warm-up passes %d%n", String.join(", ", reported), threads, warmup);
    out.flush();

    // each worker's extractor and pipeline (models, lexicons) are built once, outside the timed passes: loading is a
    // start-up cost, reported on its own, not a per-article one
    long setupStart = System.nanoTime();
    List<Worker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(new Worker(components.extractor(), components.stages().pipeline(stageNames)));
    }
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    out.printf(Locale.ROOT, "setup       extractor and pipeline for %d thread(s) built in %.2f s (not timed below)%n", threads, setupSeconds);
    out.flush();
    Pass timed;
    double seconds;
    HeapSampler heap = new HeapSampler();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      heap.start();
      for (int i = 0; i < warmup; i++) {
        run(pool, corpus, workers, false);
      }
      long start = System.nanoTime();
      timed = run(pool, corpus, workers, true);
      seconds = (System.nanoTime() - start) / 1e9;
    } finally {
      heap.stop();
      pool.shutdownNow();
    }
    long tokens = countTokens(timed.extracted());
    double articlesPerSecond = timed.articles() / seconds;
    double tokensPerSecond = tokens / seconds;
    out.printf(Locale.ROOT, "articles    %d analysed, %d failed, in %.3f s: %.1f articles/s%n", timed.articles(), timed.failed(), seconds, articlesPerSecond);
    out.printf(Locale.ROOT, "tokens      %d: %.0f tokens/s (counted with tokens.v2 outside the timed run)%n", tokens, tokensPerSecond);
    out.printf(Locale.ROOT, "cpu         %.3f s on the worker threads (without GC and JIT threads): %.0f tokens per CPU second%n",
        timed.cpuSeconds(), tokens / timed.cpuSeconds());
    for (int i = 0; i < reported.size(); i++) {
      double stageSeconds = timed.stageCpuNanos()[i] / 1e9;
      out.printf(Locale.ROOT, "  %-12s %.3f CPU s (%4.1f%%): %.0f tokens per CPU second%n", reported.get(i), stageSeconds,
          100 * stageSeconds / timed.cpuSeconds(), tokens / stageSeconds);
    }
    if (stagesSeconds(reported, timed) > 0) {
      out.printf(Locale.ROOT, "stages      %.3f CPU s in the analysis stages (extraction left out): %.0f tokens per CPU second%n",
          stagesSeconds(reported, timed), tokens / stagesSeconds(reported, timed));
    }
    out.printf(Locale.ROOT, "heap        peak %.1f MB used (sampled every %d ms); heap pools' peaks add up to %.1f MB%n",
        heap.sampledPeak() / MB, HeapSampler.PERIOD_MILLIS, heap.poolPeaks() / MB);
    out.println(json(reported, timed, seconds, setupSeconds, tokens, heap));
    out.flush();
    return ExitCode.OK;
  }

  private List<String> stageNames() {
    if (stages == null) {
      return components.stages().names();
    }
    return stages.stream().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(EXTRACT)).toList();
  }

  private List<RawDocument> load(PrintWriter err) {
    List<RawDocument> corpus = new ArrayList<>();
    // no feed links followed: a benchmark must not touch the network
    var ingest = components.ingest(SuppliedMetadata.NONE, false);
    Inputs.read(ingest, List.of(path.toString()), components.stdin(), new Sink() {
      @Override
      public void accept(RawDocument document) {
        corpus.add(document);
      }

      @Override
      public void fail(Failure failure) {
        Inputs.report(err, failure);
      }
    });
    return corpus;
  }

  /** One worker thread's own extractor and pipeline, reused by every pass. */
  private record Worker(Extractor extractor, Pipeline pipeline) {}

  /** One pass: each worker, with its own extractor and pipeline, takes the next document until none is left. */
  private Pass run(ExecutorService pool, List<RawDocument> corpus, List<Worker> workers, boolean keep) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong failed = new AtomicLong();
    List<Article> extracted = Collections.synchronizedList(new ArrayList<>());
    AtomicLong articles = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    long[] stageNanos = new long[workers.get(0).pipeline().stages().size() + 1];
    List<Future<?>> running = new ArrayList<>();
    for (Worker worker : workers) {
      Extractor extractor = worker.extractor();
      Pipeline pipeline = worker.pipeline();
      running.add(pool.submit(() -> {
        long[] spent = new long[stageNanos.length - 1];
        long extracting = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
          try {
            long extractStart = THREADS.getCurrentThreadCpuTime();
            Article article = extractor.extract(corpus.get(i));
            extracting += THREADS.getCurrentThreadCpuTime() - extractStart;
            Document document = pipeline.run(Document.of(article), THREADS::getCurrentThreadCpuTime, spent);
            articles.incrementAndGet();
            if (keep) {
              extracted.add(document.article());
            }
          } catch (ExtractionException | RuntimeException e) {
            failed.incrementAndGet();
          }
        }
        cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
        synchronized (stageNanos) {
          stageNanos[0] += extracting;
          for (int s = 0; s < spent.length; s++) {
            stageNanos[s + 1] += spent[s];
          }
        }
      }));
    }
    for (Future<?> w : running) {
      try {
        w.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a bench worker died", e.getCause());
      }
    }
    synchronized (stageNanos) {
      return new Pass(articles.get(), failed.get(), List.copyOf(extracted), cpuNanos.get() / 1e9, stageNanos.clone());
    }
  }

  private static long countTokens(List<Article> articles) {
    TokenStage tokenizer = new TokenStage();
    long n = 0;
    for (Article a : articles) {
      n += tokenizer.apply(Document.of(a)).require(Tokens.KEY).items().size();
    }
    return n;
  }

  private String json(List<String> reported, Pass timed, double seconds, double setupSeconds, long tokens, HeapSampler heap) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("task", "bench");
    reported.forEach(o.putArray("stages")::add);
    o.put("threads", threads);
    o.put("warmup", warmup);
    o.put("documents", timed.articles() + timed.failed());
    o.put("articles", timed.articles());
    o.put("failed", timed.failed());
    o.put("setup_seconds", round(setupSeconds, 3));
    o.put("seconds", round(seconds, 3));
    o.put("articles_per_s", round(timed.articles() / seconds, 1));
    o.put("tokens", tokens);
    o.put("tokens_per_s", Math.round(tokens / seconds));
    // the workers' own CPU time: steadier than the wall clock on a shared machine, where other processes take turns
    o.put("cpu_seconds", round(timed.cpuSeconds(), 3));
    // each stage's share of that CPU time, read from the worker thread's CPU clock before and after the stage
    ObjectNode perStage = o.putObject("stage_cpu_seconds");
    for (int i = 0; i < reported.size(); i++) {
      perStage.put(reported.get(i), round(timed.stageCpuNanos()[i] / 1e9, 3));
    }
    // the analysis stages alone, without extraction: what "the stages run at N tokens/s on one core" measures
    if (stagesSeconds(reported, timed) > 0) {
      o.put("stages_tokens_per_cpu_s", Math.round(tokens / stagesSeconds(reported, timed)));
    } else {
      o.putNull("stages_tokens_per_cpu_s"); // extraction alone
    }
    o.put("peak_heap_mb", round(heap.sampledPeak() / MB, 1));
    o.put("heap_pools_peak_mb", round(heap.poolPeaks() / MB, 1));
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the bench result", e);
    }
  }

  /** The worker threads' CPU seconds in the analysis stages, extraction not counted. */
  private static double stagesSeconds(List<String> reported, Pass timed) {
    long nanos = 0;
    for (int i = 0; i < reported.size(); i++) {
      if (!reported.get(i).equals(EXTRACT)) {
        nanos += timed.stageCpuNanos()[i];
      }
    }
    return nanos / 1e9;
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  /**
   * Peak heap use: the largest used heap seen by a thread sampling the memory bean, and the sum of the heap pools'
   * own peak usage since the start (an upper bound, as pools peak at different moments).
   */
  static final class HeapSampler {
    static final int PERIOD_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    void start() {
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      running = true;
      thread = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(PERIOD_MILLIS);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      if (thread != null) {
        thread.join();
      }
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long sampledPeak() {
      return peak.get();
    }

    long poolPeaks() {
      return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
  }
}
