package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.model.ContentKind;
import dev.dateline.model.SuppliedMetadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path dir;

  @Test
  void openRefusesAMissingPathNamingIt() {
    String missing = dir.resolve("nope.txt").toString();
    assertThatThrownBy(() -> Ingest.builder().build().open(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing);
  }

  @Test
  void openRefusesAnFtpUrlNamingTheScheme() {
    assertThatThrownBy(() -> Ingest.builder().build().open("ftp://example.org/news.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://example.org/news.txt")
        .hasMessageContaining("'ftp'");
  }

  @Test
  void openReadsAFileUrlAsAPath() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Hello.");
    var got = Collected.from(Ingest.builder().build().open(file.toUri().toString()));
    assertThat(got.text(0)).isEqualTo("Hello.");
  }

  @Test
  void openOfADashReadsOneDocumentFromTheGivenStream() throws Exception {
    var source = Ingest.builder().build().stdin(new ByteArrayInputStream("Plain words.".getBytes(StandardCharsets.UTF_8)));
    var got = Collected.from(source);
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
      assertThat(d.origin()).isEqualTo("stdin");
    });
  }

  @Test
  void stdinThatStartsLikeHtmlIsHtml() throws Exception {
    var source = Ingest.builder().build()
        .stdin(new ByteArrayInputStream("  <!doctype html><p>x".getBytes(StandardCharsets.UTF_8)));
    assertThat(Collected.from(source).documents.get(0).kind()).isEqualTo(ContentKind.HTML);
  }

  @Test
  void stdinCarriesTheCommandLineMetadata() throws Exception {
    var meta = SuppliedMetadata.NONE.withPublished("2024-03-01").withSource("Wire");
    var source = Ingest.builder().metadata(meta).build()
        .stdin(new ByteArrayInputStream("Words.".getBytes(StandardCharsets.UTF_8)));
    assertThat(Collected.from(source).documents.get(0).supplied()).isEqualTo(meta);
  }

  @Test
  void fetchTimeAndHashComeFromTheClockAndTheBytes() throws Exception {
    var clock = new FakeClock(Instant.parse("2025-01-02T03:04:05Z"));
    var source = Ingest.builder().clock(clock).build()
        .stdin(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));
    var p = Collected.from(source).documents.get(0).provenance();
    assertThat(p.fetchedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    // sha-256("abc"), the FIPS 180-2 test vector
    assertThat(p.contentHash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void buildRefusesANegativeMaxBytesWithTheValue() {
    assertThatThrownBy(() -> Ingest.builder().maxBytes(-3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes").hasMessageContaining("-3");
  }

  @Test
  void buildRefusesAZeroReadTimeoutWithTheValue() {
    assertThatThrownBy(() -> Ingest.builder().readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout").hasMessageContaining("PT0S");
  }

  @Test
  void buildRefusesNegativeRedirectsAndPoliteness() {
    assertThatThrownBy(() -> Ingest.builder().maxRedirects(-1).build()).hasMessageContaining("maxRedirects")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Ingest.builder().politenessDelay(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("politenessDelay").hasMessageContaining("PT-1S");
  }

  @Test
  void buildRefusesAUserAgentWithALineBreak() {
    assertThatThrownBy(() -> Ingest.builder().userAgent("Bot\r\nX: y").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
  }
}
