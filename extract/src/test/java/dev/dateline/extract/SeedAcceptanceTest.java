package dev.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Article;
import dev.dateline.model.ContentKind;
import dev.dateline.model.Published;
import dev.dateline.model.Removed;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "article" items of ../shared/acceptance/seeds.json, checked on the two seed articles. */
class SeedAcceptanceTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  private static Article seed(String name, SuppliedMetadata supplied) throws IOException, ExtractionException {
    Path path = SharedData.require("seeds/" + name);
    return EXTRACTOR.extract(Raws.of(path.toString(), ContentKind.TEXT, Files.readAllBytes(path), Optional.empty(), supplied, Raws.FETCHED));
  }

  private static Article seed000() throws IOException, ExtractionException {
    return seed("000_568f706e4f98aedf.txt", SuppliedMetadata.NONE);
  }

  private static Article seed001() throws IOException, ExtractionException {
    return seed("001_88f0bed67592f514.txt", SuppliedMetadata.NONE.withPublished("2024-08-19"));
  }

  @Test
  void seed000DatelineIsTelAvivOnSeventhFebruary2024WithInferredYear() throws Exception {
    Article a = seed000();
    assertThat(a.dateline().orElseThrow().place()).isEqualTo("Tel Aviv");
    assertThat(a.dateline().orElseThrow().date()).contains(LocalDate.of(2024, 2, 7));
    assertThat(a.dateline().orElseThrow().yearInferred()).isTrue();
    assertThat(a.dateline().orElseThrow().span().of(a.text())).isEqualTo("Tel Aviv, February 7:");
  }

  @Test
  void seed000PublishedIsTheInferredDatelineDate() throws Exception {
    assertThat(seed000().published()).contains(Published.onDate(LocalDate.of(2024, 2, 7), true, Published.Evidence.DATELINE));
  }

  @Test
  void seed000CreditsCnn() throws Exception {
    assertThat(seed000().creditedSource()).contains("CNN");
  }

  @Test
  void seed000IsSyndicatedAndItsDisclaimerIsOutOfTheText() throws Exception {
    Article a = seed000();
    String disclaimer = "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not "
        + "have modified or edited the content body)";
    assertThat(a.syndicated()).isTrue();
    assertThat(a.text()).doesNotContain("auto-generated");
    assertThat(a.removed()).contains(new Removed(Removed.Kind.DISCLAIMER, disclaimer));
  }

  @Test
  void seed000PastedHeadlinesAreOutOfTheText() throws Exception {
    Article a = seed000();
    String[] headlines = {
        "Hamas Has Given 'Generally Positive' Response to Proposed Truce Deal With Israel, Says Qatar",
        "Israel-Hamas War: PM Benjamin Netanyahu Tells Israeli Soldiers ‘No Substitute for Total Victory’",
        "Antony Blinken Meets with Israeli PM Netanyahu"};
    for (String headline : headlines) {
      assertThat(a.text()).doesNotContain(headline);
      assertThat(a.removed()).contains(new Removed(Removed.Kind.RELATED_HEADLINE, headline));
    }
    assertThat(a.removed()).hasSize(headlines.length + 1);
  }

  @Test
  void seed000SentencesAroundPastedHeadlinesStay() throws Exception {
    Article a = seed000();
    assertThat(a.text()).contains("is scheduled to meet other key officials.\n\nThe discussions in Tel Aviv");
    assertThat(a.text()).contains("set by the United States.\n\n\"We saw the results");
  }

  @Test
  void seed001TitleIsTheHeadlineOnLineTwo() throws Exception {
    assertThat(seed001().title()).contains("Blinken warns Israel, Hamas of 'decisive moment' to reach agreement");
  }

  @Test
  void seed001RemovesNothingButItsTitle() throws Exception {
    Article a = seed001();
    assertThat(a.removed()).extracting(Removed::kind).containsExactly(Removed.Kind.TITLE);
    Path path = SharedData.require("seeds/001_88f0bed67592f514.txt");
    for (String line : Files.readString(path).split("\n")) {
      if (!line.startsWith("Blinken warns")) {
        assertThat(a.text()).contains(line.strip());
      }
    }
  }

  @Test
  void seed001PublishedIsTheSuppliedDate() throws Exception {
    assertThat(seed001().published()).contains(Published.onDate(LocalDate.of(2024, 8, 19), false, Published.Evidence.SUPPLIED));
  }

  @Test
  void seedOffsetsPointAtTheSameCharactersInTheInput() throws Exception {
    Path path = SharedData.require("seeds/000_568f706e4f98aedf.txt");
    String input = Files.readString(path);
    Article a = seed000();
    for (int i = 0; i < a.text().length(); i++) {
      assertThat(input.charAt(a.offsets().toRaw(i))).as("char %d", i).isEqualTo(a.text().charAt(i));
    }
  }

  @Test
  void seedsAreEnglish() throws Exception {
    assertThat(seed000().language()).contains("en");
    assertThat(seed001().language()).contains("en");
  }
}
