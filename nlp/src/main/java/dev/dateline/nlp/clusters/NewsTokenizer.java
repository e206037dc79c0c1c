package dev.dateline.nlp.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits raw news text into tokens close to the Penn Treebank / CoNLL conventions the taggers are trained on:
 * punctuation apart, clitics apart ("do n't", "Trump 's", "they 're"), hyphenated words and numbers whole,
 * abbreviations keep their period ("U.S.", "Mr."). Only used to prepare the clustering corpus; the pipeline's own
 * tokenizer is {@code tokens.v1}.
 */
final class NewsTokenizer {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
      "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "dept", "univ", "assn", "ave",
      "blvd", "calif", "fla", "mass", "mich", "minn", "wash", "penn", "ill", "conn", "ariz", "colo", "tenn", "va", "ga",
      "la", "md", "mo", "ky", "okla", "ore", "wis", "pa", "tex", "ala", "ark", "kan", "neb", "nev");
  private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

  private NewsTokenizer() {}

  static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i = wordEnd(text, i);
        String word = text.substring(start, i).replace('’', '\'');
        // A period directly after an abbreviation belongs to it ("U.S.", "Mr.", "J.").
        if (i < n && text.charAt(i) == '.' && isAbbreviation(word)) {
          word = word + ".";
          i++;
        }
        splitClitics(word, out);
      } else if (c == '.' && i + 1 < n && text.charAt(i + 1) == '.') {
        while (i < n && text.charAt(i) == '.') {
          i++;
        }
        out.add("...");
      } else if ((c == '`' || c == '\'') && i + 1 < n && text.charAt(i + 1) == c) {
        out.add(text.substring(i, i + 2));
        i += 2;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        while (i < n && text.charAt(i) == '-') {
          i++;
        }
        out.add("--");
      } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && startsClitic(text, i)) {
        // A clitic after a closing quote or a space-separated one ("the players 's"): keep it as one token.
        int end = wordEnd(text, i + 1);
        out.add("'" + text.substring(i + 1, end));
        i = end;
      } else {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  /** The end of a word starting at {@code i}: letters and digits, joined by inner apostrophes, hyphens, ampersands, and periods or commas between digits or single letters. */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    i++;
    while (i < n) {
      char d = text.charAt(i);
      if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
        i++;
      } else if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(text, i, d)) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean joins(String text, int i, char d) {
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    return switch (d) {
      case '\'', '’', '-', '&' -> true;
      case ',' -> Character.isDigit(before) && Character.isDigit(after);
      // "3.5", "U.S", "p.m": digits on both sides, or single letters around the period.
      case '.' -> Character.isDigit(before) && Character.isDigit(after)
          || Character.isLetter(before) && Character.isLetter(after) && (i < 2 || !Character.isLetter(text.charAt(i - 2)))
              && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
      default -> false;
    };
  }

  private static boolean startsClitic(String text, int i) {
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return false;
    }
    int end = wordEnd(text, i + 1);
    String rest = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && (rest.equals("s") || rest.equals("re") || rest.equals("ve")
        || rest.equals("ll") || rest.equals("d") || rest.equals("m"));
  }

  private static boolean isAbbreviation(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    if (word.indexOf('.') > 0) {
      return Character.isLetter(word.charAt(word.length() - 1));
    }
    // Capitalised only, so that a sentence ending in "ill." or "no." keeps its full stop.
    return Character.isUpperCase(word.charAt(0)) && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Adds {@code word} to {@code out}, its clitic ({@code n't}, {@code 's}, {@code 're}...) apart. */
  static void splitClitics(String word, List<String> out) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") && word.length() > 3) {
      out.add(word.substring(0, word.length() - 3));
      out.add(word.substring(word.length() - 3));
      return;
    }
    for (String clitic : CLITICS) {
      if (lower.endsWith(clitic) && word.length() > clitic.length()) {
        out.add(word.substring(0, word.length() - clitic.length()));
        out.add(word.substring(word.length() - clitic.length()));
        return;
      }
    }
    out.add(word);
  }
}
