package dev.dateline.nlp.time;

import dev.dateline.model.Span;
import dev.dateline.nlp.time.TimeEvaluation.Doc;
import dev.dateline.nlp.time.TimeEvaluation.Timex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MEANTIME CAT XML: the text is rebuilt from the tokens of the annotated sentences (one space between tokens, a line
 * break between sentences; MEANTIME annotates sentences 0 to 5 only, so the rest is left out rather than counted as
 * false positives), and each TIMEX3 markable covers its anchor tokens; the creation time is the TIMEX3 whose functionInDocument is
 * CREATION_TIME.
 */
final class Meantime {
  /** MEANTIME annotates the title (sentence 0), the date line and the first sentences, up to sentence 5; no more. */
  private static final int LAST_ANNOTATED_SENTENCE = 5;
  private static final Pattern TOKEN = Pattern.compile("<token\\b([^>]*)>([^<]*)</token>");
  private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*?)(/>|>(.*?)</TIMEX3>)", Pattern.DOTALL);
  private static final Pattern ANCHOR = Pattern.compile("<token_anchor\\s+t_id=\"(\\d+)\"");

  private Meantime() {}

  static Doc read(String name, String content) throws IOException {
    StringBuilder text = new StringBuilder();
    Map<String, int[]> spans = new HashMap<>();
    Matcher t = TOKEN.matcher(content);
    String sentence = null;
    while (t.find()) {
      String attrs = t.group(1);
      String s = TimeMl.attribute(attrs, "sentence");
      String id = TimeMl.attribute(attrs, "t_id");
      if (id == null) {
        throw new IOException(name + ": a token without t_id");
      }
      if (s != null && Integer.parseInt(s) > LAST_ANNOTATED_SENTENCE) {
        continue;
      }
      if (text.length() > 0) {
        text.append(s != null && !s.equals(sentence) ? "\n" : " ");
      }
      sentence = s;
      int begin = text.length();
      text.append(unescape(t.group(2)));
      spans.put(id, new int[] {begin, text.length()});
    }
    List<Timex> gold = new ArrayList<>();
    Optional<LocalDate> creation = Optional.empty();
    Matcher m = TIMEX.matcher(content);
    while (m.find()) {
      String attrs = m.group(1);
      String value = TimeMl.attribute(attrs, "value");
      String type = TimeMl.attribute(attrs, "type");
      if ("CREATION_TIME".equals(TimeMl.attribute(attrs, "functionInDocument")) && value != null && value.length() >= 10) {
        creation = Optional.of(date(name, value));
      }
      if (m.group(3) == null) {
        continue;
      }
      int begin = Integer.MAX_VALUE;
      int end = -1;
      Matcher a = ANCHOR.matcher(m.group(3));
      while (a.find()) {
        int[] span = spans.get(a.group(1));
        if (span == null) {
          throw new IOException(name + ": TIMEX3 anchored to unknown token " + a.group(1));
        }
        begin = Math.min(begin, span[0]);
        end = Math.max(end, span[1]);
      }
      if (end > begin) {
        gold.add(new Timex(new Span(begin, end), type == null ? "" : type, value == null ? "" : value));
      }
    }
    gold.sort((x, y) -> x.span().compareTo(y.span()));
    String header = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + name.replaceAll(".*/", "").replace("&", "&amp;")
        + "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + creation.map(Object::toString).orElse("")
        + "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\"></TIMEX3></DCT>\n<TEXT>";
    return new Doc(name, text.toString(), creation, gold, header);
  }

  /** An ISO date; one file writes its creation time day first ("03-02-2009" for February 3). */
  private static LocalDate date(String name, String value) throws IOException {
    try {
      if (value.matches("\\d\\d-\\d\\d-\\d{4}.*")) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(3, 5)),
            Integer.parseInt(value.substring(0, 2)));
      }
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IOException(name + ": creation time value '" + value + "' is not a date");
    }
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
