package dev.dateline.extract;

import dev.dateline.extract.charset.Decoded;
import dev.dateline.extract.charset.Decoder;
import dev.dateline.extract.charset.UndecodableException;
import dev.dateline.extract.html.HtmlContent;
import dev.dateline.extract.html.HtmlExtractor;
import dev.dateline.extract.language.LanguageDetector;
import dev.dateline.extract.news.DatelineMatch;
import dev.dateline.extract.news.NewsBody;
import dev.dateline.extract.news.NewsReader;
import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Dateline;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Published;
import dev.dateline.model.RawDocument;
import dev.dateline.model.SuppliedMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of extraction: a {@link RawDocument} in, a clean {@link Article} out. Decodes the bytes, takes
 * the main text out of HTML, reads the news furniture of the body (dateline, credited outlet, disclaimers, pasted
 * headlines, title and byline lines), and settles the metadata, each field from the best evidence there is:
 * supplied metadata first, then the page's, then the text's. The article's offsets map its text back to the
 * decoded input string.
 *
 * <p>Publication date: supplied, else the page's metadata, else the dateline's date, else a date in the URL. A
 * dateline without a year takes it from the supplied or page date when there is one; otherwise from the calendar
 * (see {@link PublicationDates#inferYear}), counted back from the provenance's fetch time, never from the clock.
 *
 * <p>Immutable and thread-safe; {@link #create} loads the lexicons once.
 */
public final class Extractor {
  private final Decoder decoder;
  private final HtmlExtractor html;
  private final NewsReader news;
  private final LanguageDetector languages;

  private Extractor(Decoder decoder, HtmlExtractor html, NewsReader news, LanguageDetector languages) {
    this.decoder = decoder;
    this.html = html;
    this.news = news;
    this.languages = languages;
  }

  public static Extractor create() {
    return new Extractor(Decoder.create(), new HtmlExtractor(), NewsReader.create(), LanguageDetector.create());
  }

  /**
   * Extracts the article in {@code raw}.
   *
   * @throws ExtractionException naming {@code raw.origin()} and the problem: bytes that are no text, an empty or
   *     blank document, a page without main text, a supplied date that is not ISO-8601
   */
  public Article extract(RawDocument raw) throws ExtractionException {
    Objects.requireNonNull(raw, "raw");
    String origin = raw.origin();
    if (raw.content().length == 0) {
      throw new ExtractionException(origin, "the content is empty (0 bytes)");
    }
    Decoded decoded;
    try {
      decoded = decoder.decode(raw.content(), raw.declaredCharset(), raw.kind() == ContentKind.HTML);
    } catch (UndecodableException e) {
      throw new ExtractionException(origin, "cannot decode the content: " + e.getMessage());
    }
    if (decoded.text().isBlank()) {
      throw new ExtractionException(origin, "the content is only whitespace (" + raw.content().length + " bytes)");
    }
    LineEndings lines = LineEndings.normalize(decoded.text());
    SuppliedMetadata supplied = raw.supplied();

    Optional<HtmlContent> page = Optional.empty();
    if (raw.kind() == ContentKind.HTML) {
      HtmlContent content = html.extract(lines.text(), supplied.url());
      if (content.text().isBlank()) {
        throw new ExtractionException(origin, "no main text found in the HTML page (" + decoded.charset().name() + ")");
      }
      page = Optional.of(content);
    }
    return article(raw, lines, page);
  }

  private Article article(RawDocument raw, LineEndings lines, Optional<HtmlContent> page) throws ExtractionException {
    String origin = raw.origin();
    SuppliedMetadata supplied = blanksDropped(raw.supplied());
    String body = page.map(HtmlContent::text).orElse(lines.text());
    OffsetMap bodyOffsets = page.map(HtmlContent::offsets).orElse(OffsetMap.identity());
    Optional<String> knownTitle = supplied.title().or(() -> page.flatMap(HtmlContent::title));
    NewsBody read = news.read(body, raw.kind() == ContentKind.TEXT, knownTitle);
    if (read.text().isBlank()) {
      throw new ExtractionException(origin, "no main text left once disclaimers, title and headlines are removed");
    }
    OffsetMap offsets = Offsets.compose(read.text().length(), read.offsets(), bodyOffsets, lines.offsets());

    Optional<String> url = supplied.url().or(() -> page.flatMap(HtmlContent::canonicalUrl));
    Optional<Published> known = suppliedPublished(origin, supplied).or(() -> page.flatMap(HtmlContent::published));
    LocalDate fetched = raw.provenance().fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    // A full date in the URL outranks a dateline whose year must be inferred, and anchors that year.
    Optional<Published> fromUrl = url.flatMap(PublicationDates::inUrl).map(date -> Published.onDate(date, false, Published.Evidence.URL));
    Optional<Published> anchor = known.or(() -> fromUrl);
    Optional<Dateline> dateline = read.dateline().map(d -> dateline(d, read.text(), anchor, fetched));
    Optional<Published> published = anchor
        .or(() -> dateline.flatMap(d -> d.date().map(date -> Published.onDate(date, d.yearInferred(), Published.Evidence.DATELINE))));

    Optional<String> title = supplied.title().or(() -> page.flatMap(HtmlContent::title)).or(read::title);
    List<String> authors = !supplied.authors().isEmpty() ? supplied.authors()
        : page.map(HtmlContent::authors).filter(a -> !a.isEmpty()).orElse(read.authors());
    Optional<String> source = supplied.source().or(() -> page.flatMap(HtmlContent::siteName)).or(() -> url.flatMap(Extractor::host));
    Optional<String> language = supplied.language().flatMap(Extractor::isoCode)
        .or(() -> page.flatMap(HtmlContent::language).flatMap(Extractor::isoCode))
        .or(() -> languages.detect(read.text()));

    return new Article(Article.idFor(raw.provenance()), raw.provenance(), url, source, title, published, dateline,
        read.creditedSource(), read.syndicated(), language, authors, read.text(), read.removed(), offsets);
  }

  /** Supplied fields that are blank count as absent. */
  private static SuppliedMetadata blanksDropped(SuppliedMetadata s) {
    return new SuppliedMetadata(s.url().filter(v -> !v.isBlank()), s.title().filter(v -> !v.isBlank()),
        s.source().filter(v -> !v.isBlank()), s.published().filter(v -> !v.isBlank()), s.language().filter(v -> !v.isBlank()),
        s.authors().stream().filter(a -> !a.isBlank()).toList());
  }

  private static Optional<Published> suppliedPublished(String origin, SuppliedMetadata supplied) throws ExtractionException {
    if (supplied.published().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationDates.supplied(supplied.published().get()));
    } catch (DateTimeParseException e) {
      throw new ExtractionException(origin,
          "the supplied publication date '" + supplied.published().get() + "' is not an ISO-8601 date or date-time");
    }
  }

  private static Dateline dateline(DatelineMatch match, String text, Optional<Published> known, LocalDate fetched) {
    Optional<LocalDate> date = Optional.empty();
    boolean inferred = false;
    if (match.monthDay().isPresent()) {
      var monthDay = match.monthDay().get();
      if (match.year().isPresent() && monthDay.isValidYear(match.year().get())) {
        date = Optional.of(monthDay.atYear(match.year().get()));
      } else {
        inferred = true;
        int leadEnd = text.indexOf('\n', match.span().end());
        String lead = text.substring(match.span().end(), leadEnd < 0 ? text.length() : leadEnd);
        date = Optional.of(known.map(p -> PublicationDates.nearest(monthDay, p.date()))
            .orElseGet(() -> PublicationDates.inferYear(monthDay, match.weekday(), lead, fetched)));
      }
    }
    return new Dateline(match.place(), date, inferred, match.agency(), match.span());
  }

  /** The host of a URL without "www.". */
  private static Optional<String> host(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      String h = host.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The ISO 639-1 code of a language tag ("en-US", "EN", "en_GB"); tags of other shapes give none. */
  private static Optional<String> isoCode(String tag) {
    String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2}") ? Optional.of(primary) : Optional.empty();
  }
}
