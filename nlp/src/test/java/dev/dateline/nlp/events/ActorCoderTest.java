package dev.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import dev.dateline.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorCoderTest {
  private static final ActorCoder CODER = new ActorCoder(
      Map.of("ehud barak", "ISRGOVMIL", "israel", "ISR", "israeli", "ISR", "albanian", "ALB"),
      Map.of("soldier", "MIL", "government", "GOV", "protester", "OPP"),
      Map.of("ehud barak", List.of(new ActorCoder.Role("ISRELI", 19600101, 19990706),
          new ActorCoder.Role("ISRGOV", 19990706, 20010307), new ActorCoder.Role("ISRGOVMIL", 20070701, 20130318))));

  private static Entities.Entity entity(String name, EntityType type) {
    Span span = new Span(0, name.length());
    return new Entities.Entity("e0", span, name, type, List.of(),
        List.of(new Entities.Mention(span, Entities.MentionKind.NAME)));
  }

  @Test
  void phraseWordsAreThoseOfARegularExpressionSplitOnSpacesAndCommas() {
    for (String text : List.of("", "US Secretary of State", " leading", "trailing, ", ",,,", "a,b\tc\n d",
        "  ", "one", "x ,y")) {
      assertThat(ActorCoder.words(text)).as("'%s'", text).containsExactly(text.split("[\\s,]+"));
    }
  }

  @Test
  void multiWordActorIsFoundAmongOtherWords() {
    assertThat(new ActorCoder(Map.of("united nations", "IGOUNO"), Map.of()).phrase("the United Nations envoy"))
        .contains("IGOUNO");
  }

  @Test
  void personIsCodedWithTheRoleHeldOnTheStorysDate() {
    assertThat(CODER.code(entity("Ehud Barak", EntityType.PERSON), Optional.of(LocalDate.parse("2000-05-01"))))
        .contains("ISRGOV");
  }

  @Test
  void personWithoutAStoryDateTakesTheLatestRole() {
    assertThat(CODER.code(entity("Ehud Barak", EntityType.PERSON), Optional.empty())).contains("ISRGOVMIL");
  }

  @Test
  void pluralAgentIsFoundByItsSingular() {
    assertThat(CODER.phrase("Israeli soldiers")).contains("ISRMIL");
  }

  @Test
  void pluralDemonymIsFoundByItsSingular() {
    assertThat(CODER.phrase("Albanians")).contains("ALB");
  }

  @Test
  void sectorWithoutCountryIsBare() {
    assertThat(CODER.isBareSector("GOV")).isTrue();
    assertThat(CODER.isBareSector("ISRGOV")).isFalse();
    assertThat(CODER.isCountry("ISR")).isTrue();
  }
}
