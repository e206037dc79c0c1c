package dev.dateline.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final Decoder DECODER = Decoder.create();
  private static final String FRENCH = "Le président a déclaré que la réforme était nécessaire, a-t-il ajouté à Genève.";
  private static final String CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda schválila návrh zákona o daních.";
  private static final String RUSSIAN = "Президент России заявил, что переговоры будут продолжены в Москве на следующей неделе.";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Decoded decode(byte[] bytes) throws UndecodableException {
    return DECODER.decode(bytes, Optional.empty(), false);
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndDecides() throws Exception {
    Decoded d = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.BOM);
  }

  @Test
  void utf16LittleEndianByteOrderMark() throws Exception {
    Decoded d = decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void declaredCharsetIsUsedWhenItDecodes() throws Exception {
    Decoded d = DECODER.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")), Optional.of("koi8-r"), false);
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.DECLARED);
  }

  @Test
  void declaredUtf8ThatDoesNotDecodeIsPassedOver() throws Exception {
    Decoded d = DECODER.decode(FRENCH.getBytes(Charset.forName("windows-1252")), Optional.of("utf-8"), false);
    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.DETECTED);
  }

  @Test
  void latin1LabelIsReadAsWindows1252() throws Exception {
    String curly = "He said \u201cno\u201d to the plan.";
    Decoded d = DECODER.decode(curly.getBytes(Charset.forName("windows-1252")), Optional.of("ISO-8859-1"), false);
    assertThat(d.text()).isEqualTo(curly);
  }

  @Test
  void metaCharsetInMarkup() throws Exception {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RUSSIAN + "</p></body></html>";
    Decoded d = DECODER.decode(html.getBytes(Charset.forName("windows-1251")), Optional.empty(), true);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.META);
  }

  @Test
  void httpEquivContentTypeInMarkup() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"></head><body>"
        + CZECH + "</body></html>";
    Decoded d = DECODER.decode(html.getBytes(Charset.forName("ISO-8859-2")), Optional.empty(), true);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.META);
  }

  @Test
  void xmlDeclarationInMarkup() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1250\"?><html><body>" + CZECH + "</body></html>";
    Decoded d = DECODER.decode(xml.getBytes(Charset.forName("windows-1250")), Optional.empty(), true);
    assertThat(d.text()).isEqualTo(xml);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.XML_DECLARATION);
  }

  @Test
  void validUtf8WithoutAnyLabel() throws Exception {
    Decoded d = decode(RUSSIAN.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.evidence()).isEqualTo(Decoded.Evidence.UTF8_VALID);
  }

  @Test
  void windows1252IsDetectedForWesternText() throws Exception {
    Decoded d = decode(FRENCH.getBytes(Charset.forName("windows-1252")));
    assertThat(d.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void windows1250IsDetectedForCzechText() throws Exception {
    Decoded d = decode(CZECH.getBytes(Charset.forName("windows-1250")));
    assertThat(d.text()).isEqualTo(CZECH);
  }

  @Test
  void windows1251IsDetectedForRussianText() throws Exception {
    assertThat(decode(RUSSIAN.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(RUSSIAN);
  }

  @Test
  void koi8rIsToldFromWindows1251ByLetterCase() throws Exception {
    assertThat(decode(RUSSIAN.getBytes(Charset.forName("KOI8-R"))).text()).isEqualTo(RUSSIAN);
  }

  @Test
  void utf16WithoutMarkIsDetectedFromZeroBytes() throws Exception {
    assertThat(decode("Plain English text here.".getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo("Plain English text here.");
  }

  @Test
  void binaryDataIsUndecodable() {
    byte[] binary = new byte[200];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7 % 31);
    }
    assertThatThrownBy(() -> decode(binary)).isInstanceOf(UndecodableException.class).hasMessageContaining("binary");
  }
}
