package dev.dateline.store;

import static dev.dateline.store.Articles.article;
import static dev.dateline.store.Articles.dated;
import static dev.dateline.store.Articles.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.Failure;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.model.Removed;
import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
  @TempDir Path dir;

  private static Article full() {
    String text = "TEL AVIV, Feb 7 (Reuters) - Talks resumed on Tuesday. Odd char \uD800 kept, emoji \uD83D\uDE00 too.";
    Provenance provenance = new Provenance("file.warc.gz#rec-1", Instant.parse("2024-02-07T10:11:12.123456789Z"), Articles.hash(text));
    return new Article(Article.idFor(provenance), provenance, Optional.of("https://example.com/a"), Optional.of("Reuters"),
        Optional.of("Talks resume"),
        Optional.of(Published.at(OffsetDateTime.of(2024, 2, 7, 9, 30, 0, 5, ZoneOffset.ofHoursMinutes(5, 30)), Published.Evidence.JSON_LD)),
        Optional.of(new Dateline("TEL AVIV", Optional.of(LocalDate.of(2024, 2, 7)), true, Optional.of("Reuters"), new Span(0, 27))),
        Optional.of("AP"), true, Optional.of("en"), List.of("Jane Doe", "John Roe"), text,
        List.of(new Removed(Removed.Kind.BYLINE, "By Jane Doe"), new Removed(Removed.Kind.DISCLAIMER, "auto-generated")),
        OffsetMap.of(new int[] {0, 10, 30}, new int[] {100, 120, 155}));
  }

  @Test
  void getReturnsAnArticleEqualToTheOneAdded() throws IOException {
    Article a = full();
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
      assertThat(store.get(a.id())).contains(a);
    }
  }

  @Test
  void articleWithEveryOptionalEmptyRoundTrips() throws IOException {
    Article a = article("t", "");
    Article bare = new Article(a.id(), a.provenance(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, Optional.empty(), List.of(), "", List.of(), OffsetMap.identity());
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(bare);
      store.commit();
      assertThat(store.get(bare.id())).contains(bare);
    }
  }

  @Test
  void articlesSurviveReopening() throws IOException {
    Article a = full();
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.get(a.id())).contains(a);
    }
  }

  @Test
  void addingAnIdAlreadyStoredIsANoOp() throws IOException {
    Article a = article("Budget", "The budget passed.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.add(a)).isTrue();
      assertThat(store.add(a)).as("pending, not yet committed").isFalse();
      store.commit();
      assertThat(store.add(a)).as("committed").isFalse();
      store.commit();
      assertThat(store.stats().articles()).isEqualTo(1);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.add(a)).as("after reopening").isFalse();
    }
  }

  @Test
  void readsSeeOnlyCommittedArticles() throws IOException {
    Article a = article("Budget", "The budget passed.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      assertThat(store.get(a.id())).isEmpty();
      assertThat(store.search(query("budget"))).isEmpty();
      store.commit();
      assertThat(store.get(a.id())).isPresent();
      assertThat(store.search(query("budget"))).extracting(Hit::id).containsExactly(a.id());
    }
  }

  @Test
  void closeCommitsPendingArticles() throws IOException {
    Article a = article("Budget", "The budget passed.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.get(a.id())).contains(a);
    }
  }

  @Test
  void sourceFilterMatchesRegardlessOfCase() throws IOException {
    Article bbc = article("Floods", "Floods hit the north.", Optional.of("BBC News"), Optional.empty(), Optional.empty());
    Article cnn = article("Floods again", "Floods hit the south.", Optional.of("CNN"), Optional.empty(), Optional.empty());
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(bbc);
      store.add(cnn);
      store.commit();
      SearchQuery q = new SearchQuery("floods", Optional.of("bbc news"), Optional.empty(), Optional.empty(), Optional.empty(), 10);
      assertThat(store.search(q)).extracting(Hit::id).containsExactly(bbc.id());
    }
  }

  @Test
  void languageFilterKeepsOnlyThatLanguage() throws IOException {
    Article en = article("Election", "The election result.", Optional.empty(), Optional.of("en"), Optional.empty());
    Article de = article("Wahl", "Election Ergebnis der Wahl.", Optional.empty(), Optional.of("de"), Optional.empty());
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(en);
      store.add(de);
      store.commit();
      SearchQuery q = new SearchQuery("election", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("DE"), 10);
      assertThat(store.search(q)).extracting(Hit::id).containsExactly(de.id());
    }
  }

  @Test
  void dateRangeIsInclusiveAndLeavesOutUndatedArticles() throws IOException {
    Article before = dated("Storm one", "A storm.", LocalDate.of(2024, 1, 31));
    Article first = dated("Storm two", "A storm.", LocalDate.of(2024, 2, 1));
    Article last = dated("Storm three", "A storm.", LocalDate.of(2024, 2, 29));
    Article after = dated("Storm four", "A storm.", LocalDate.of(2024, 3, 1));
    Article undated = article("Storm five", "A storm.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (Article a : List.of(before, first, last, after, undated)) {
        store.add(a);
      }
      store.commit();
      SearchQuery q = new SearchQuery("storm", Optional.empty(), Optional.of(LocalDate.of(2024, 2, 1)), Optional.of(LocalDate.of(2024, 2, 29)),
          Optional.empty(), 10);
      assertThat(store.search(q)).extracting(Hit::id).containsExactlyInAnyOrder(first.id(), last.id());
    }
  }

  @Test
  void openEndedDateRangeFiltersOneSide() throws IOException {
    Article old = dated("Storm one", "A storm.", LocalDate.of(2020, 1, 1));
    Article recent = dated("Storm two", "A storm.", LocalDate.of(2025, 1, 1));
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(old);
      store.add(recent);
      store.commit();
      SearchQuery q = new SearchQuery("storm", Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), Optional.empty(), 10);
      assertThat(store.search(q)).extracting(Hit::id).containsExactly(recent.id());
    }
  }

  @Test
  void articleAboutTheWordsRanksAboveOneMentioningThemOnce() throws IOException {
    Article about = article("Central bank raises interest rates", "The central bank raised interest rates again; rates are at a high.");
    Article passing = article("Football results", "The match ended late. Fans worried about interest rates on the way home. The team won.");
    Article unrelated = article("Weather", "Sunny skies over the coast.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(passing);
      store.add(about);
      store.add(unrelated);
      store.commit();
      List<Hit> hits = store.search(query("interest rates"));
      assertThat(hits).extracting(Hit::id).containsExactly(about.id(), passing.id());
      assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }
  }

  @Test
  void stemmingMatchesOtherFormsOfAWord() throws IOException {
    Article a = article("Protests", "Thousands protested in the capital.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
      assertThat(store.search(query("protesting"))).extracting(Hit::id).containsExactly(a.id());
    }
  }

  @Test
  void querySyntaxIsTakenAsPlainWords() throws IOException {
    Article a = article("Trade deal", "The trade deal was signed.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
      for (String typed : List.of("AND (", "trade AND (", "title:(deal)", "\"signed", "trade~ ^2 [x TO", "*deal?", "\\", "!!! -- ||")) {
        List<Hit> hits = store.search(query(typed));
        if (typed.contains("trade") || typed.contains("deal") || typed.contains("signed")) {
          assertThat(hits).as(typed).extracting(Hit::id).containsExactly(a.id());
        }
      }
      assertThat(store.search(query("AND ("))).isEmpty();
    }
  }

  @Test
  void filterOnlyQueryListsLatestFirstAndUndatedLast() throws IOException {
    Article old = dated("Old", "Old news.", LocalDate.of(2020, 5, 1));
    Article recent = dated("Recent", "Recent news.", LocalDate.of(2025, 5, 1));
    Article undated = article("Undated", "Undated news.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(undated);
      store.add(old);
      store.add(recent);
      store.commit();
      assertThat(store.search(query("*"))).extracting(Hit::id).containsExactly(recent.id(), old.id(), undated.id());
      assertThat(store.search(query(""))).extracting(Hit::score).containsOnly(0f);
    }
  }

  @Test
  void limitCapsTheNumberOfHits() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < 5; i++) {
        store.add(article("Story " + i, "A story."));
      }
      store.commit();
      SearchQuery q = new SearchQuery("story", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 3);
      assertThat(store.search(q)).hasSize(3);
    }
  }

  @Test
  void snippetShowsTheTextAroundTheFirstMatch() throws IOException {
    String filler = "Nothing happened here at all today. ".repeat(20);
    Article a = article("Report", filler + "Then the volcano erupted without warning. " + filler);
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
      String snippet = store.search(query("eruption volcanoes")).get(0).snippet();
      assertThat(snippet).contains("volcano erupted").startsWith("…").endsWith("…");
      assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.WIDTH + 2);
    }
  }

  @Test
  void hitCarriesTheArticlesMetadata() throws IOException {
    Article a = full();
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(a);
      store.commit();
      Hit hit = store.search(query("talks")).get(0);
      assertThat(hit.title()).contains("Talks resume");
      assertThat(hit.url()).contains("https://example.com/a");
      assertThat(hit.source()).contains("Reuters");
      assertThat(hit.published()).contains(a.published().get().iso());
    }
  }

  @Test
  void forEachVisitsEveryArticleInIdOrder() throws IOException {
    List<String> ids = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < 1200; i++) { // more than one page
        Article a = article("Story " + i, "Text " + i);
        store.add(a);
        ids.add(a.id());
      }
      store.commit();
      List<String> seen = new ArrayList<>();
      store.forEach(a -> seen.add(a.id()));
      assertThat(seen).isEqualTo(ids.stream().sorted().toList());
    }
  }

  @Test
  void statsCountArticlesSourcesLanguagesAndDates() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(article("A", "a", Optional.of("BBC"), Optional.of("en"), Optional.of(LocalDate.of(2024, 3, 1))));
      store.add(article("B", "b", Optional.of("BBC"), Optional.of("en"), Optional.of(LocalDate.of(2023, 1, 9))));
      store.add(article("C", "c", Optional.of("Le Monde"), Optional.of("fr"), Optional.empty()));
      store.add(article("D", "d"));
      store.addFailure(new Failure("x.html", "no body"));
      store.commit();
      Stats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(4);
      assertThat(stats.failures()).isEqualTo(1);
      assertThat(stats.bySource()).isEqualTo(Map.of("BBC", 2L, "Le Monde", 1L));
      assertThat(stats.byLanguage()).isEqualTo(Map.of("en", 2L, "fr", 1L));
      assertThat(stats.earliest()).contains(LocalDate.of(2023, 1, 9));
      assertThat(stats.latest()).contains(LocalDate.of(2024, 3, 1));
    }
  }

  @Test
  void emptyStoreHasEmptyStats() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.stats()).isEqualTo(new Stats(0, 0, Map.of(), Map.of(), Optional.empty(), Optional.empty()));
    }
  }

  @Test
  void failuresArePersistedInTheOrderRecorded() throws IOException {
    List<Failure> failures = List.of(new Failure("b.html", "no body"), new Failure("a.warc#3", "not HTML"), new Failure("c", "empty"));
    try (ArticleStore store = ArticleStore.open(dir)) {
      failures.forEach(f -> {
        try {
          store.addFailure(f);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.addFailure(new Failure("d", "late"));
      store.addFailure(failures.get(0)); // the same failure again is recorded once
      store.commit();
      assertThat(store.failures()).containsExactly(failures.get(0), failures.get(1), failures.get(2), new Failure("d", "late"));
      assertThat(store.search(query("*"))).as("failures are not articles").isEmpty();
    }
  }

  @Test
  void secondOpenOfTheSameDirectorySaysItIsInUse() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThatThrownBy(() -> ArticleStore.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("data directory " + dir.toAbsolutePath())
          .hasMessageContaining("is in use by another dateline process");
    }
  }

  @Test
  void directoryWithOtherFilesIsNotAStore() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> ArticleStore.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toAbsolutePath().toString())
        .hasMessageContaining("is not a Dateline store")
        .hasMessageContaining("notes.txt");
  }

  @Test
  void missingDirectoryIsCreated() throws IOException {
    Path nested = dir.resolve("a/b/store");
    try (ArticleStore store = ArticleStore.open(nested)) {
      assertThat(store.stats().articles()).isZero();
    }
    assertThat(nested.resolve(ArticleStore.MARKER)).isRegularFile();
  }

  @Test
  void corruptIndexIsReportedWithItsPath() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(article("A", "a"));
    }
    try (Stream<Path> files = Files.list(dir.resolve(ArticleStore.INDEX))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    assertThatThrownBy(() -> ArticleStore.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("data directory " + dir.toAbsolutePath())
        .hasMessageContaining("corrupt");
  }

  @Test
  void closedStoreRefusesUse() throws IOException {
    ArticleStore store = ArticleStore.open(dir);
    store.close();
    assertThatThrownBy(() -> store.get("x")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
