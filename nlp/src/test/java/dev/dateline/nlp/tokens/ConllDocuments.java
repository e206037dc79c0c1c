package dev.dateline.nlp.tokens;

import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoNLL-2003 documents with their text rebuilt for evaluation, since the corpus ships tokens only: tokens are joined
 * by a space except before closing punctuation and clitics ("," "." "'s" "n't" ")") and after opening ones ("(" "$"),
 * straight double quotes alternating open and close; sentences are joined by line breaks (headlines and datelines are
 * lines of their own in the wire text). The gold tokens become spans into that text.
 */
public final class ConllDocuments {
  private ConllDocuments() {}

  public record Doc(String text, List<Span> tokens) {}

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S",
      "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

  /** The CoNLL-2003 valid file, or null when the shared datasets are not on this machine. */
  public static Path valid() {
    Path p = Path.of(System.getProperty("dateline.shared", "../../shared"), "datasets/conll2003/valid.txt");
    return Files.isRegularFile(p) ? p : null;
  }

  public static List<Doc> read(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        if (!sentences.isEmpty()) {
          docs.add(build(sentences));
        }
        sentences = new ArrayList<>();
      } else if (line.isBlank()) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
        sentence = new ArrayList<>();
      } else {
        sentence.add(line.substring(0, line.indexOf(' ')));
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (!sentences.isEmpty()) {
      docs.add(build(sentences));
    }
    return docs;
  }

  private static Doc build(List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (List<String> sentence : sentences) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      boolean glue = true;
      boolean quoteOpen = false;
      for (String token : sentence) {
        boolean closingQuote = token.equals("\"") && quoteOpen;
        if (!glue && !NO_SPACE_BEFORE.contains(token) && !closingQuote
            && !(token.equals("'") && text.charAt(text.length() - 1) == 's')) {
          text.append(' ');
        }
        spans.add(new Span(text.length(), text.length() + token.length()));
        text.append(token);
        glue = NO_SPACE_AFTER.contains(token) || token.equals("\"") && !quoteOpen;
        if (token.equals("\"")) {
          quoteOpen = !quoteOpen;
        }
      }
    }
    return new Doc(text.toString(), List.copyOf(spans));
  }
}
