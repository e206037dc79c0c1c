package dev.dateline.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Quotes;
import dev.dateline.model.Quotes.Kind;
import dev.dateline.model.Quotes.Quote;
import dev.dateline.model.Quotes.Speaker;
import dev.dateline.model.Span;
import dev.dateline.nlp.quotes.Polnear.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearTest {
  @TempDir Path dir;

  private Path corpus(String text, String ann) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/a_x1.ann"), ann, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void rangesInCodePointsBecomeUtf16Offsets() throws IOException {
    String text = "\uD83D\uDE00 He said it rains.";
    Polnear.Doc doc = Polnear.read(corpus(text, "T1\tSource 2 4\tHe\nT2\tCue 5 9\tsaid\nT3\tContent 10 18\tit rains\n"
        + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")).get(0);
    assertThat(doc.gold().get(Role.SOURCE).get(0).of(text)).isEqualTo("He");
    assertThat(doc.gold().get(Role.CONTENT).get(0).of(text)).isEqualTo("it rains");
  }

  @Test
  void discontinuousSpanRunsFromFirstToLastRange() throws IOException {
    String text = "\"A b,\" he said, \"c d.\"";
    Polnear.Doc doc = Polnear.read(corpus(text, "T1\tContent 0 6;16 22\t\"A b,\" \"c d.\"\n")).get(0);
    assertThat(doc.gold().get(Role.CONTENT)).containsExactly(new Span(0, 22));
  }

  @Test
  void malformedRangeNamesTheFileAndLine() throws IOException {
    Path d = corpus("abc", "T1\tCue x y\tabc\n");
    assertThatThrownBy(() -> Polnear.read(d)).hasMessageContaining("a_x1.ann: line 1");
  }

  @Test
  void exactMatchIgnoresSurroundingPunctuationAndOverlapCountsWords() {
    String text = "\"We will win,\" she said.";
    AttributionScore score = new AttributionScore();
    score.add(text, Map.of(Role.CONTENT, List.of(new Span(0, 14))), Map.of(Role.CONTENT, List.of(new Span(1, 12))));
    assertThat(score.exact(Role.CONTENT)).containsExactly(1.0, 1.0, 1.0);
    score.add(text, Map.of(Role.CUE, List.of(new Span(19, 23))), Map.of(Role.CUE, List.of(new Span(15, 23))));
    assertThat(score.exact(Role.CUE)[2]).isZero();
    assertThat(score.overlap(Role.CUE)).containsExactly(0.5, 1.0, 2.0 / 3);
  }

  @Test
  void writtenAnnotationsReadBack() throws IOException {
    String text = "\"We will win,\" she said.";
    Quote q = new Quote("q0", new Span(0, 14), Kind.DIRECT, Optional.of(new Speaker.Unnamed(new Span(15, 18), "she")),
        Optional.of(new Span(19, 23)));
    StringWriter out = new StringWriter();
    Polnear.write(new Quotes(List.of(q)), text, out);
    Polnear.Doc doc = Polnear.read(corpus(text, out.toString())).get(0);
    assertThat(doc.gold().get(Role.SOURCE)).containsExactly(new Span(15, 18));
    assertThat(doc.gold().get(Role.CUE)).containsExactly(new Span(19, 23));
    assertThat(doc.gold().get(Role.CONTENT)).containsExactly(new Span(0, 14));
  }

  @Test
  void quoteSplitByItsAttributionIsOneContent() {
    // "We will win," she said. "We always do."
    Speaker she = new Speaker.Unnamed(new Span(15, 18), "she");
    Quote first = new Quote("q0", new Span(0, 14), Kind.DIRECT, Optional.of(she), Optional.of(new Span(19, 23)));
    Quote second = new Quote("q1", new Span(25, 40), Kind.DIRECT, Optional.of(she), Optional.empty());
    Map<Role, List<Span>> predicted = Polnear.predicted(new Quotes(List.of(first, second)));
    assertThat(predicted.get(Role.CONTENT)).containsExactly(new Span(0, 40));
    assertThat(predicted.get(Role.CUE)).containsExactly(new Span(19, 23));
  }
}
