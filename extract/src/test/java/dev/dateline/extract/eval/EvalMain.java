package dev.dateline.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the extraction evaluations with {@link HtmlArticles} and prints their reports: {@code EvalMain <shared dir>
 * [trafilatura|readability|zyte DIR] [-v]}; {@code speed} times the trafilatura pages on one thread.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    String which = args.length > 1 ? args[1] : "all";
    boolean verbose = java.util.Arrays.asList(args).contains("-v");
    HtmlArticles articles = new HtmlArticles();
    if (which.equals("speed")) {
      speed(shared.resolve("datasets/extraction/trafilatura/pages"), articles);
      return;
    }
    if (which.equals("all") || which.equals("trafilatura")) {
      print(ExtractionEval.trafilatura(shared.resolve("datasets/extraction/trafilatura"), articles), verbose);
    }
    if (which.equals("all") || which.equals("readability")) {
      print(ExtractionEval.readability(shared.resolve("datasets/extraction/readability"), articles), verbose);
    }
    if (which.equals("zyte")) {
      print(ExtractionEval.zyte(Path.of(args[2]), articles, Optional.empty()), verbose);
    }
  }

  private static void print(ExtractionEval.Report r, boolean verbose) {
    if (verbose) {
      r.lines().forEach(System.out::println);
    }
    System.out.println(r.json());
  }

  /**
   * Pages per second of {@link dev.dateline.extract.html.HtmlExtractor#extract} alone over all trafilatura pages
   * (decoded beforehand), single thread, six rounds so the JIT settles; the decoding rate is printed apart.
   */
  private static void speed(Path pages, HtmlArticles articles) throws Exception {
    java.util.List<byte[]> raw = new java.util.ArrayList<>();
    try (var s = Files.list(pages)) {
      for (Path p : s.sorted().toList()) {
        raw.add(Files.readAllBytes(p));
      }
    }
    long start = System.nanoTime();
    java.util.List<String> docs = new java.util.ArrayList<>();
    for (byte[] b : raw) {
      docs.add(HtmlArticles.decode(b));
    }
    System.out.printf(java.util.Locale.ROOT, "decoding (first pass): %.1f pages/s%n", raw.size() / ((System.nanoTime() - start) / 1e9));
    var extractor = new dev.dateline.extract.html.HtmlExtractor();
    for (int round = 0; round < 6; round++) {
      start = System.nanoTime();
      long chars = 0;
      for (String d : docs) {
        chars += extractor.extract(d, Optional.empty()).text().length();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(java.util.Locale.ROOT, "round %d: %d pages in %.2f s = %.1f pages/s (%d chars)%n", round, docs.size(), secs,
          docs.size() / secs, chars);
    }
  }
}
