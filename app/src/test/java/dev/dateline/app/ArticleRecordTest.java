package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.Document;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Paragraphs.Paragraph;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.model.Removed;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.model.Tokens.Token;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleRecordTest {
  private static final String TEXT = "OSLO, May 2 (NTB) - Ferries ran late.\nThe port reopened.";
  private final ArticleRecord record = ArticleRecord.standard();
  private final ObjectMapper json = new ObjectMapper();

  private static Article article(Optional<Dateline> dateline, Optional<Published> published) {
    Provenance p = new Provenance("oslo.txt", Instant.parse("2025-05-02T12:00:00Z"), "a".repeat(64));
    return new Article(Article.idFor(p), p, Optional.of("https://news.example/oslo"), Optional.of("News Example"),
        Optional.of("Ferries late"), published, dateline, Optional.of("NTB"), true, Optional.of("en"),
        List.of("Kari Nord"), TEXT, List.of(new Removed(Removed.Kind.RELATED_HEADLINE, "Other story")), OffsetMap.identity());
  }

  private JsonNode parse(String line) throws Exception {
    return json.readTree(line);
  }

  @Test
  void metadataFieldsAreWrittenUnderTheirDocumentedNames() throws Exception {
    Dateline d = new Dateline("Oslo", Optional.of(LocalDate.parse("2025-05-02")), true, Optional.of("NTB"), new Span(0, 18));
    JsonNode o = parse(record.line(Document.of(article(Optional.of(d),
        Optional.of(Published.onDate(LocalDate.parse("2025-05-02"), true, Published.Evidence.DATELINE)))), Set.of()));

    assertThat(o.get("id").asText()).isEqualTo("aaaaaaaaaaaaaaaa");
    assertThat(o.get("url").asText()).isEqualTo("https://news.example/oslo");
    assertThat(o.get("source").asText()).isEqualTo("News Example");
    assertThat(o.get("title").asText()).isEqualTo("Ferries late");
    assertThat(o.get("published").asText()).isEqualTo("2025-05-02");
    assertThat(o.get("published_inferred").asBoolean()).isTrue();
    assertThat(o.get("dateline").get("place").asText()).isEqualTo("Oslo");
    assertThat(o.get("dateline").get("date").asText()).isEqualTo("2025-05-02");
    assertThat(o.get("dateline").get("agency").asText()).isEqualTo("NTB");
    assertThat(o.get("credited_source").asText()).isEqualTo("NTB");
    assertThat(o.get("syndicated").asBoolean()).isTrue();
    assertThat(o.get("language").asText()).isEqualTo("en");
    assertThat(o.get("authors").get(0).asText()).isEqualTo("Kari Nord");
    assertThat(o.get("text").asText()).isEqualTo(TEXT);
    assertThat(o.get("removed").get(0).get("kind").asText()).isEqualTo("related_headline");
    assertThat(o.get("removed").get(0).get("text").asText()).isEqualTo("Other story");
  }

  @Test
  void fieldOrderFollowsTheDocumentedRecord() throws Exception {
    JsonNode o = parse(record.line(Document.of(article(Optional.empty(), Optional.empty())), Set.of()));
    assertThat(o.fieldNames()).toIterable().containsExactly("id", "url", "source", "title", "published",
        "published_inferred", "dateline", "credited_source", "syndicated", "language", "authors", "text", "removed");
  }

  @Test
  void absentValuesAreNullAndAbsentPublicationIsNotInferred() throws Exception {
    JsonNode o = parse(record.line(Document.of(article(Optional.empty(), Optional.empty())), Set.of()));
    assertThat(o.get("dateline").isNull()).isTrue();
    assertThat(o.get("published").isNull()).isTrue();
    assertThat(o.get("published_inferred").asBoolean()).isFalse();
  }

  @Test
  void fullDateTimeIsWrittenWhenKnown() throws Exception {
    Published p = Published.at(java.time.OffsetDateTime.parse("2025-05-02T09:30:00+02:00"), Published.Evidence.META);
    JsonNode o = parse(record.line(Document.of(article(Optional.empty(), Optional.of(p))), Set.of()));
    assertThat(o.get("published").asText()).isEqualTo("2025-05-02T09:30+02:00");
  }

  @Test
  void layersBecomeArraysOfIdAndOffsetsIntoTheText() throws Exception {
    Document doc = Document.of(article(Optional.empty(), Optional.empty()))
        .with(Paragraphs.KEY, new Paragraphs(List.of(new Paragraph("p0", new Span(0, 37)), new Paragraph("p1", new Span(38, 56)))));
    JsonNode paragraphs = parse(record.line(doc, Set.of())).get("paragraphs");
    assertThat(paragraphs).hasSize(2);
    assertThat(paragraphs.get(1).get("id").asText()).isEqualTo("p1");
    int begin = paragraphs.get(1).get("begin").asInt();
    int end = paragraphs.get(1).get("end").asInt();
    assertThat(TEXT.substring(begin, end)).isEqualTo("The port reopened.");
  }

  @Test
  void omittedLayersAreLeftOut() throws Exception {
    Document doc = Document.of(article(Optional.empty(), Optional.empty()))
        .with(Tokens.KEY, new Tokens(List.of(new Token("t0", new Span(0, 4)))));
    assertThat(parse(record.line(doc, Set.of(Tokens.KEY))).has("tokens")).isFalse();
    assertThat(parse(record.line(doc, Set.of())).get("tokens").get(0).get("end").asInt()).isEqualTo(4);
  }

  @Test
  void tagsCarryTheirTokenPartsOfSpeechAndLemma() throws Exception {
    Document doc = Document.of(article(Optional.empty(), Optional.empty()))
        .with(Tags.KEY, new Tags(List.of(new Tags.Tag("g0", new Span(20, 27), "t5", "NOUN", "NNS", "ferry"))));
    JsonNode tag = parse(record.line(doc, Set.of())).get("tags").get(0);
    assertThat(tag.get("token").asText()).isEqualTo("t5");
    assertThat(tag.get("upos").asText()).isEqualTo("NOUN");
    assertThat(tag.get("xpos").asText()).isEqualTo("NNS");
    assertThat(tag.get("lemma").asText()).isEqualTo("ferry");
    assertThat(tag.get("begin").asInt()).isEqualTo(20);
  }

  @Test
  void prettyRecordHoldsTheSameFields() throws Exception {
    Document doc = Document.of(article(Optional.empty(), Optional.empty()));
    assertThat(parse(record.pretty(doc, Set.of()))).isEqualTo(parse(record.line(doc, Set.of())));
  }
}
