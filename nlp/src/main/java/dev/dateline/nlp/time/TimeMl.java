package dev.dateline.nlp.time;

import dev.dateline.model.Span;
import dev.dateline.nlp.time.TimeEvaluation.Doc;
import dev.dateline.nlp.time.TimeEvaluation.Timex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TimeML files: the TEXT element's characters with every tag taken out, its TIMEX3s, the creation-time TIMEX3. */
final class TimeMl {
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern DCT = Pattern.compile("<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");

  private TimeMl() {}

  static Doc read(String name, String content) throws IOException {
    int open = content.indexOf("<TEXT>");
    int close = content.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IOException(name + ": no <TEXT> element");
    }
    Optional<LocalDate> creation = Optional.empty();
    Matcher dct = DCT.matcher(content);
    if (dct.find()) {
      String v = attribute(dct.group(), "value");
      if (v != null && v.length() >= 10) {
        try {
          creation = Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
          throw new IOException(name + ": creation time value '" + v + "' is not a date");
        }
      }
    }
    String body = content.substring(open + "<TEXT>".length(), close);
    StringBuilder text = new StringBuilder(body.length());
    List<Timex> gold = new ArrayList<>();
    Deque<Object[]> stack = new ArrayDeque<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int end = body.indexOf('>', i);
        if (end < 0) {
          throw new IOException(name + ": unclosed tag in TEXT at character " + (open + 6 + i));
        }
        String tag = body.substring(i, end + 1);
        if (tag.startsWith("<TIMEX3") && !tag.endsWith("/>")) {
          stack.push(new Object[] {text.length(), tag});
        } else if (tag.startsWith("</TIMEX3")) {
          if (stack.isEmpty()) {
            throw new IOException(name + ": </TIMEX3> without its opening tag");
          }
          Object[] top = stack.pop();
          int begin = (Integer) top[0];
          String t = (String) top[1];
          if (text.length() > begin && !"CREATION_TIME".equals(attribute(t, "functionInDocument"))
              && !text.substring(begin).isBlank()) {
            gold.add(new Timex(new Span(begin, text.length()), orEmpty(attribute(t, "type")), orEmpty(attribute(t, "value"))));
          }
        }
        i = end + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String entity = semi > i && semi - i < 10 ? body.substring(i + 1, semi) : "";
        String decoded = switch (entity) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> entity.startsWith("#x") ? String.valueOf((char) Integer.parseInt(entity.substring(2), 16))
              : entity.startsWith("#") ? String.valueOf((char) Integer.parseInt(entity.substring(1))) : null;
        };
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = semi + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    gold.sort((a, b) -> a.span().compareTo(b.span()));
    return new Doc(name, text.toString(), creation, gold, content.substring(0, open + "<TEXT>".length()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static String attribute(String tag, String name) {
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  /** The document as TimeML: its header (up to and including TEXT's opening tag), the text with {@code timexes}. */
  static String write(Doc doc, List<Timex> timexes) {
    StringBuilder out = new StringBuilder(doc.header());
    String text = doc.text();
    int at = 0;
    int id = 1;
    for (Timex t : timexes) {
      if (t.span().begin() < at) {
        continue;
      }
      escape(text, at, t.span().begin(), out);
      out.append("<TIMEX3 tid=\"t").append(id++).append("\" type=\"").append(t.type()).append("\" value=\"")
          .append(t.value()).append("\">");
      escape(text, t.span().begin(), t.span().end(), out);
      out.append("</TIMEX3>");
      at = t.span().end();
    }
    escape(text, at, text.length(), out);
    out.append("</TEXT>\n\n</TimeML>\n");
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}
