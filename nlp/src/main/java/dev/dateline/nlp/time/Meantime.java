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
 * MEANTIME CAT XML: the text is rebuilt from the tokens (one space between tokens, a line break between sentences),
 * and each TIMEX3 markable covers its anchor tokens; the creation time is the TIMEX3 whose functionInDocument is
 * CREATION_TIME.
 */
final class Meantime {
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
        try {
          creation = Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
          throw new IOException(name + ": creation time value '" + value + "' is not a date");
        }
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

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
