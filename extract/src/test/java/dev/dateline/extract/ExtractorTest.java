package dev.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Published;
import dev.dateline.model.SuppliedMetadata;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  private static final String STORY = "The minister said on Tuesday that the talks with the unions would go on next week.\n\n"
      + "Both sides said progress had been made on pay.";

  @Test
  void emptyContentFailsNamingTheInput() {
    var raw = Raws.of("empty.txt", ContentKind.TEXT, new byte[0], Optional.empty(), SuppliedMetadata.NONE, Raws.FETCHED);
    assertThatThrownBy(() -> EXTRACTOR.extract(raw))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("empty.txt")
        .hasMessageContaining("empty");
  }

  @Test
  void whitespaceOnlyContentFails() {
    assertThatThrownBy(() -> EXTRACTOR.extract(Raws.text(" \n\t \r\n")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("whitespace");
  }

  @Test
  void binaryContentFailsAsUndecodable() {
    byte[] binary = new byte[100];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 9);
    }
    var raw = Raws.of("blob.bin", ContentKind.TEXT, binary, Optional.empty(), SuppliedMetadata.NONE, Raws.FETCHED);
    assertThatThrownBy(() -> EXTRACTOR.extract(raw)).isInstanceOf(ExtractionException.class).hasMessageContaining("decode");
  }

  @Test
  void htmlWithoutMainTextFails() {
    assertThatThrownBy(() -> EXTRACTOR.extract(Raws.html("<html><body><nav>Home</nav></body></html>", SuppliedMetadata.NONE)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("no main text");
  }

  @Test
  void crlfLineEndingsBecomeNewlinesWithOffsetsIntoTheDecodedInput() throws Exception {
    String input = "Line one of the story.\r\nLine two of the story.\r\n";
    Article a = EXTRACTOR.extract(Raws.text(input));
    assertThat(a.text()).isEqualTo("Line one of the story.\nLine two of the story.");
    for (int i = 0; i < a.text().length(); i++) {
      char raw = input.charAt(a.offsets().toRaw(i));
      assertThat(raw == '\r' ? '\n' : raw).as("char %d", i).isEqualTo(a.text().charAt(i));
    }
    assertThat(a.offsets().toRaw(a.text().indexOf("Line two"))).isEqualTo(input.indexOf("Line two"));
  }

  @Test
  void offsetsSkipRemovedTitleAndDisclaimer() throws Exception {
    String input = "Unions and ministers agree to more talks\n\n" + STORY
        + "\n\n(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)";
    Article a = EXTRACTOR.extract(Raws.text(input));
    assertThat(a.text()).isEqualTo(STORY);
    for (int i = 0; i < a.text().length(); i++) {
      assertThat(input.charAt(a.offsets().toRaw(i))).as("char %d", i).isEqualTo(a.text().charAt(i));
    }
  }

  @Test
  void suppliedTitleWinsOverTitleLine() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("Unions and ministers agree to more talks\n\n" + STORY,
        SuppliedMetadata.NONE.withTitle("Talks go on")));
    assertThat(a.title()).contains("Talks go on");
  }

  @Test
  void suppliedDateTimeWithOffsetIsKept() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withPublished("2024-08-19T10:00:00+02:00")));
    assertThat(a.published().orElseThrow().iso()).isEqualTo("2024-08-19T10:00+02:00");
    assertThat(a.published().orElseThrow().evidence()).isEqualTo(Published.Evidence.SUPPLIED);
  }

  @Test
  void newsPleaseStyleDateTimeGivesItsDate() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withPublished("2024-08-19 10:00:00")));
    assertThat(a.published().orElseThrow().date()).isEqualTo(LocalDate.of(2024, 8, 19));
    assertThat(a.published().orElseThrow().inferred()).isFalse();
  }

  @Test
  void unreadableSuppliedDateFailsNamingIt() {
    assertThatThrownBy(() -> EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withPublished("last Tuesday"))))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("last Tuesday");
  }

  @Test
  void suppliedDateGivesTheDatelineItsYear() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("LONDON, Dec 31 (Reuters) - " + STORY,
        SuppliedMetadata.NONE.withPublished("2025-01-01")));
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2024, 12, 31));
    assertThat(a.dateline().orElseThrow().yearInferred()).isTrue();
    assertThat(a.published().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void weekdayInTheLeadPicksTheDatelineYear() throws Exception {
    // 7 February was a Wednesday in 2024, not in 2025 or 2026.
    Article a = EXTRACTOR.extract(Raws.text("Tel Aviv, February 7: Blinken met Netanyahu on Wednesday in Tel Aviv.\n\nMore talks follow."));
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2024, 2, 7));
    assertThat(a.published().orElseThrow()).isEqualTo(Published.onDate(LocalDate.of(2024, 2, 7), true, Published.Evidence.DATELINE));
  }

  @Test
  void unconstrainedDatelineTakesLatestYearNotAfterFetch() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("LONDON, Dec 1 (Reuters) - Markets rose.\n\nTraders were pleased."));
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2025, 12, 1));
    assertThat(a.published().orElseThrow().inferred()).isTrue();
  }

  @Test
  void datelineWithYearIsNotInferred() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("LONDON, Jan. 3, 2024 /PRNewswire/ -- Acme plc announced results.\n\nIt grew."));
    assertThat(a.dateline().orElseThrow().yearInferred()).isFalse();
    assertThat(a.published().orElseThrow().inferred()).isFalse();
    assertThat(a.creditedSource()).contains("PR Newswire");
  }

  @Test
  void urlDateIsTheLastResort() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withUrl("https://www.example.com/news/2024/03/05/talks-go-on")));
    assertThat(a.published().orElseThrow()).isEqualTo(Published.onDate(LocalDate.of(2024, 3, 5), false, Published.Evidence.URL));
  }

  @Test
  void urlDateOutranksAndAnchorsADatelineWithoutAYear() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("LISBON, March 3 (Reuters) - Dockworkers walked off the job.\n\nTalks resume later.",
        SuppliedMetadata.NONE.withUrl("https://wire.example/2025/03/03/strike")));
    assertThat(a.published().orElseThrow()).isEqualTo(Published.onDate(LocalDate.of(2025, 3, 3), false, Published.Evidence.URL));
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2025, 3, 3));
  }

  @Test
  void sourceFallsBackToUrlHostWithoutWww() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withUrl("https://www.example.com/news/talks")));
    assertThat(a.source()).contains("example.com");
  }

  @Test
  void suppliedLanguageIsReducedToIsoCode() throws Exception {
    assertThat(EXTRACTOR.extract(Raws.text(STORY, SuppliedMetadata.NONE.withLanguage("en-GB"))).language()).contains("en");
  }

  @Test
  void languageIsDetectedWhenNotGiven() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("Der Minister sagte am Dienstag, dass die Gespräche mit den Gewerkschaften weitergehen."));
    assertThat(a.language()).contains("de");
  }

  @Test
  void suppliedAuthorsWinOverByline() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("By Jane Doe\n\n" + STORY, SuppliedMetadata.NONE.withAuthors(List.of("J. Roe"))));
    assertThat(a.authors()).containsExactly("J. Roe");
  }

  @Test
  void bylineGivesAuthorsWhenNoneSupplied() throws Exception {
    assertThat(EXTRACTOR.extract(Raws.text("By Jane Doe\n\n" + STORY)).authors()).containsExactly("Jane Doe");
  }

  @Test
  void idComesFromTheContentHash() throws Exception {
    var raw = Raws.text(STORY);
    assertThat(EXTRACTOR.extract(raw).id()).isEqualTo(raw.provenance().contentHash().substring(0, 16));
  }

  @Test
  void windows1252TextIsDecoded() throws Exception {
    String french = "Le président a déclaré que la réforme était nécessaire pour l'économie du pays.";
    var raw = Raws.of("fr.txt", ContentKind.TEXT, french.getBytes(Charset.forName("windows-1252")), Optional.empty(),
        SuppliedMetadata.NONE, Raws.FETCHED);
    Article a = EXTRACTOR.extract(raw);
    assertThat(a.text()).isEqualTo(french);
    assertThat(a.language()).contains("fr");
  }

  @Test
  void htmlPageGivesTitleTextAndOffsetsIntoTheHtml() throws Exception {
    String page = "<html lang=\"en\"><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>"
        + "<p>WASHINGTON (AP) — The minister said on Tuesday that the talks with the unions would go on next week, "
        + "and that both sides had made progress on pay and hours.</p>"
        + "<p>Both sides said progress had been made on pay, and that a deal could come before the end of the month.</p>"
        + "</article></body></html>";
    Article a = EXTRACTOR.extract(Raws.html(page, SuppliedMetadata.NONE));
    assertThat(a.title()).contains("Talks go on");
    assertThat(a.dateline().orElseThrow().place()).isEqualTo("Washington");
    int at = a.text().indexOf("Both sides");
    assertThat(page.substring(a.offsets().toRaw(at))).startsWith("Both sides");
  }

  @Test
  void fetchTimeNotClockBoundsTheInferredYear() throws Exception {
    var raw = Raws.of("old.txt", ContentKind.TEXT, "LONDON, Dec 1 (Reuters) - Markets rose.\n\nTraders cheered.".getBytes(StandardCharsets.UTF_8),
        Optional.empty(), SuppliedMetadata.NONE, Instant.parse("2010-06-01T00:00:00Z"));
    assertThat(EXTRACTOR.extract(raw).dateline().orElseThrow().date()).contains(LocalDate.of(2009, 12, 1));
  }

  @Test
  void weekdayInTheDatelinePicksTheYear() throws Exception {
    // 1 December was a Friday in 2023; 2025 and 2024 put it on a Monday and a Sunday.
    Article a = EXTRACTOR.extract(Raws.text("LONDON, Friday, Dec 1 (Reuters) - Markets rose.\n\nTraders were pleased."));
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2023, 12, 1));
  }

  @Test
  void extractionIsDeterministic() throws Exception {
    var raw = Raws.text("Tel Aviv, February 7: Blinken met Netanyahu on Wednesday, CNN reported.\n\n" + STORY);
    assertThat(EXTRACTOR.extract(raw)).isEqualTo(EXTRACTOR.extract(raw));
  }

  @Test
  void oneExtractorServesThreadsAlike() throws Exception {
    List<String> bodies = List.of(STORY, "LONDON (Reuters) - " + STORY, "By Jane Doe\n\n" + STORY,
        "Unions and ministers agree to more talks\n\n" + STORY);
    List<Article> sequential = new java.util.ArrayList<>();
    for (String body : bodies) {
      sequential.add(EXTRACTOR.extract(Raws.text(body)));
    }
    for (int round = 0; round < 20; round++) {
      List<Article> parallel = bodies.parallelStream().map(body -> {
        try {
          return EXTRACTOR.extract(Raws.text(body));
        } catch (ExtractionException e) {
          throw new AssertionError(e);
        }
      }).toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void blankSuppliedTitleCountsAsAbsent() throws Exception {
    Article a = EXTRACTOR.extract(Raws.text("Unions and ministers agree to more talks\n\n" + STORY, SuppliedMetadata.NONE.withTitle(" ")));
    assertThat(a.title()).contains("Unions and ministers agree to more talks");
  }
}
