package dev.dateline.extract.html;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Hand-built pages for the extractor tests: an article of real-looking paragraphs amid the given furniture. */
final class Pages {
  private Pages() {}

  static final String[] SENTENCES = {
      "The council voted on Tuesday to close the old bridge, citing the engineers' report, the cost of repairs, and the risk to traffic.",
      "Residents, who had campaigned for years, said the decision came too late, and several shops along the river have already closed.",
      "The mayor said a new crossing would be built within three years, funded partly by the regional government, partly by a local levy.",
      "Engineers found cracks in two of the supporting piers last spring, and heavy vehicles were banned from the bridge in the summer.",
      "Opposition members argued that the closure would cut the town in half, lengthen commutes, and hurt the weekly market on the square.",
  };

  /** Paragraph {@code i} of the article: a sentence made unique by its number. */
  static String paragraph(int i) {
    return "Paragraph " + i + " says this: " + SENTENCES[i % SENTENCES.length];
  }

  /** {@code n} article paragraphs as {@code <p>} elements. */
  static String paragraphs(int n) {
    return IntStream.range(0, n).mapToObj(i -> "<p>" + paragraph(i) + "</p>\n").collect(Collectors.joining());
  }

  /** A page with {@code head} in its head, {@code before} and {@code after} around an article of {@code n} paragraphs. */
  static String page(String head, String before, String articleInner, String after) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head>\n<body>\n" + before
        + "\n<div class=\"main\"><article>\n" + articleInner + "\n</article></div>\n" + after + "\n</body></html>";
  }

  static String article(String before, String after) {
    return page("", before, paragraphs(6), after);
  }
}
