package dev.dateline.extract.eval;

import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Provenance;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Scores an extractor (raw document to article) on the extraction evaluation sets: the Zyte article-extraction
 * benchmark's format (word-shingle precision and recall of the body), trafilatura's evaluation set (segments that
 * must and must not be in the text, counted as trafilatura's own evaluation counts them) and Mozilla Readability's
 * test pages (body shingles against the expected article, title and publication-date accuracy).
 *
 * <p>Each page becomes a {@link RawDocument} of kind HTML whose origin is the page's path, fetched at
 * {@link Instant#EPOCH} (the sets carry no fetch time), with the page URL as supplied metadata where the set gives
 * one. An extractor that throws or returns empty scores that page as an empty text.
 */
public final class ExtractionEval {
  /** Python's white space (str.isspace, which trafilatura's re.sub(r"\s+") follows): Unicode's, and \x1c-\x1f. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ExtractionEval() {}

  /** One evaluation's figures, with per-page lines explaining the misses. */
  public record Report(String format, int n, double precision, double recall, double f1, Map<String, Double> extra, List<String> lines) {
    public Report {
      Objects.requireNonNull(format, "format");
      extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
      lines = List.copyOf(lines);
    }

    /** {"task":"extract","format":...,"n":...,"precision":...,"recall":...,"f1":...} and the extra figures. */
    public String json() {
      StringBuilder b = new StringBuilder("{\"task\":\"extract\",\"format\":").append(Json.quote(format))
          .append(",\"n\":").append(n)
          .append(",\"precision\":").append(number(precision))
          .append(",\"recall\":").append(number(recall))
          .append(",\"f1\":").append(number(f1));
      for (Map.Entry<String, Double> e : extra.entrySet()) {
        b.append(',').append(Json.quote(e.getKey())).append(':').append(number(e.getValue()));
      }
      return b.append('}').toString();
    }

    private static String number(double d) {
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return "null";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return String.format(Locale.ROOT, "%.4f", d);
    }
  }

  /**
   * The Zyte benchmark's format: {@code dir/ground-truth.json} maps page ids to {@code articleBody} and {@code url},
   * pages are {@code dir/html/<id>.html.gz}. Optionally writes the predictions as {@code {"<id>": {"articleBody": ...}}}.
   */
  public static Report zyte(Path dir, Function<RawDocument, Optional<Article>> extractor, Optional<Path> writePredictions)
      throws IOException {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(writePredictions, "writePredictions");
    Map<String, Object> truth = object(readJson(dir.resolve("ground-truth.json")), dir.resolve("ground-truth.json"));
    ShingleMetric metric = new ShingleMetric();
    Map<String, String> predictions = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    int missing = 0;
    for (String id : new TreeMap<>(truth).keySet()) {
      if (!(truth.get(id) instanceof Map<?, ?> item) || !(item.get("articleBody") instanceof String expected)) {
        throw new IOException(dir.resolve("ground-truth.json") + ": page '" + id + "' has no articleBody string");
      }
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        bytes = in.readAllBytes();
      } catch (NoSuchFileException e) {
        missing++;
        lines.add(id + "\tmissing page " + page);
        metric.add(expected, "");
        continue;
      }
      Optional<String> url = item.get("url") instanceof String u && !u.isBlank() ? Optional.of(u) : Optional.empty();
      String predicted = run(extractor, raw(page, bytes, url), lines);
      predictions.put(id, predicted);
      ShingleMetric.Counts c = metric.add(expected, predicted);
      lines.add(String.format(Locale.ROOT, "%s\ttp=%.3f\tfp=%.3f\tfn=%.3f", id, c.tp(), c.fp(), c.fn()));
    }
    if (writePredictions.isPresent()) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<String, String> e : predictions.entrySet()) {
        b.append(first ? "\n" : ",\n").append(Json.quote(e.getKey())).append(": {\"articleBody\": ")
            .append(Json.quote(e.getValue())).append('}');
        first = false;
      }
      b.append("\n}\n");
      Files.writeString(writePredictions.get(), b, StandardCharsets.UTF_8);
    }
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("missing", (double) missing);
    return new Report("zyte", truth.size(), metric.precision(), metric.recall(), metric.f1(), extra, lines);
  }

  /**
   * trafilatura's evaluation set: {@code dir/evaldata.json} maps each URL to a {@code file} under {@code dir/pages}
   * and to the segments that must ({@code with}) and must not ({@code without}) appear in the text. As in
   * trafilatura's {@code tests/eval_common.py}, a segment counts when, white space normalised, it is a substring of
   * the white-space-normalised text; counts are pooled over pages. Entries whose page is absent are skipped.
   * Where an entry gives a {@code title}, a {@code date} (yyyy-mm-dd) or an {@code author} ("; " between names),
   * their accuracies are reported too: the title compared as in {@link #readability}, the authors joined by "; "
   * and compared ignoring case and white space.
   */
  public static Report trafilatura(Path dir, Function<RawDocument, Optional<Article>> extractor) throws IOException {
    Objects.requireNonNull(extractor, "extractor");
    Path evaldata = dir.resolve("evaldata.json");
    Map<String, Object> entries = object(readJson(evaldata), evaldata);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    int n = 0;
    int missing = 0;
    int dates = 0;
    int datesRight = 0;
    int titles = 0;
    int titlesRight = 0;
    int authors = 0;
    int authorsRight = 0;
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Object> e : entries.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> item) || !(item.get("file") instanceof String file)) {
        throw new IOException(evaldata + ": entry '" + e.getKey() + "' has no file");
      }
      Path page = dir.resolve("pages").resolve(file);
      if (!Files.isRegularFile(page)) {
        missing++;
        continue;
      }
      n++;
      Optional<Article> article = apply(extractor, raw(page, Files.readAllBytes(page), Optional.of(e.getKey())), lines);
      String text = norm(article.map(Article::text).orElse(""));
      if (item.get("date") instanceof String date && DAY.matcher(date).matches()) {
        dates++;
        String got = article.flatMap(Article::published).map(p -> p.date().toString()).orElse("");
        if (got.equals(date)) {
          datesRight++;
        } else {
          lines.add(file + "\tdate\texpected " + date + " got '" + got + "'");
        }
      }
      if (item.get("author") instanceof String author && !author.isBlank()) {
        authors++;
        String got = String.join("; ", article.map(Article::authors).orElse(List.of()));
        if (normTitle(author).equals(normTitle(got))) {
          authorsRight++;
        } else {
          lines.add(file + "\tauthor\texpected '" + author + "' got '" + got + "'");
        }
      }
      if (item.get("title") instanceof String title && !title.isBlank()) {
        titles++;
        String got = article.flatMap(Article::title).orElse("");
        if (sameTitle(title, got)) {
          titlesRight++;
        } else {
          lines.add(file + "\ttitle\texpected '" + title + "' got '" + got + "'");
        }
      }
      for (String with : strings(item.get("with"), evaldata, e.getKey())) {
        if (text.contains(norm(with))) {
          tp++;
        } else {
          fn++;
          lines.add(file + "\tmissed\t" + with);
        }
      }
      for (String without : strings(item.get("without"), evaldata, e.getKey())) {
        if (text.contains(norm(without))) {
          fp++;
          lines.add(file + "\tkept\t" + without);
        } else {
          tn++;
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("accuracy", tp + tn + fp + fn == 0 ? 0 : (double) (tp + tn) / (tp + tn + fp + fn));
    extra.put("missing", (double) missing);
    extra.put("title_accuracy", titles == 0 ? 0 : (double) titlesRight / titles);
    extra.put("title_n", (double) titles);
    extra.put("date_accuracy", dates == 0 ? 0 : (double) datesRight / dates);
    extra.put("date_n", (double) dates);
    extra.put("author_accuracy", authors == 0 ? 0 : (double) authorsRight / authors);
    extra.put("author_n", (double) authors);
    return new Report("trafilatura", n, precision, recall, f1, extra, lines);
  }

  /**
   * Mozilla Readability's test pages: each folder of {@code dir} holding {@code source.html},
   * {@code expected.html} and {@code expected-metadata.json}. The body is scored with the Zyte shingle metric
   * against the text of {@code expected.html}. A title is right when it equals the expected one after trimming,
   * collapsing white space and ignoring case; a date is right on the same calendar day as the expected
   * {@code publishedTime} as written (only pages that have one count).
   */
  public static Report readability(Path dir, Function<RawDocument, Optional<Article>> extractor) throws IOException {
    Objects.requireNonNull(extractor, "extractor");
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html"))
          && Files.isRegularFile(p.resolve("expected-metadata.json"))).sorted().toList();
    }
    ShingleMetric metric = new ShingleMetric();
    List<String> lines = new ArrayList<>();
    int titles = 0;
    int titlesRight = 0;
    int titlesExact = 0;
    int dates = 0;
    int datesRight = 0;
    for (Path page : pages) {
      String name = page.getFileName().toString();
      Path metaPath = page.resolve("expected-metadata.json");
      Map<String, Object> meta = object(readJson(metaPath), metaPath);
      Path source = page.resolve("source.html");
      Optional<Article> article = apply(extractor, raw(source, Files.readAllBytes(source), Optional.empty()), lines);
      String expectedText = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8)).text();
      String predicted = article.map(Article::text).orElse("");
      ShingleMetric.Counts c = metric.add(expectedText, predicted);
      lines.add(String.format(Locale.ROOT, "%s\ttp=%.3f\tfp=%.3f\tfn=%.3f", name, c.tp(), c.fp(), c.fn()));
      if (meta.get("title") instanceof String title && !title.isBlank()) {
        titles++;
        String got = article.flatMap(Article::title).orElse("");
        if (normTitle(title).equals(normTitle(got))) {
          titlesExact++;
        }
        if (sameTitle(title, got)) {
          titlesRight++;
        } else {
          lines.add(name + "\ttitle\texpected '" + title + "' got '" + got + "'");
        }
      }
      if (meta.get("publishedTime") instanceof String time && !time.isBlank()) {
        Matcher m = DAY.matcher(time);
        if (!m.find()) {
          throw new IOException(metaPath + ": publishedTime '" + time + "' has no yyyy-mm-dd date");
        }
        dates++;
        String got = article.flatMap(Article::published).map(p -> p.date().toString()).orElse("");
        if (m.group().equals(got)) {
          datesRight++;
        } else {
          lines.add(name + "\tdate\texpected " + time + " got '" + got + "'");
        }
      }
    }
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("title_accuracy", titles == 0 ? 0 : (double) titlesRight / titles);
    extra.put("title_accuracy_exact", titles == 0 ? 0 : (double) titlesExact / titles);
    extra.put("title_n", (double) titles);
    extra.put("date_accuracy", dates == 0 ? 0 : (double) datesRight / dates);
    extra.put("date_n", (double) dates);
    return new Report("readability", pages.size(), metric.precision(), metric.recall(), metric.f1(), extra, lines);
  }

  private static RawDocument raw(Path page, byte[] bytes, Optional<String> url) {
    Provenance provenance = new Provenance(page.toString(), Instant.EPOCH, sha256(bytes));
    SuppliedMetadata supplied = url.map(SuppliedMetadata.NONE::withUrl).orElse(SuppliedMetadata.NONE);
    return new RawDocument(provenance, ContentKind.HTML, bytes, Optional.empty(), supplied);
  }

  private static String run(Function<RawDocument, Optional<Article>> extractor, RawDocument raw, List<String> lines) {
    return apply(extractor, raw, lines).map(Article::text).orElse("");
  }

  private static Optional<Article> apply(Function<RawDocument, Optional<Article>> extractor, RawDocument raw, List<String> lines) {
    try {
      return Objects.requireNonNull(extractor.apply(raw), "the extractor returned null");
    } catch (RuntimeException e) {
      // a crash scores as an empty text, as a failing library would in production
      lines.add(raw.origin() + "\terror\t" + e);
      return Optional.empty();
    }
  }

  static String norm(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»:/\\\\]|::)\\s+");

  /**
   * Whether an extracted title matches an expected one: equal after trimming, collapsing white space and ignoring
   * case, or equal to the expected title without its last or first separator-delimited part. Readability keeps the
   * site name that pages join to titles ("How to Build a Terrarium | eHow"); the extractor removes it by design.
   */
  static boolean sameTitle(String expected, String got) {
    String e = normTitle(expected);
    String g = normTitle(got);
    if (e.equals(g)) {
      return true;
    }
    Matcher m = TITLE_SEPARATOR.matcher(e);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
    }
    return lastStart >= 0 && (e.substring(0, lastStart).strip().equals(g) || e.substring(firstEnd).strip().equals(g));
  }

  static String normTitle(String s) {
    return norm(s).toLowerCase(Locale.ROOT);
  }

  private static Object readJson(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return Json.parse(text).orElseThrow(() -> new IOException(path + ": not valid JSON"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json, Path path) throws IOException {
    if (json instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IOException(path + ": expected a JSON object at the top");
  }

  private static List<String> strings(Object value, Path path, String key) throws IOException {
    if (!(value instanceof List<?> list)) {
      throw new IOException(path + ": entry '" + key + "' lacks a list of segments");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw new IOException(path + ": entry '" + key + "' has a segment that is not a string");
      }
      out.add(s);
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }
}
