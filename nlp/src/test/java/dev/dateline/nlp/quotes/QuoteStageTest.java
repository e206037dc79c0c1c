package dev.dateline.nlp.quotes;

import static dev.dateline.model.EntityType.ORG;
import static dev.dateline.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.QuoteTerms;
import dev.dateline.model.Quotes;
import dev.dateline.model.Quotes.Kind;
import dev.dateline.model.Quotes.Quote;
import dev.dateline.model.Quotes.Speaker;
import dev.dateline.nlp.TestArticles;
import dev.dateline.nlp.TestNames;
import dev.dateline.nlp.TestNames.Surface;
import dev.dateline.nlp.entities.EntityStage;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.titles.TitlesStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteStageTest {
  private static final PosStage POS = PosStage.standard();
  private static final TitlesStage TITLES = TitlesStage.standard();
  private static final EntityStage ENTITIES = EntityStage.standard();
  private static final QuoteStage STAGE = QuoteStage.standard();

  private record Result(String text, List<Quote> quotes, List<QuoteTerms.Term> terms, List<Entities.Entity> entities) {
    Quote starting(String words) {
      return quotes.stream().filter(q -> q.span().of(text).replaceFirst("^[\"“‘«']+", "").startsWith(words)).findFirst()
          .orElseThrow(() -> new AssertionError("no quote starting '" + words + "' in " + texts()));
    }

    List<String> texts() {
      return quotes.stream().map(q -> q.span().of(text)).toList();
    }

    String content(Quote q) {
      return q.span().of(text);
    }

    String cue(Quote q) {
      return q.cue().map(c -> c.of(text)).orElse(null);
    }

    /** The speaker: the entity's name when named, else "unnamed:" and the descriptor; null when none. */
    String speaker(Quote q) {
      if (q.speaker().isEmpty()) {
        return null;
      }
      return switch (q.speaker().get()) {
        case Speaker.Named n -> entities.stream().filter(e -> e.id().equals(n.entity())).findFirst().orElseThrow().name();
        case Speaker.Unnamed u -> "unnamed:" + u.descriptor();
      };
    }
  }

  private static Result run(String text, Surface... names) {
    return run(STAGE, text, names);
  }

  private static Result run(QuoteStage stage, String text, Surface... names) {
    Document d = Document.of(TestArticles.of(text));
    d = new ParagraphStage().apply(d);
    d = new TokenStage().apply(d);
    d = new SentenceStage().apply(d);
    d = POS.apply(d);
    d = TestNames.add(d, List.of(names));
    d = TITLES.apply(d);
    d = ENTITIES.apply(d);
    d = stage.apply(d);
    return new Result(text, d.require(Quotes.KEY).items(), d.require(QuoteTerms.KEY).items(),
        d.require(Entities.KEY).items());
  }

  private static Surface person(String s) {
    return TestNames.of(s, PERSON);
  }

  @Test
  void straightOpeningClosedByCurlyMarkIsOneDirectQuote() {
    Result r = run("\"This is a decisive moment for the whole region,” said Antony Blinken.", person("Antony Blinken"));
    Quote q = r.starting("This is a decisive moment");
    assertThat(r.content(q)).isEqualTo("\"This is a decisive moment for the whole region,”");
    assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    assertThat(r.cue(q)).isEqualTo("said");
    assertThat(r.speaker(q)).isEqualTo("Antony Blinken");
  }

  @Test
  void guillemetsQuoteLikeDoubleMarks() {
    Result r = run("«We will not accept these terms under any conditions», Maria Lopez said.", person("Maria Lopez"));
    assertThat(r.speaker(r.starting("We will not accept"))).isEqualTo("Maria Lopez");
  }

  @Test
  void singleMarksQuoteWhenTheyEnclose() {
    Result r = run("‘The talks are going nowhere fast,’ John Smith said.", person("John Smith"));
    assertThat(r.speaker(r.starting("The talks are going"))).isEqualTo("John Smith");
  }

  @Test
  void apostrophesDoNotOpenQuotes() {
    Result r = run("Hamas' response wasn't what Israel's leaders expected, officials' aides said.");
    assertThat(r.terms()).isEmpty();
  }

  @Test
  void quoteReopenedOnTheNextParagraphIsOneQuote() {
    Result r = run("John Smith said: \"We have waited for months and nothing has changed.\n"
        + "\"Now we will act on our own and nobody can stop us.\"", person("John Smith"));
    Quote q = r.starting("We have waited");
    assertThat(r.content(q)).endsWith("nobody can stop us.\"");
    assertThat(r.speaker(q)).isEqualTo("John Smith");
    assertThat(r.quotes()).hasSize(1);
  }

  @Test
  void nestedQuoteStaysInsideItsQuote() {
    Result r = run("“He told me ‘never again’ and walked out of the room,” Jane Doe said.", person("Jane Doe"));
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.content(r.quotes().get(0))).endsWith("out of the room,”");
    assertThat(r.terms()).isEmpty();
  }

  @Test
  void partialQuoteInsideReportedSpeechIsMixed() {
    Result r = run("John Smith warned it was time to “make sure that no one takes any steps” to derail the deal.",
        person("John Smith"));
    Quote q = r.starting("it was time");
    assertThat(q.kind()).isEqualTo(Kind.MIXED);
    assertThat(r.cue(q)).isEqualTo("warned");
    assertThat(r.content(q)).endsWith("to derail the deal");
  }

  @Test
  void reportedSpeechAfterADayTakesTheClause() {
    Result r = run("Antony Blinken said Tuesday he would discuss the proposal with Israeli officials.",
        person("Antony Blinken"));
    Quote q = r.starting("he would discuss");
    assertThat(q.kind()).isEqualTo(Kind.INDIRECT);
    assertThat(r.content(q)).isEqualTo("he would discuss the proposal with Israeli officials");
    assertThat(r.cue(q)).isEqualTo("said");
    assertThat(r.speaker(q)).isEqualTo("Antony Blinken");
  }

  @Test
  void toldSkipsTheAddressee() {
    Result r = run("Jane Doe told reporters that the vote would be held in March.", person("Jane Doe"));
    Quote q = r.starting("that the vote");
    assertThat(r.cue(q)).isEqualTo("told");
    assertThat(r.speaker(q)).isEqualTo("Jane Doe");
  }

  @Test
  void accordingToTakesTheClauseBeforeIt() {
    Result r = run("The talks collapsed on Friday, according to the Foreign Ministry.",
        TestNames.of("Foreign Ministry", ORG));
    Quote q = r.starting("The talks collapsed");
    assertThat(r.content(q)).isEqualTo("The talks collapsed on Friday");
    assertThat(r.cue(q)).isEqualTo("according to");
    assertThat(r.speaker(q)).isEqualTo("Foreign Ministry");
  }

  @Test
  void auxiliaryAndAdverbBelongToTheCue() {
    Result r = run("John Smith has repeatedly warned that the economy is slowing.", person("John Smith"));
    assertThat(r.cue(r.starting("that the economy"))).isEqualTo("has repeatedly warned");
  }

  @Test
  void courtesyTitleBelongsToTheSource() {
    Result r = run("\"We will win the vote,\" said Mr. Smith.", person("Smith"));
    Quote q = r.starting("We will win");
    assertThat(q.speaker().orElseThrow().span().of(r.text)).isEqualTo("Mr. Smith");
  }

  @Test
  void contentBeforeTheSourceIsTaken() {
    Result r = run("The economy is slowing down, John Smith said.", person("John Smith"));
    Quote q = r.starting("The economy");
    assertThat(r.content(q)).isEqualTo("The economy is slowing down");
    assertThat(r.speaker(q)).isEqualTo("John Smith");
  }

  @Test
  void appositiveBeforeTheCueBelongsToTheSourceSpan() {
    Result r = run("Richard Revesz, director of the Institute for Policy Integrity, said that the rules would survive.",
        person("Richard Revesz"));
    Quote q = r.starting("that the rules");
    assertThat(q.speaker().orElseThrow().span().of(r.text))
        .isEqualTo("Richard Revesz, director of the Institute for Policy Integrity");
    assertThat(r.speaker(q)).isEqualTo("Richard Revesz");
  }

  @Test
  void participleCueAfterACommaIsASecondAttributionOfTheSameSource() {
    Result r = run("John Smith said the vote was lost, arguing that the party was divided.",
        person("John Smith"));
    Quote first = r.starting("the vote was lost");
    Quote second = r.starting("that the party");
    assertThat(r.content(first)).isEqualTo("the vote was lost");
    assertThat(r.cue(second)).isEqualTo("arguing");
    assertThat(r.content(second)).isEqualTo("that the party was divided");
    assertThat(r.speaker(second)).isEqualTo("John Smith");
  }

  @Test
  void stanceWordIsNoCueForTheRules() {
    Result r = run(QuoteStage.rulesOnly(), "John Smith criticized the council that voted against the plan.",
        person("John Smith"));
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void reportedClauseQuotingAFewWordsIsOneContentWithItsCue() {
    Result r = run("Hillary Clinton mocked the complaint, saying anybody who complains about a microphone "
        + "“is not having a good night.”", person("Hillary Clinton"));
    Quote q = r.starting("anybody who complains");
    assertThat(r.content(q)).isEqualTo("anybody who complains about a microphone “is not having a good night.”");
    assertThat(r.cue(q)).isEqualTo("saying");
  }

  @Test
  void pronounSpeakerIsTheEntityItRefersTo() {
    Result r = run("John Smith arrived in Paris on Monday.\n“I'm here to get this agreement over the line,” he said.",
        person("John Smith"));
    assertThat(r.speaker(r.starting("I'm here"))).isEqualTo("John Smith");
  }

  @Test
  void unnamedSourceKeepsItsDescription() {
    Result r = run("\"We talk to them every day about many different things,\" a senior State Department official said.",
        TestNames.of("State Department", ORG));
    assertThat(r.speaker(r.starting("We talk"))).isEqualTo("unnamed:a senior State Department official");
  }

  @Test
  void sourceBeforeARelativeClauseIsTheSpeaker() {
    Result r = run("John Smith, who met the king on Monday, said that the talks went well.", person("John Smith"));
    assertThat(r.speaker(r.starting("that the talks"))).isEqualTo("John Smith");
  }

  @Test
  void quoteStandingAloneTakesTheSpeakerOfThePreviousParagraph() {
    Result r = run("\"We are ready to sign the agreement tomorrow,\" John Smith said.\n"
        + "\"But the other side has to move first on the main points.\"", person("John Smith"));
    Quote q = r.starting("But the other side");
    assertThat(r.speaker(q)).isEqualTo("John Smith");
    assertThat(q.cue()).isEmpty();
  }

  @Test
  void scareQuotesAreTermsAndNoStatement() {
    Result r = run("John Smith pressed for a \"humanitarian pause\" and called the choices \"difficult\".",
        person("John Smith"));
    assertThat(r.terms()).extracting(t -> t.span().of(r.text())).containsExactly("\"humanitarian pause\"", "\"difficult\"");
    assertThat(r.texts()).doesNotContain("\"humanitarian pause\"", "\"difficult\"", "humanitarian pause", "difficult");
  }

  @Test
  void shortQuoteWithItsAttributionIsAStatement() {
    Result r = run("\"Never,\" John Smith said.", person("John Smith"));
    assertThat(r.speaker(r.starting("Never"))).isEqualTo("John Smith");
    assertThat(r.terms()).isEmpty();
  }

  @Test
  void nameAfterADashIsTheSpeakerOfTheQuoteBeforeIt() {
    Result r = run("“The debate showed who he really is and it frightened many of us.” ― Sonya Herridge",
        person("Sonya Herridge"));
    Quote q = r.starting("The debate showed");
    assertThat(r.cue(q)).isEqualTo("―");
    assertThat(r.speaker(q)).isEqualTo("Sonya Herridge");
  }

  @Test
  void speakerLabelOpensATurnOfTheTranscript() {
    Result r = run("Chris Wallace interviewed Mike Pence on Sunday.\nWALLACE: Let us start with the news of the day.\n"
        + "PENCE: Well, look, the campaign is doing very well in every state.\nIt is going to be a great night.\n"
        + "WALLACE: Thank you for being with us.", person("Chris Wallace"), person("Mike Pence"));
    Quote q = r.starting("Well, look");
    assertThat(r.cue(q)).isEqualTo(":");
    assertThat(r.speaker(q)).isEqualTo("Mike Pence");
    assertThat(r.content(q)).isEqualTo("Well, look, the campaign is doing very well in every state.\n"
        + "It is going to be a great night.");
  }

  @Test
  void sectionLabelIsNoSpeaker() {
    Result r = run("Mike Pence spoke in Ohio.\nUPDATE: The rally was moved to a larger hall on Monday evening.",
        person("Mike Pence"));
    assertThat(r.quotes()).isEmpty();
  }
}
