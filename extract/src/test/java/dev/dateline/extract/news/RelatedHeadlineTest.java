package dev.dateline.extract.news;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Removed;
import org.junit.jupiter.api.Test;

class RelatedHeadlineTest {
  private static final NewsReader READER = NewsReader.create();

  /** Opening lines that hold no title, so that the lines tested are body lines. */
  private static final String LEAD = "The talks went on late into the night.\n\nBoth sides said progress was made.\n\n";

  private static NewsBody bare(String text) {
    return READER.read(LEAD + text, true);
  }

  private static Removed related(String text) {
    return new Removed(Removed.Kind.RELATED_HEADLINE, text);
  }

  @Test
  void titleCaseRunAfterLastSentenceIsRemoved() {
    NewsBody body = READER.read("He met key officials. Hamas Has Given 'Generally Positive' Response to Truce Deal, Says Qatar\n\n"
        + "The talks went on.", false);
    assertThat(body.text()).isEqualTo("He met key officials.\n\nThe talks went on.");
    assertThat(body.removed()).containsExactly(related("Hamas Has Given 'Generally Positive' Response to Truce Deal, Says Qatar"));
  }

  @Test
  void titleCaseLineStandingAloneInBareTextIsRemoved() {
    NewsBody body = bare("Antony Blinken Meets with Israeli PM Netanyahu\n\nThey resumed at dawn.");
    assertThat(body.text()).isEqualTo(LEAD + "They resumed at dawn.");
    assertThat(body.removed()).containsExactly(related("Antony Blinken Meets with Israeli PM Netanyahu"));
  }

  @Test
  void titleCaseLineFromMarkupIsKeptAsSubheading() {
    NewsBody body = READER.read("The talks went on late.\n\nHow the Deal Would Work in Practice\n\nThey resumed.", false);
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void readMoreLineIsRemoved() {
    NewsBody body = READER.read("The talks went on.\n\nREAD MORE: Ceasefire talks stall in Cairo\n\nThey resumed.", false);
    assertThat(body.text()).isEqualTo("The talks went on.\n\nThey resumed.");
    assertThat(body.removed()).containsExactly(related("READ MORE: Ceasefire talks stall in Cairo"));
  }

  @Test
  void alsoReadWithBarIsRemoved() {
    NewsBody body = READER.read("The talks went on.\nAlso Read | Ceasefire talks stall in Cairo\nThey resumed.", false);
    assertThat(body.text()).isEqualTo("The talks went on.\nThey resumed.");
  }

  @Test
  void relatedLabelAfterSentenceIsRemoved() {
    NewsBody body = READER.read("The talks went on. Related: Ceasefire talks stall in Cairo\n\nThey resumed.", false);
    assertThat(body.text()).isEqualTo("The talks went on.\n\nThey resumed.");
  }

  @Test
  void ordinarySentenceIsKept() {
    NewsBody body = bare("The Senate voted on the bill on Tuesday, officials said\n\nIt passed.");
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void nameAloneIsKept() {
    NewsBody body = bare("Prime Minister Benjamin Netanyahu\n\nThey resumed.");
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void listItemWithBracketsIsKept() {
    NewsBody body = bare("Catherine Tate (The Catherine Tate Show, BBC Two)\n\nThe winner is named later.");
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void sentenceCaseTailAfterSentenceIsKept() {
    NewsBody body = READER.read("He met officials. The statement was issued by Prime Minister Benjamin Netanyahu\n\nIt ended.", false);
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void offsetsPointAtTheSameCharactersAfterRemoval() {
    String input = "He met key officials. Hamas Has Given 'Generally Positive' Response to Truce Deal, Says Qatar\n\n"
        + "The talks went on.";
    NewsBody body = READER.read(input, false);
    for (int i = 0; i < body.text().length(); i++) {
      assertThat(input.charAt(body.offsets().toRaw(i))).as("char %d", i).isEqualTo(body.text().charAt(i));
    }
  }

  @Test
  void labelAloneTakesTheHeadlineBelowIt() {
    NewsBody body = READER.read("The talks went on.\n\nALSO READ\n\nCeasefire talks stall in Cairo again\n\nThey resumed.", false);
    assertThat(body.text()).isEqualTo("The talks went on.\n\nThey resumed.");
  }

  @Test
  void labelAloneLeavesAShortHeadingBelowIt() {
    NewsBody body = READER.read("The talks went on.\n\nSee also\n\nFootnotes\n\nThey resumed.", false);
    assertThat(body.text()).isEqualTo("The talks went on.\n\nFootnotes\n\nThey resumed.");
  }

  @Test
  void numberedHeadingIsNotASentenceWithAHeadlineAppended() {
    NewsBody body = READER.read("The garden needs care.\n\n1. Know When to Plant Them\n\nPlant them in spring.", false);
    assertThat(body.removed()).isEmpty();
  }

  @Test
  void tailOfTwoSentencesIsKept() {
    NewsBody body = READER.read("It makes the game all the more intriguing. Released 1 March on PC. METAL GEAR SOLID: SNAKE EATER\n\n"
        + "More stealth follows.", false);
    assertThat(body.removed()).isEmpty();
  }
}
