package dev.dateline.extract.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void quotedStringsReadBackUnchanged() {
    String s = "quote \" backslash \\ newline \n tab \t control \u0001 line sep \u2028 umlaut ü emoji \uD83D\uDE00";
    assertThat(Json.parse(Json.quote(s))).contains(s);
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(Json.quote("a\u0001b\nc")).isEqualTo("\"a\\u0001b\\nc\"");
  }

  @Test
  void malformedInputGivesEmpty() {
    assertThat(Json.parse("{\"a\": ")).isEmpty();
  }
}
