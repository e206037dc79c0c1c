package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.ContentKind;
import dev.dateline.model.SuppliedMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @TempDir Path dir;

  private static Collected read(Ingest ingest, Path path) throws IOException {
    return Collected.from(ingest.open(path.toString()));
  }

  @Test
  void aTextFileIsOneTextDocumentWithItsPathAsOrigin() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "WASHINGTON (AP) — Words.");
    var got = read(Ingest.builder().build(), file);
    assertThat(got.documents).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
      assertThat(d.origin()).isEqualTo(file.toString());
      assertThat(d.declaredCharset()).isEmpty();
    });
    assertThat(got.text(0)).isEqualTo("WASHINGTON (AP) — Words.");
  }

  @Test
  void aSidecarSuppliesMetadataOverTheCommandLine() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "Words.");
    Files.writeString(dir.resolve("story.txt.meta.json"),
        "{\"title\":\"T\",\"published\":\"2024-05-06\",\"authors\":[\"A. Writer\"]}");
    var cli = SuppliedMetadata.NONE.withPublished("2000-01-01").withSource("Wire");
    var meta = read(Ingest.builder().metadata(cli).build(), file).documents.get(0).supplied();
    assertThat(meta.title()).contains("T");
    assertThat(meta.published()).contains("2024-05-06");
    assertThat(meta.source()).contains("Wire");
    assertThat(meta.authors()).containsExactly("A. Writer");
  }

  @Test
  void aSidecarWithAnUnknownFieldFailsTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "Words.");
    Files.writeString(dir.resolve("story.txt.meta.json"), "{\"publised\":\"2024-05-06\"}");
    var got = read(Ingest.builder().build(), file);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("publised"));
  }

  @Test
  void anHtmlExtensionMakesAnHtmlDocument() throws Exception {
    Path file = Files.writeString(dir.resolve("page.htm"), "hello <b>there</b>");
    assertThat(read(Ingest.builder().build(), file).documents.get(0).kind()).isEqualTo(ContentKind.HTML);
  }

  @Test
  void htmlIsSniffedFromTheFirstBytesWhateverTheExtension() throws Exception {
    Path file = Files.writeString(dir.resolve("page.txt"), "\n<!DOCTYPE html>\n<html><body>x</body></html>");
    assertThat(read(Ingest.builder().build(), file).documents.get(0).kind()).isEqualTo(ContentKind.HTML);
  }

  @Test
  void aBinaryFileIsAFailure() throws Exception {
    Path file = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
    var got = read(Ingest.builder().build(), file);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("binary"));
  }

  @Test
  void aFileOverMaxBytesIsAFailure() throws Exception {
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
    var got = read(Ingest.builder().maxBytes(100).build(), file);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("maxBytes (100 bytes)"));
  }

  @Test
  void aGzippedTextFileIsReadByItsInnerName() throws Exception {
    Path file = dir.resolve("story.html.gz");
    Files.write(file, gzip("<p>Hi</p>".getBytes(StandardCharsets.UTF_8)));
    var got = read(Ingest.builder().build(), file);
    assertThat(got.documents.get(0).kind()).isEqualTo(ContentKind.HTML);
    assertThat(got.text(0)).isEqualTo("<p>Hi</p>");
  }

  @Test
  void aGzipBombStopsAtMaxBytesAsAFailure() throws Exception {
    Path file = dir.resolve("bomb.txt.gz");
    // 16 MiB of zeros, about 16 KiB on disk; maxBytes 1 MiB stops the inflation early
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 16; i++) {
        out.write(zeros);
      }
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    var got = read(Ingest.builder().maxBytes(1 << 20).build(), file);
    assertThat(got.documents).isEmpty();
    assertThat(got.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file.toString());
      assertThat(f.problem()).contains("after decompression").contains("maxBytes");
    });
  }

  @Test
  void aCorruptGzipFileIsAFailure() throws Exception {
    Path file = Files.write(dir.resolve("bad.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9, 9});
    var got = read(Ingest.builder().build(), file);
    assertThat(got.failures).singleElement().satisfies(f -> assertThat(f.origin()).isEqualTo(file.toString()));
  }

  @Test
  void anEmptyFileIsAFailure() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(read(Ingest.builder().build(), file).failures).singleElement()
        .satisfies(f -> assertThat(f.problem()).isEqualTo("empty file"));
  }

  @Test
  void aDirectoryIsReadRecursivelyInSortedOrderSkippingHiddenFilesAndSidecars() throws Exception {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("c.txt"), "c");
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("a.txt.meta.json"), "{\"title\":\"A\"}");
    Files.writeString(dir.resolve("b/inner/z.txt"), "z");
    Files.writeString(dir.resolve("b/m.txt"), "m");
    Files.writeString(dir.resolve(".hidden.txt"), "h");
    Files.writeString(dir.resolve(".git/config"), "g");
    var got = read(Ingest.builder().build(), dir);
    assertThat(got.failures).isEmpty();
    assertThat(got.documents).extracting(d -> dir.relativize(Path.of(d.origin())).toString().replace('\\', '/'))
        .containsExactly("a.txt", "b/inner/z.txt", "b/m.txt", "c.txt");
    assertThat(got.documents.get(0).supplied().title()).contains("A");
  }

  @Test
  void aBadFileInADirectoryIsAFailureAndTheWalkGoesOn() throws Exception {
    Files.write(dir.resolve("a.bin"), new byte[] {0, 1, 2});
    Files.writeString(dir.resolve("b.txt"), "b");
    var got = read(Ingest.builder().build(), dir);
    assertThat(got.failures).hasSize(1);
    assertThat(got.documents).hasSize(1);
  }

  @Test
  void cliMetadataFillsBareText() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "Words.");
    var cli = new SuppliedMetadata(Optional.of("https://x.test/a"), Optional.empty(), Optional.of("Wire"),
        Optional.of("2024-01-01"), Optional.empty(), List.of());
    assertThat(read(Ingest.builder().metadata(cli).build(), file).documents.get(0).supplied()).isEqualTo(cli);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
