package dev.dateline.extract.news;

import dev.dateline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the news furniture of a body text: cuts syndication disclaimers, related headlines pasted into the body
 * (Title Case lines standing alone only in bare text, where no markup told headings apart), a byline line and (for
 * bare text) the headline line; then reads the dateline at the start of what is left and
 * the outlet the text credits. Loads its data files once; immutable and thread-safe.
 *
 * <p>The headline of a bare text is its first line when that line {@linkplain HeadlineShape#isStandaloneTitle looks
 * like a title} (short, no final period, not speech); or its second line when it does, ends with no punctuation at
 * all, and the first is a complete sentence (a standfirst put above the headline). Either way some body must follow, and a first line opening with a
 * dateline is the story, not a title.
 */
public final class NewsReader {
  /** How many opening lines may hold a byline or the headline. */
  private static final int HEADER_LINES = 4;

  private final Disclaimers disclaimers;
  private final HeadlineShape shape;
  private final RelatedHeadlines related;
  private final DatelineParser datelines;
  private final Credits credits;

  private NewsReader(Disclaimers disclaimers, HeadlineShape shape, DatelineParser datelines, Credits credits) {
    this.disclaimers = disclaimers;
    this.shape = shape;
    this.related = RelatedHeadlines.load(shape);
    this.datelines = datelines;
    this.credits = credits;
  }

  /** A reader with the lexicons and patterns shipped in this package. */
  public static NewsReader create() {
    Credits credits = Credits.load();
    return new NewsReader(Disclaimers.load(), HeadlineShape.load(), DatelineParser.load(n -> credits.outlet(n).isPresent()), credits);
  }

  /**
   * Reads {@code text}; {@code bareText} says the text came without markup, so its first lines may be the headline.
   * The returned offsets map the returned text to offsets of {@code text}.
   */
  public NewsBody read(String text, boolean bareText) {
    return read(text, bareText, Optional.empty());
  }

  /**
   * Reads {@code text} as {@link #read(String, boolean)} does; a first line that repeats {@code knownTitle} (the
   * page's or the supplied title; case and spacing aside) is cut as the TITLE whatever its shape.
   */
  public NewsBody read(String text, boolean bareText, Optional<String> knownTitle) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(knownTitle, "knownTitle");
    Disclaimers.Found found = disclaimers.find(text);
    List<Cut> cuts = new ArrayList<>(found.cuts());
    List<String> authors = new ArrayList<>();
    Optional<String> title = Optional.empty();

    List<int[]> header = headerLines(text, cuts);
    List<int[]> titleCandidates = new ArrayList<>();
    for (int[] line : header) {
      Optional<List<String>> byline = Bylines.authors(text.substring(line[0], line[1]));
      if (byline.isPresent() && authors.isEmpty()) {
        authors.addAll(byline.get().stream().filter(a -> credits.outlet(a).isEmpty()).toList());
        cuts.add(Cut.line(text, line[0], line[1], Removed.Kind.BYLINE));
      } else {
        titleCandidates.add(line);
      }
    }
    Optional<int[]> repeated = titleCandidates.isEmpty() ? Optional.empty()
        : knownTitle.map(NewsReader::comparable).filter(t -> !t.isEmpty())
            .filter(t -> t.equals(comparable(text.substring(titleCandidates.getFirst()[0], titleCandidates.getFirst()[1]))))
            .map(t -> titleCandidates.getFirst());
    if (repeated.isPresent()) {
      int[] line = repeated.get();
      Cut cut = Cut.line(text, line[0], line[1], Removed.Kind.TITLE);
      cuts.add(cut);
      title = Optional.of(cut.text());
    } else if (bareText) {
      Optional<int[]> titleLine = titleLine(text, titleCandidates);
      if (titleLine.isPresent()) {
        int[] line = titleLine.get();
        Cut cut = Cut.line(text, line[0], line[1], Removed.Kind.TITLE);
        cuts.add(cut);
        title = Optional.of(cut.text());
      }
    }
    cuts.addAll(related.find(text, cuts, bareText));
    Rewrite rewrite = Rewrite.apply(text, cuts);

    Optional<DatelineMatch> dateline = dateline(rewrite.text());
    // A known agency in the dateline is counted where it stands in the text; an unknown one is counted here.
    List<String> agencyCredit = dateline.flatMap(DatelineMatch::agency)
        .filter(agency -> credits.outlet(agency).isEmpty())
        .map(List::of)
        .orElse(List.of());
    Optional<String> credited = credits.mostCredited(rewrite.text(), agencyCredit);
    return new NewsBody(rewrite.text(), rewrite.offsets(), title, authors, dateline, credited, found.syndicated(),
        rewrite.removed());
  }

  /**
   * The dateline opening the body: at its start, or at the start of its second paragraph when the first is short
   * enough to be a headline or kicker that stayed in the text.
   */
  private Optional<DatelineMatch> dateline(String text) {
    Optional<DatelineMatch> first = datelines.parse(text, 0);
    if (first.isPresent()) {
      return first;
    }
    int lineEnd = text.indexOf('\n');
    if (lineEnd < 0 || lineEnd > HeadlineShape.MAX_TITLE_CHARS) {
      return Optional.empty();
    }
    int next = lineEnd;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() ? datelines.parse(text, next) : Optional.empty();
  }

  /** A title as compared: lower case, spaces collapsed, a final period dropped. */
  private static String comparable(String title) {
    String t = HeadlineShape.trim(title).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  /** The first non-blank lines not already cut. */
  private static List<int[]> headerLines(String text, List<Cut> cuts) {
    List<int[]> out = new ArrayList<>();
    for (int[] line : Lines.of(text)) {
      if (out.size() == HEADER_LINES) {
        break;
      }
      if (text.substring(line[0], line[1]).isBlank() || cuts.stream().anyMatch(c -> c.overlaps(line[0], line[1]))) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  private Optional<int[]> titleLine(String text, List<int[]> candidates) {
    if (candidates.size() < 2) {
      return Optional.empty();
    }
    String first = HeadlineShape.trim(text.substring(candidates.get(0)[0], candidates.get(0)[1]));
    if (datelines.parse(first, 0).isPresent()) {
      return Optional.empty(); // the story itself begins here
    }
    if (shape.isStandaloneTitle(first)) {
      return Optional.of(candidates.get(0));
    }
    String second = HeadlineShape.trim(text.substring(candidates.get(1)[0], candidates.get(1)[1]));
    // Below a standfirst only an unpunctuated line is a headline: a question there opens the story.
    if (candidates.size() >= 3 && HeadlineShape.endsSentence(first) && !HeadlineShape.endsSentence(second)
        && shape.isStandaloneTitle(second) && datelines.parse(second, 0).isEmpty()) {
      return Optional.of(candidates.get(1));
    }
    return Optional.empty();
  }
}
