package dev.dateline.nlp.sentences;

import dev.dateline.model.Document;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Sentences;
import dev.dateline.model.Sentences.Sentence;
import dev.dateline.model.Span;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import dev.dateline.nlp.DataFile;
import dev.dateline.nlp.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences for news text. A paragraph end always ends a sentence (headlines, datelines), and sentences never cross
 * paragraphs. Inside a paragraph a sentence ends after '.', '!', '?', an ellipsis or a run of these, together with the
 * closing quotes and brackets that follow it, when the next token starts like a sentence (a capital, a digit, an
 * opening quote or bracket): so '"Stop!" he said' and "ensuring ... that" stay whole. A token ending in a period that
 * is an abbreviation ends a sentence by its class (see {@link Lexicon}); an initial only before a starter word. A colon never ends one.
 */
public final class SentenceStage implements Stage {

  /** How abbreviations end sentences. */
  public enum AbbreviationClass {
    /** Comes before a name and never ends a sentence ("Sen.", "Dr."). */
    TITLE,
    /** Ends a sentence like a full stop ("etc."). */
    END
  }

  /**
   * @param abbreviations classes of abbreviations (with their period); unlisted ones end a sentence only before a
   *     starter or an opening quote
   * @param starters words that usually start a sentence ("The", "He")
   */
  public record Lexicon(Map<String, AbbreviationClass> abbreviations, Set<String> starters) {
    public Lexicon {
      abbreviations = Map.copyOf(abbreviations);
      starters = Set.copyOf(starters);
    }

    /** The lexicon bundled with the project. */
    public static Lexicon bundled() {
      Map<String, AbbreviationClass> abbreviations = new HashMap<>();
      for (String[] row : rows("abbreviations.txt", 2)) {
        AbbreviationClass c = switch (row[1]) {
          case "title" -> AbbreviationClass.TITLE;
          case "end" -> AbbreviationClass.END;
          default -> throw new IllegalStateException("sentences/abbreviations.txt: unknown class '" + row[1] + "' for " + row[0]);
        };
        abbreviations.put(row[0], c);
      }
      Set<String> starters = new HashSet<>();
      for (String[] row : rows("starters.txt", 1)) {
        starters.add(row[0]);
      }
      return new Lexicon(abbreviations, starters);
    }

    private static List<String[]> rows(String file, int columns) {
      return DataFile.rows(SentenceStage.class, file, columns, columns);
    }
  }

  private final Lexicon lexicon;

  /** A splitter with the bundled lexicon. */
  public SentenceStage() {
    this(Lexicon.bundled());
  }

  public SentenceStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A splitter with the bundled lexicon. */
  public static SentenceStage standard() {
    return new SentenceStage();
  }

  @Override
  public String name() {
    return "sentences.v2";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Paragraphs.KEY, Tokens.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Sentences.KEY);
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Token> tokens = document.require(Tokens.KEY).items();
    List<Sentence> out = new ArrayList<>();
    int t = 0;
    for (Paragraphs.Paragraph p : document.require(Paragraphs.KEY).items()) {
      while (t < tokens.size() && tokens.get(t).span().begin() < p.span().begin()) {
        t++;
      }
      int from = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= p.span().end()) {
        t++;
      }
      split(text, tokens, from, t, out);
    }
    return document.with(Sentences.KEY, new Sentences(out));
  }

  /** Splits the tokens {@code [from, to)} of one paragraph into sentences. */
  private void split(String text, List<Token> tokens, int from, int to, List<Sentence> out) {
    if (from >= to) {
      return;
    }
    int start = from;
    int k = from;
    while (k < to) {
      String token = tokens.get(k).span().of(text);
      if (isTerminal(token)) {
        int last = k;
        int m = k + 1;
        while (m < to && isCloser(text, tokens, m)) {
          last = m++;
        }
        if (m < to && endsHere(text, tokens, start, k, m)) {
          emit(tokens, start, last, out);
          start = m;
        }
        k = m;
        continue;
      }
      if (gluedAfterParenthesis(text, tokens, start, k, to)) {
        emit(tokens, start, k, out);
        start = k + 1;
      }
      k++;
    }
    if (start < to) {
      emit(tokens, start, to - 1, out);
    }
  }

  private static void emit(List<Token> tokens, int first, int last, List<Sentence> out) {
    out.add(new Sentence("s" + out.size(), new Span(tokens.get(first).span().begin(), tokens.get(last).span().end())));
  }

  /** Whether the sentence ends at terminal token {@code k}, given the first token {@code m} after its closers. */
  private boolean endsHere(String text, List<Token> tokens, int start, int k, int m) {
    String terminal = tokens.get(k).span().of(text);
    String next = tokens.get(m).span().of(text);
    if (terminal.length() > 1 && terminal.endsWith(".") && hasLetter(terminal)) {
      if (terminal.length() == 2 && Character.isUpperCase(terminal.charAt(0))) {
        // An initial ("J. D. Vance") ends a sentence only before a starter word longer than one letter ("of X. So").
        return next.length() > 1 && lexicon.starters().contains(next);
      }
      AbbreviationClass c = lexicon.abbreviations().get(terminal);
      if (c == AbbreviationClass.TITLE) {
        return false;
      }
      if (c == AbbreviationClass.END) {
        return startsSentence(next);
      }
      return lexicon.starters().contains(next) || isOpeningQuote(next);
    }
    if (terminal.equals(".") && k == start + 1 && isListMarker(tokens.get(start).span().of(text))) {
      return false; // "1. Ceasefire talks" is one item, not a sentence "1."
    }
    return startsSentence(next);
  }

  /** "(This is an auto-generated story)US Secretary ...": a parenthesis glued to the next sentence. */
  private static boolean gluedAfterParenthesis(String text, List<Token> tokens, int start, int k, int to) {
    if (k + 1 >= to || k == start || !tokens.get(k).span().of(text).equals(")")
        || !tokens.get(start).span().of(text).equals("(")) {
      return false;
    }
    Span next = tokens.get(k + 1).span();
    return next.begin() == tokens.get(k).span().end() && Character.isUpperCase(text.charAt(next.begin()));
  }

  private static boolean startsSentence(String next) {
    int cp = next.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp) || isOpeningQuote(next)
        || next.equals("(") || next.equals("[") || Character.getType(cp) == Character.CURRENCY_SYMBOL;
  }

  private static boolean isTerminal(String token) {
    if (token.equals("…")) {
      return true;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        return token.length() > 1 && token.endsWith(".") && hasLetter(token);
      }
    }
    return true;
  }

  /** A closing quote or bracket; a straight quote closes only when it touches the token before it. */
  private static boolean isCloser(String text, List<Token> tokens, int m) {
    String token = tokens.get(m).span().of(text);
    return switch (token) {
      case "”", "’", ")", "]", "}", "»" -> true;
      case "\"", "'" -> tokens.get(m).span().begin() == tokens.get(m - 1).span().end();
      default -> false;
    };
  }

  private static boolean isOpeningQuote(String token) {
    return token.equals("\"") || token.equals("“") || token.equals("'") || token.equals("‘") || token.equals("«");
  }

  private static boolean isListMarker(String token) {
    if (token.length() > 3) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
