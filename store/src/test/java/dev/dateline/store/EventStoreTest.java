package dev.dateline.store;

import static dev.dateline.store.Articles.dated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.Article;
import dev.dateline.model.Events;
import dev.dateline.model.Events.Event;
import dev.dateline.model.Events.EventDate;
import dev.dateline.model.Events.Participant;
import dev.dateline.model.Events.Place;
import dev.dateline.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  private static final String TEXT = "Antony Blinken met Benjamin Netanyahu in Tel Aviv. Hamas fighters attacked Gaza City.";
  private static final Article ARTICLE = dated("Talks", TEXT, LocalDate.of(2024, 2, 7));

  private static Participant person(String name, String code) {
    return new Participant(Optional.of("e0"), name, new Span(0, 5), Optional.ofNullable(code));
  }

  private static Event event(String id, Events.Type type, List<Participant> actors, List<Participant> targets, String place,
      EventDate date, Events.Modality modality) {
    return new Event(id, new Span(15, 18), type, Optional.empty(), type == Events.Type.CONSULT ? "040" : "190", actors, targets,
        Optional.ofNullable(place).map(p -> new Place(p, Optional.empty(), new Span(41, 49))), Optional.ofNullable(date),
        modality, new Span(0, 50), Optional.empty(), 0.9);
  }

  private static EventDate day(String value) {
    return new EventDate(value, Events.Granularity.DAY, Events.DateSource.DATELINE, Optional.empty());
  }

  private static final Event MEETING = event("v0", Events.Type.CONSULT, List.of(person("Antony Blinken", "USAGOV")),
      List.of(person("Benjamin Netanyahu", "ISRGOV")), "Tel Aviv", day("2024-02-07"), Events.Modality.ASSERTED);
  private static final Event ATTACK = event("v1", Events.Type.ASSAULT, List.of(person("Hamas", "PSENGO")),
      List.of(person("Gaza City", null)), null, new EventDate("2024-01", Events.Granularity.MONTH, Events.DateSource.TIME_EXPRESSION,
          Optional.of(new Span(60, 70))), Events.Modality.CLAIMED);
  private static final Event UNDATED = event("v2", Events.Type.CONSULT, List.of(person("Hamas", null)), List.of(), null, null,
      Events.Modality.PLANNED);

  private ArticleStore stored() throws IOException {
    ArticleStore store = ArticleStore.open(dir);
    store.add(ARTICLE, new Events(List.of(MEETING, ATTACK, UNDATED)));
    store.commit();
    return store;
  }

  private static EventQuery query(Optional<String> actor, Optional<String> target, Set<Events.Type> types, Optional<LocalDate> from,
      Optional<LocalDate> to, Optional<String> place, Set<Events.Modality> modalities) {
    return new EventQuery(actor, target, types, from, to, place, modalities, 100);
  }

  private static List<String> ids(ArticleStore store, EventQuery q) throws IOException {
    return store.events(q).stream().map(h -> h.event().id()).toList();
  }

  private static EventQuery actor(String value) {
    return query(Optional.of(value), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
  }

  @Test
  void eventsComeBackEqualWithTheirArticle() throws IOException {
    try (ArticleStore store = stored()) {
      List<EventHit> hits = store.events(EventQuery.all(10));
      assertThat(hits).extracting(EventHit::event).containsExactly(MEETING, ATTACK, UNDATED); // latest date first, undated last
      assertThat(hits).extracting(EventHit::article).containsOnly(ARTICLE);
    }
  }

  @Test
  void eventsSurviveReopening() throws IOException {
    stored().close();
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.events(EventQuery.all(10))).extracting(EventHit::event).containsExactly(MEETING, ATTACK, UNDATED);
    }
  }

  @Test
  void actorIsFoundByAnyRunOfItsWordsIgnoringCase() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, actor("blinken"))).containsExactly("v0");
      assertThat(ids(store, actor("ANTONY BLINKEN"))).containsExactly("v0");
      assertThat(ids(store, actor("Netanyahu"))).isEmpty(); // a target, not an actor
    }
  }

  @Test
  void actorIsFoundByItsCameoCodeOrAPrefixOfIt() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, actor("USAGOV"))).containsExactly("v0");
      assertThat(ids(store, actor("usa"))).containsExactly("v0");
      assertThat(ids(store, actor("US"))).isEmpty(); // not a whole three-letter part
    }
  }

  @Test
  void targetFilterLooksAtTargetsOnly() throws IOException {
    try (ArticleStore store = stored()) {
      EventQuery q = query(Optional.empty(), Optional.of("netanyahu"), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
      assertThat(ids(store, q)).containsExactly("v0");
      EventQuery byCode = query(Optional.empty(), Optional.of("ISR"), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
      assertThat(ids(store, byCode)).containsExactly("v0");
    }
  }

  @Test
  void typeFilterKeepsAnyOfTheGivenTypes() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(Events.Type.CONSULT), Optional.empty(), Optional.empty(),
          Optional.empty(), Set.of()))).containsExactly("v0", "v2");
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(Events.Type.ASSAULT, Events.Type.AGREE), Optional.empty(),
          Optional.empty(), Optional.empty(), Set.of()))).containsExactly("v1");
    }
  }

  @Test
  void dateRangeMeetsTheEventDateNotThePublicationDate() throws IOException {
    try (ArticleStore store = stored()) {
      // the article is published 2024-02-07; the attack is dated January 2024
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2024, 1, 31)),
          Optional.of(LocalDate.of(2024, 1, 31)), Optional.empty(), Set.of()))).containsExactly("v1");
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2024, 2, 1)), Optional.empty(),
          Optional.empty(), Set.of()))).containsExactly("v0");
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.of(LocalDate.of(2023, 12, 31)),
          Optional.empty(), Set.of()))).isEmpty();
    }
  }

  @Test
  void placeFilterMatchesAPlaceName() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.of("tel aviv"),
          Set.of()))).containsExactly("v0");
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.of("Jerusalem"),
          Set.of()))).isEmpty();
    }
  }

  @Test
  void modalityFilterKeepsAnyOfTheGivenModalities() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, query(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
          Set.of(Events.Modality.CLAIMED, Events.Modality.PLANNED)))).containsExactly("v1", "v2");
    }
  }

  @Test
  void filtersCombine() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(ids(store, query(Optional.of("Hamas"), Optional.empty(), Set.of(Events.Type.CONSULT), Optional.empty(), Optional.empty(),
          Optional.empty(), Set.of()))).containsExactly("v2");
    }
  }

  @Test
  void limitCapsTheEvents() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(store.events(EventQuery.all(2))).hasSize(2);
    }
  }

  @Test
  void addingTheSameArticleWithEventsAgainChangesNothing() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(store.add(ARTICLE, new Events(List.of(MEETING, ATTACK, UNDATED)))).isFalse();
      assertThat(store.add(ARTICLE)).isFalse();
      store.commit();
      assertThat(store.events(EventQuery.all(100))).hasSize(3);
      assertThat(store.eventStats()).isEqualTo(new EventStats(3, 1, 0));
      assertThat(store.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void addingTwiceBeforeACommitStoresTheEventsOnce() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.add(ARTICLE, new Events(List.of(MEETING)))).isTrue();
      assertThat(store.add(ARTICLE, new Events(List.of(MEETING)))).isFalse();
      store.commit();
      assertThat(store.events(EventQuery.all(100))).hasSize(1);
    }
  }

  @Test
  void anArticleStoredWithoutEventsGetsThemLaterOnce() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ARTICLE);
      store.commit();
      assertThat(store.presence(ARTICLE.id())).isEqualTo(ArticleStore.Presence.WITHOUT_EVENTS);
      assertThat(store.eventStats()).isEqualTo(new EventStats(0, 0, 1));
      assertThat(store.add(ARTICLE, new Events(List.of(MEETING)))).isTrue();
      store.commit();
      assertThat(store.presence(ARTICLE.id())).isEqualTo(ArticleStore.Presence.WITH_EVENTS);
      assertThat(store.eventStats()).isEqualTo(new EventStats(1, 1, 0));
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.get(ARTICLE.id())).contains(ARTICLE);
      assertThat(store.search(Articles.query("Blinken"))).hasSize(1);
    }
  }

  @Test
  void anArticleWithNoEventsCountsAsAnalysed() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ARTICLE, new Events(List.of()));
      store.commit();
      assertThat(store.eventStats()).isEqualTo(new EventStats(0, 1, 0));
    }
  }

  @Test
  void eventDocumentsAreNotCountedOrListedAsArticles() throws IOException {
    try (ArticleStore store = stored()) {
      assertThat(store.stats().articles()).isEqualTo(1);
      List<Article> all = new java.util.ArrayList<>();
      store.forEach(all::add);
      assertThat(all).containsExactly(ARTICLE);
      assertThat(store.search(Articles.query("*"))).hasSize(1);
    }
  }

  @Test
  void aQueryWithoutWordsToMatchIsRefusedNamingTheFilter() {
    assertThatThrownBy(() -> query(Optional.of(" -- "), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor ' -- '");
  }

  @Test
  void fromAfterToIsRefused() {
    assertThatThrownBy(() -> query(Optional.empty(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2024, 3, 1)),
        Optional.of(LocalDate.of(2024, 2, 1)), Optional.empty(), Set.of())).hasMessageContaining("is after");
  }
}
