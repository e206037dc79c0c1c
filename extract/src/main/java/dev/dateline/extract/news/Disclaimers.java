package dev.dateline.extract.news;

import dev.dateline.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syndication and wire notes in a body ("(This is an unedited and auto-generated story from Syndicated News feed
 * ...)", "(With inputs from PTI)"), from the data file {@code disclaimers.tsv}: each is cut as a DISCLAIMER; the
 * {@code syndicated} ones mark the text as syndicated.
 */
final class Disclaimers {
  record Rule(boolean syndicated, List<String> needles, Pattern pattern) {
    boolean mayMatch(String lowerCaseText) {
      return needles.stream().anyMatch(lowerCaseText::contains);
    }
  }

  record Found(List<Cut> cuts, boolean syndicated) {
    Found {
      cuts = List.copyOf(cuts);
    }
  }

  private final List<Rule> rules;

  private Disclaimers(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static Disclaimers load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : Resources.rows("disclaimers.tsv", 4)) {
      boolean syndicated = switch (row[0]) {
        case "syndicated" -> true;
        case "note" -> false;
        default -> throw new IllegalStateException("disclaimers.tsv: kind must be 'syndicated' or 'note', got '" + row[0] + "'");
      };
      List<String> needles = List.of(row[2].split("\\|"));
      String core = "(?:disclaimer\\s*[:\\-–]\\s*)?(?:" + row[3] + ")";
      // In brackets the whole bracket goes; otherwise the sentence, to its final stop (the next one followed by a
      // space, the line's end, or a closing bracket).
      String bracketed = "\\([^()\\n]{0,40}?(?:" + core + ")[^()\\n]*\\)";
      String regex = switch (row[1]) {
        case "bracketed" -> bracketed;
        case "any" -> bracketed + "|(?:" + core + ")[^\\n]*?(?:[.!?](?=\\s|$)|$)";
        default -> throw new IllegalStateException("disclaimers.tsv: form must be 'bracketed' or 'any', got '" + row[1] + "'");
      };
      rules.add(new Rule(syndicated, needles, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)));
    }
    return new Disclaimers(rules);
  }

  Found find(String text) {
    List<Cut> cuts = new ArrayList<>();
    boolean syndicated = false;
    String lower = text.toLowerCase(Locale.ROOT);
    for (Rule rule : rules) {
      if (!rule.mayMatch(lower)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (end <= start || cuts.stream().anyMatch(c -> c.overlaps(start, end))) {
          continue;
        }
        cuts.add(Cut.inline(text, start, end, Removed.Kind.DISCLAIMER));
        syndicated |= rule.syndicated();
      }
    }
    return new Found(cuts, syndicated);
  }
}
