package dev.dateline.nlp.quotes;

import dev.dateline.model.Quotes;
import dev.dateline.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PolNeAR attribution corpus in its brat stand-off layout: a folder with {@code text/NAME.txt} (UTF-8) and
 * {@code attributions/NAME_ANNOTATOR.ann}, whose {@code T} lines give a role ({@code Source}, {@code Cue},
 * {@code Content}) and its character ranges ({@code 110 112}, several joined by {@code ;} when discontinuous),
 * counted in Unicode code points as Python counts them; they are turned into UTF-16 offsets here. Other labels
 * (Attribution, Discard, Discuss) and the {@code E} relation lines are not needed to score roles and are skipped, as
 * are the continuation lines of a span text that holds a line break.
 */
public final class Polnear {
  private Polnear() {}

  /** The three roles of an attribution. */
  public enum Role {
    SOURCE("Source"),
    CUE("Cue"),
    CONTENT("Content");

    final String label;

    Role(String label) {
      this.label = label;
    }
  }

  /**
   * One article: its name, its text and the gold spans of each role. A discontinuous span is taken from the
   * beginning of its first range to the end of its last.
   */
  public record Doc(String name, String text, Map<Role, List<Span>> gold) {
    public Doc {
      Map<Role, List<Span>> copy = new EnumMap<>(Role.class);
      for (Role r : Role.values()) {
        copy.put(r, List.copyOf(gold.getOrDefault(r, List.of())));
      }
      gold = copy;
    }
  }

  /**
   * Every article of {@code dir}, sorted by name; an article with several annotators' files takes the first by name.
   *
   * @throws IOException naming the file and line of a malformed annotation, or a missing text
   */
  public static List<Doc> read(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(dir + " has no text/ and attributions/ folders (the PolNeAR layout)");
    }
    Map<String, Path> byName = new TreeMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String file = p.getFileName().toString();
        int cut = file.lastIndexOf('_');
        String name = cut > 0 ? file.substring(0, cut) : file.substring(0, file.length() - 4);
        byName.putIfAbsent(name, p);
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : byName.entrySet()) {
      Path text = texts.resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(text)) {
        throw new IOException(e.getValue() + ": no text file " + text);
      }
      String t = Files.readString(text, StandardCharsets.UTF_8);
      docs.add(new Doc(e.getKey(), t, parse(e.getValue(), t)));
    }
    return docs;
  }

  private static Map<Role, List<Span>> parse(Path ann, String text) throws IOException {
    Map<Role, List<Span>> out = new EnumMap<>(Role.class);
    int number = 0;
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      number++;
      if (!line.startsWith("T")) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      if (fields.length < 2 || !fields[0].matches("T\\d+")) {
        continue;
      }
      int space = fields[1].indexOf(' ');
      if (space < 0) {
        throw new IOException(ann + ": line " + number + ": no ranges in '" + line + "'");
      }
      Role role = null;
      for (Role r : Role.values()) {
        if (r.label.equals(fields[1].substring(0, space))) {
          role = r;
        }
      }
      if (role == null) {
        continue;
      }
      int begin = Integer.MAX_VALUE;
      int end = -1;
      try {
        for (String range : fields[1].substring(space + 1).split(";")) {
          String[] be = range.strip().split(" ");
          begin = Math.min(begin, Integer.parseInt(be[0]));
          end = Math.max(end, Integer.parseInt(be[1]));
        }
      } catch (RuntimeException ex) {
        throw new IOException(ann + ": line " + number + ": malformed ranges in '" + line + "'", ex);
      }
      int points = text.codePointCount(0, text.length());
      if (begin > end || end > points) {
        throw new IOException(ann + ": line " + number + ": range " + begin + "-" + end + " outside the text ("
            + points + " characters)");
      }
      out.computeIfAbsent(role, k -> new ArrayList<>())
          .add(new Span(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)));
    }
    return out;
  }

  /**
   * The role spans a quotes layer predicts: each statement's content, cue, and source where the source is written
   * in that attribution (a speaker carried over from an earlier attribution is that one's source, counted once).
   */
  public static Map<Role, List<Span>> predicted(Quotes quotes) {
    Map<Role, List<Span>> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      out.put(r, new ArrayList<>());
    }
    List<Span> contents = out.get(Role.CONTENT);
    Quotes.Quote previous = null;
    for (Quotes.Quote q : quotes.items()) {
      if (continues(previous, q)) {
        // PolNeAR marks a quote split by its attribution ("A," she said. "B.") as one content from A to B
        Span first = contents.removeLast();
        contents.add(new Span(first.begin(), q.span().end()));
        previous = q;
        continue;
      }
      contents.add(q.span());
      previous = q;
      q.cue().ifPresent(c -> out.get(Role.CUE).add(c));
      q.speaker().map(Quotes.Speaker::span).filter(s -> !out.get(Role.SOURCE).contains(s))
          .ifPresent(s -> out.get(Role.SOURCE).add(s));
    }
    return out;
  }

  /** Most characters between the two halves of a split quote: room for the cue and source, not another sentence. */
  static final int SPLIT_GAP = 90;

  /**
   * Whether {@code q} is the second half of {@code previous} split by its attribution: it has no cue of its own, the
   * same speaker, and follows close behind with the previous quote's cue between the two.
   */
  static boolean continues(Quotes.Quote previous, Quotes.Quote q) {
    if (previous == null || q.cue().isPresent() || previous.cue().isEmpty() || q.speaker().isEmpty()
        || !q.speaker().map(Quotes.Speaker::span).equals(previous.speaker().map(Quotes.Speaker::span))) {
      return false;
    }
    Span cue = previous.cue().get();
    return cue.begin() >= previous.span().end() && cue.end() <= q.span().begin()
        && q.span().begin() - previous.span().end() <= SPLIT_GAP;
  }

  /**
   * Writes the quotes of one article as a PolNeAR {@code .ann} file: for each statement its Source, Cue and Content
   * spans, an Attribution span on the cue (on the content when there is none) and an {@code E} line joining them;
   * offsets in code points, as the corpus has them.
   */
  public static void write(Quotes quotes, String text, Writer out) throws IOException {
    int t = 0;
    int e = 0;
    for (Quotes.Quote q : quotes.items()) {
      StringBuilder relation = new StringBuilder();
      Optional<Span> source = q.speaker().map(Quotes.Speaker::span).filter(s -> s.end() <= q.span().begin()
          || s.begin() >= q.span().end()).filter(s -> q.cue().isPresent());
      Span anchor = q.cue().orElse(q.span());
      String kind = source.isPresent() ? "Attribution" : "Attribution-no-source";
      int attribution = ++t;
      line(out, attribution, kind, anchor, text);
      relation.append(kind).append(":T").append(attribution);
      int content = ++t;
      line(out, content, "Content", q.span(), text);
      relation.append(" Content:T").append(content);
      if (q.cue().isPresent()) {
        int cue = ++t;
        line(out, cue, "Cue", q.cue().get(), text);
        relation.append(" Cue:T").append(cue);
      }
      if (source.isPresent()) {
        int src = ++t;
        line(out, src, "Source", source.get(), text);
        relation.append(" Source:T").append(src);
      }
      out.write("E" + ++e + "\t" + relation + "\n");
    }
  }

  private static void line(Writer out, int id, String label, Span span, String text) throws IOException {
    int begin = text.codePointCount(0, span.begin());
    int end = begin + text.codePointCount(span.begin(), span.end());
    String words = span.of(text).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    out.write(String.format(Locale.ROOT, "T%d\t%s %d %d\t%s\n", id, label, begin, end, words));
  }
}
