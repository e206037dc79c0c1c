package dev.dateline.nlp.tokens;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.DataFile;
import dev.dateline.nlp.Stage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A news-tuned tokenizer following Penn Treebank / UD EWT / CoNLL-2003 conventions, so that the tagger and the
 * recogniser see the tokens they were trained on: clitics split ("do" "n't", "Hamas" "'s"), abbreviations and
 * initials keep their period ("U.S.", "Sen.", "J."), numbers keep their separators ("11:50", "1,000", "3.5"),
 * hyphenated words stay whole ("Iranian-backed"), URLs, e-mail addresses, handles and hashtags are single tokens,
 * and currency signs, percent signs and quote marks are tokens of their own. A hand-written scanner, no regular
 * expressions.
 */
public final class TokenStage implements Stage {

  /**
   * What the scanner needs to know beyond character classes.
   *
   * @param abbreviations words with their final period that keep it ("Sen.")
   * @param beforeNumber abbreviations that keep their period only when a number follows ("No.")
   * @param splits words split into pieces ("cannot" to "can" "not"), keyed by the lower-case word
   * @param domains endings that make a dotted name one token: top-level domains ("com"), file extensions ("pdf")
   */
  public record Lexicon(Set<String> abbreviations, Set<String> beforeNumber, Map<String, List<String>> splits,
      Set<String> domains) {
    public Lexicon {
      abbreviations = Set.copyOf(abbreviations);
      beforeNumber = Set.copyOf(beforeNumber);
      splits = Map.copyOf(splits);
      domains = Set.copyOf(domains);
    }

    /** The lexicon bundled with the project. */
    public static Lexicon bundled() {
      Set<String> abbreviations = new HashSet<>();
      Set<String> beforeNumber = new HashSet<>();
      for (String[] row : rows("abbreviations.txt", 1, 2)) {
        if (!row[0].endsWith(".") || row[0].length() < 2) {
          throw new IllegalStateException("abbreviations.txt: '" + row[0] + "' must be a word followed by a period");
        }
        if (row.length == 2) {
          if (!row[1].equals("before-number")) {
            throw new IllegalStateException("abbreviations.txt: unknown option '" + row[1] + "' for " + row[0]);
          }
          beforeNumber.add(row[0]);
        } else {
          abbreviations.add(row[0]);
        }
      }
      Map<String, List<String>> splits = new HashMap<>();
      for (String[] row : rows("splits.txt", 2, 2)) {
        List<String> pieces = List.of(row[1].split(" "));
        if (!String.join("", pieces).equals(row[0]) || !row[0].equals(row[0].toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException("splits.txt: pieces " + pieces + " do not spell the lower-case word '" + row[0] + "'");
        }
        splits.put(row[0], pieces);
      }
      Set<String> domains = new HashSet<>();
      for (String[] row : rows("endings.txt", 1, 1)) {
        domains.add(row[0]);
      }
      return new Lexicon(abbreviations, beforeNumber, splits, domains);
    }

    private static List<String[]> rows(String file, int minColumns, int maxColumns) {
      return DataFile.rows(TokenStage.class, file, minColumns, maxColumns);
    }
  }

  private final Scanner scanner;

  /** A tokenizer with the bundled lexicon. */
  public TokenStage() {
    this(Lexicon.bundled());
  }

  public TokenStage(Lexicon lexicon) {
    this.scanner = new Scanner(lexicon);
  }

  /** A tokenizer with the bundled lexicon. */
  public static TokenStage standard() {
    return new TokenStage();
  }

  @Override
  public String name() {
    return "tokens.v2";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Tokens.KEY);
  }

  @Override
  public Document apply(Document document) {
    return document.with(Tokens.KEY, new Tokens(scanner.tokenize(document.text())));
  }
}
