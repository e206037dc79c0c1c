package dev.dateline.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Article;
import dev.dateline.model.Dateline;
import dev.dateline.model.Document;
import dev.dateline.model.OffsetMap;
import dev.dateline.model.Provenance;
import dev.dateline.model.Published;
import dev.dateline.model.Span;
import dev.dateline.model.Times;
import dev.dateline.model.Times.AnchorKind;
import dev.dateline.model.Times.Time;
import dev.dateline.nlp.Pipeline;
import dev.dateline.nlp.paragraphs.ParagraphStage;
import dev.dateline.nlp.pos.PosStage;
import dev.dateline.nlp.sentences.SentenceStage;
import dev.dateline.nlp.tokens.TokenStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per family of expressions, each with its reference date (a Wednesday, 2024-02-07, unless said) and the
 * tense of its clause.
 */
class TimeStageTest {
  private static final Pipeline PIPELINE = Pipeline.builder().add(new ParagraphStage()).add(new TokenStage())
      .add(new SentenceStage()).add(PosStage.standard()).add(TimeStage.standard()).build();
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 2, 7);

  private static Article article(String text, Optional<LocalDate> published, Optional<Dateline> dateline) {
    Provenance p = new Provenance("test:" + text.hashCode(), Instant.EPOCH, TimeEvaluation.sha256(text));
    return new Article(Article.idFor(p), p, Optional.empty(), Optional.empty(), Optional.empty(),
        published.map(d -> Published.onDate(d, false, Published.Evidence.SUPPLIED)), dateline, Optional.empty(), false,
        Optional.empty(), List.of(), text, List.of(), OffsetMap.identity());
  }

  private static Times times(String text, LocalDate published) {
    return PIPELINE.run(article(text, Optional.ofNullable(published), Optional.empty())).require(Times.KEY);
  }

  /** "text = value" for each time of {@code text} published on {@code published}. */
  private static List<String> values(String text, LocalDate published) {
    return times(text, published).items().stream().map(t -> t.span().of(text) + " = " + t.value()).toList();
  }

  private static List<String> types(String text) {
    return times(text, WEDNESDAY).items().stream().map(t -> t.span().of(text) + " = " + t.type()).toList();
  }

  @Test
  void weekdayInPastClauseIsTheMostRecentOneTheReferenceDayIncluded() {
    assertThat(values("Blinken met Netanyahu on Wednesday. He said Tuesday he would discuss it.", WEDNESDAY))
        .containsExactly("Wednesday = 2024-02-07", "Tuesday = 2024-02-06");
  }

  @Test
  void weekdayInFutureClauseIsTheNextOne() {
    assertThat(values("He will travel to Egypt on Tuesday.", LocalDate.of(2024, 8, 19)))
        .containsExactly("Tuesday = 2024-08-20");
  }

  @Test
  void weekdayAfterAnInfinitiveIsTheNextOne() {
    assertThat(values("The talks are set to resume Monday.", WEDNESDAY)).containsExactly("Monday = 2024-02-12");
  }

  @Test
  void weekdayBeforeItsVerbTakesTheVerbsTense() {
    assertThat(values("On Monday, Netanyahu once again dismissed the notion.", WEDNESDAY)).containsExactly("Monday = 2024-02-05");
  }

  @Test
  void weekdayWithPartOfDay() {
    assertThat(values("Blinken arrived in Israel on Tuesday night.", WEDNESDAY)).containsExactly("Tuesday night = 2024-02-06TNI");
  }

  @Test
  void lastAndNextWeekday() {
    assertThat(values("It happened last Friday and will happen again next Friday.", WEDNESDAY))
        .containsExactly("last Friday = 2024-02-02", "next Friday = 2024-02-09");
  }

  @Test
  void deicticDays() {
    assertThat(values("Yesterday he resigned; today he spoke; tomorrow he leaves. He spoke this morning.", WEDNESDAY))
        .containsExactly("Yesterday = 2024-02-06", "today = 2024-02-07", "tomorrow = 2024-02-08", "this morning = 2024-02-07TMO");
  }

  @Test
  void presentPastAndFutureReferences() {
    assertThat(values("He is now in Gaza and recently visited Cairo, with an eye on the future.", WEDNESDAY))
        .containsExactly("now = PRESENT_REF", "recently = PAST_REF", "the future = FUTURE_REF");
  }

  @Test
  void absoluteDatesInTheirWrittenForms() {
    assertThat(values("It began on February 7, 2024, ended 8 March 2023 and resumed on 2024-02-09 and 2/10/2024.", WEDNESDAY))
        .containsExactly("February 7, 2024 = 2024-02-07", "8 March 2023 = 2023-03-08", "2024-02-09 = 2024-02-09", "2/10/2024 = 2024-02-10");
  }

  @Test
  void dateWithoutYearTakesTheNearestYear() {
    assertThat(values("The deadline was Dec. 30 and the vote is on Jan. 14.", LocalDate.of(2024, 1, 3)))
        .containsExactly("Dec. 30 = 2023-12-30", "Jan. 14 = 2024-01-14");
  }

  @Test
  void monthsAloneRelativeAndWithYear() {
    assertThat(values("The war began last October. Elections are due in November 2024 and talks resumed in January.", LocalDate.of(2024, 8, 19)))
        .containsExactly("last October = 2023-10", "November 2024 = 2024-11", "January = 2024-01");
  }

  @Test
  void yearsDecadesAndWrittenYears() {
    assertThat(values("In 1998 the law changed; in the 1990s it was weak; in nineteen ninety-six it was new.", WEDNESDAY))
        .containsExactly("1998 = 1998", "the 1990s = 199", "nineteen ninety-six = 1996");
  }
  @Test
  void ordinalCenturies() {
    assertThat(values("A 20th century democrat visited the 11th-century temple.", WEDNESDAY))
        .containsExactly("20th century = 19", "11th-century = 10");
  }

  @Test
  void writtenYearAfterAMonthOrASeason() {
    assertThat(values("It happened in January nineteen ninety-seven and in the winter of nineteen ninety-four.", WEDNESDAY))
        .containsExactly("January nineteen ninety-seven = 1997-01", "the winter of nineteen ninety-four = 1994-WI");
  }

  @Test
  void yearEndAfterAPrepositionIsTheYear() {
    assertThat(values("The deal should close by year-end; shares are up 5% since year end. Year-end results were weak.", WEDNESDAY))
        .containsExactly("year-end = 2024", "year end = 2023");
  }


  @Test
  void numbersThatAreNotYears() {
    assertThat(values("Police arrested 1500 protesters and seized $2000.", WEDNESDAY)).isEmpty();
  }

  @Test
  void relativeUnits() {
    assertThat(values("Sales rose last year, fell this month and will rise next week. It ends later this week.", LocalDate.of(2024, 8, 19)))
        .containsExactly("last year = 2023", "this month = 2024-08", "next week = 2024-W35", "later this week = 2024-W34");
  }

  @Test
  void agoCountsBackAtTheUnitsGranularity() {
    assertThat(values("The attack four months ago, three days ago and two years ago.", WEDNESDAY))
        .containsExactly("four months ago = 2023-10", "three days ago = 2024-02-04", "two years ago = 2022");
  }

  @Test
  void durations() {
    assertThat(values("Each phase lasts 45 days; the past two days, a five-year plan, several weeks and 90 minutes.", WEDNESDAY))
        .containsExactly("45 days = P45D", "the past two days = P2D", "five-year = P5Y", "several weeks = PXW", "90 minutes = PT90M");
  }
  @Test
  void thePastYearIsTheYearBeforeTheReference() {
    // TimeML reads "the past year", "the next month" as the calendar unit before (after) the reference: a date; a
    // count or a plural stays a duration
    assertThat(values("Sales fell in the past year and will rise over the next month, as in the past two years.", WEDNESDAY))
        .containsExactly("the past year = 2023", "the next month = 2024-03", "the past two years = P2Y");
  }

  @Test
  void oneDayAfterAModalIsTheFuture() {
    assertThat(values("He hopes he will one day return; the trip took one day.", WEDNESDAY))
        .containsExactly("one day = FUTURE_REF", "one day = P1D");
  }

  @Test
  void capitalisedUnitInsideALowerCaseSentenceIsATitle() {
    assertThat(values("Baker said on ABC's \"This Week\" that talks went well this week.", WEDNESDAY))
        .containsExactly("this week = 2024-W06");
  }


  @Test
  void aWordBetweenTheCountAndTheUnitKeepsTheDuration() {
    assertThat(values("It fell for six straight days, eight trading days in all, and stays two more weeks and an additional year.", WEDNESDAY))
        .containsExactly("six straight days = P6D", "eight trading days = P8D", "two more weeks = P2W", "an additional year = P1Y");
  }

  @Test
  void pluralUnitsOverAStretchAreVagueDurations() {
    assertThat(values("Over the years prices rose; in the years that followed they fell, and in the weeks ahead they may rise.", WEDNESDAY))
        .containsExactly("the years = PXY", "the years = PXY", "the weeks ahead = PXW");
  }

  @Test
  void midPartOfDay() {
    assertThat(values("By mid afternoon shares rose; at mid-afternoon yesterday they fell.", WEDNESDAY))
        .containsExactly("mid afternoon = 2024-02-07TAF", "mid-afternoon yesterday = 2024-02-06TAF");
  }

  @Test
  void durationsAreTypedAsSuch() {
    assertThat(types("It lasted 45 days.")).containsExactly("45 days = DURATION");
  }

  @Test
  void sets() {
    assertThat(values("Aid arrives every Monday, flights leave daily and the board meets twice a year.", WEDNESDAY))
        .containsExactly("every Monday = XXXX-WXX-1", "daily = P1D", "a year = P1Y");
    assertThat(types("Aid arrives every Monday.")).containsExactly("every Monday = SET");
  }
  @Test
  void eachMonthIsAYearlySet() {
    assertThat(values("Orangemen march each July from their church.", WEDNESDAY)).containsExactly("each July = XXXX-07");
    assertThat(types("Orangemen march each July from their church.")).containsExactly("each July = SET");
  }

  @Test
  void pluralWeekdaysAreSets() {
    assertThat(values("The market is closed on Sundays and flights leave on Tuesday nights.", WEDNESDAY))
        .containsExactly("Sundays = XXXX-WXX-7", "Tuesday nights = XXXX-WXX-2TNI");
    assertThat(types("The market is closed on Sundays.")).containsExactly("Sundays = SET");
  }


  @Test
  void clockTimesTakeTheDayNamedJustBefore() {
    Times t = times("They met on Tuesday. The meeting, held at 11:50 am local time, was closed.", WEDNESDAY);
    Time clock = t.items().get(1);
    assertThat(clock.value()).isEqualTo("2024-02-06T11:50");
    assertThat(clock.type()).isEqualTo(Times.Type.TIME);
    assertThat(clock.anchor()).isEqualTo(AnchorKind.TIME);
    assertThat(clock.anchorTime()).contains(t.items().get(0).id());
  }

  @Test
  void clockTimeWithWeekday() {
    assertThat(values("Relatives have until 9 a.m. Tuesday to sign.", LocalDate.of(2000, 4, 3)))
        .containsExactly("9 a.m. Tuesday = 2000-04-04T09:00");
  }
  @Test
  void clockTimeTakesTheWeekdayAfterItsParenthesis() {
    assertThat(values("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        LocalDate.of(1998, 8, 8))).containsExactly("10:35 a.m. = 1998-08-07T10:35", "0735 GMT = 1998-08-08T07:35Z",
            "Friday = 1998-08-07");
  }

  @Test
  void spelledOutHourWithItsPartOfDay() {
    assertThat(values("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", LocalDate.of(2000, 4, 5)))
        .containsExactly("4 in the morning = 2000-04-06T04:00", "4 a.m. EDT Thursday = 2000-04-06T04:00");
    assertThat(values("They met at eight o'clock in the evening.", WEDNESDAY))
        .containsExactly("eight o'clock in the evening = 2024-02-07T20:00");
  }

  @Test
  void aSecondDayAfterAndIsInTheSameMonth() {
    assertThat(values("The summit will be held on April 24 and 25 in Washington.", LocalDate.of(1999, 2, 10)))
        .containsExactly("April 24 = 1999-04-24", "25 = 1999-04-25");
    assertThat(values("Rates rose on April 24 and 25 banks cut theirs.", LocalDate.of(1999, 2, 10)))
        .containsExactly("April 24 = 1998-04-24");
  }

  @Test
  void theNthDayOfSomethingIsTheDayOfTheNarrative() {
    assertThat(values("It's the second day of an offensive by the security forces.", LocalDate.of(1998, 3, 6)))
        .containsExactly("the second day = 1998-03-06");
  }

  @Test
  void wordsThatLookLikeTimesInsideNames() {
    assertThat(values("The allies rejected the last-minute effort, USA Today said, at the March of the Mothers.",
        WEDNESDAY)).isEmpty();
  }

  @Test
  void clockTimeWithADate() {
    assertThat(values("The offer was extended until 5 p.m. EST, Nov. 9.", LocalDate.of(1989, 11, 2)))
        .containsExactly("5 p.m. EST, Nov. 9 = 1989-11-09T17:00");
  }


  @Test
  void quartersAndHalves() {
    assertThat(values("Profit in the third quarter rose; the first half of 2023 was weak.", LocalDate.of(1989, 10, 20)))
        .containsExactly("the third quarter = 1989-Q3", "the first half of 2023 = 2023-H1");
  }

  @Test
  void theFirstTwoQuartersAreTheFirstHalf() {
    assertThat(values("Demand should stay weak through the first two quarters of 1990.", LocalDate.of(1989, 10, 26)))
        .containsExactly("the first two quarters of 1990 = 1990-H1");
  }

  @Test
  void aCoupleOfUnitsIsTwo() {
    assertThat(values("Over the next couple of years sales should double.", WEDNESDAY))
        .containsExactly("the next couple of years = P2Y");
  }

  @Test
  void aMonthAfterThroughOrUntilIsTheNearestWhateverTheVerb() {
    assertThat(values("The bank has extended the loans through January.", LocalDate.of(1989, 10, 30)))
        .containsExactly("January = 1990-01");
    assertThat(values("Sales rose this year through August.", LocalDate.of(1989, 10, 30)))
        .containsExactly("this year = 1989", "August = 1989-08");
  }

  @Test
  void yearAgoInAnEarningsReportIsTheQuarterInFocusAYearBack() {
    assertThat(values("Profit rose in the third quarter from $5 million a year earlier.", LocalDate.of(1989, 11, 2)))
        .containsExactly("the third quarter = 1989-Q3", "a year earlier = 1988-Q3");
  }

  @Test
  void theQuarterOfAnotherYearIsTheQuarterInFocus() {
    String text = "Profit rose in the third quarter. In the 1988 quarter it fell; last year's quarter and the same period "
        + "a year ago were weak.";
    assertThat(values(text, LocalDate.of(1989, 11, 2))).containsExactly("the third quarter = 1989-Q3",
        "the 1988 quarter = 1988-Q3", "last year's quarter = 1988-Q3", "the same period a year ago = 1988-Q3");
  }

  @Test
  void theSamePeriodLastYearWithNoQuarterIsLastYear() {
    assertThat(values("Sales rose from the same period last year.", LocalDate.of(2010, 3, 3)))
        .containsExactly("the same period last year = 2009");
  }

  @Test
  void possessiveWeekdayIsAPastDay() {
    assertThat(values("They will look for ways around Wednesday's ruling.", LocalDate.of(2000, 1, 7)))
        .containsExactly("Wednesday = 2000-01-05");
  }

  @Test
  void seasonsAndHolidays() {
    assertThat(values("It rained last summer. He was found on Thanksgiving Day and home by Christmas.", LocalDate.of(1999, 12, 1)))
        .containsExactly("last summer = 1999-SU", "Thanksgiving Day = 1999-11-25", "Christmas = 1999-12-25");
  }
  @Test
  void holidayWeekIsTheWeekOfTheHoliday() {
    assertThat(values("Protesters prayed as Easter week began.", LocalDate.of(2000, 4, 17))).containsExactly("Easter week = 2000-W16");
  }


  @Test
  void withoutReferenceRelativeValuesKeepXs() {
    assertThat(values("He met them on Wednesday and will return next year for 45 days.", null))
        .containsExactly("Wednesday = XXXX-WXX-3", "next year = XXXX", "45 days = P45D");
  }

  @Test
  void anchorNamesTheDatelineBeforeThePublicationDate() {
    String text = "TEL AVIV, Feb 7 (Reuters) - Blinken met Netanyahu on Monday.";
    Dateline dateline = new Dateline("Tel Aviv", Optional.of(LocalDate.of(2024, 2, 7)), false, Optional.of("Reuters"), new Span(0, 15));
    Times t = PIPELINE.run(article(text, Optional.of(LocalDate.of(2024, 2, 9)), Optional.of(dateline))).require(Times.KEY);
    Time monday = t.items().stream().filter(x -> x.span().of(text).equals("Monday")).findFirst().orElseThrow();
    assertThat(monday.value()).isEqualTo("2024-02-05");
    assertThat(monday.anchor()).isEqualTo(AnchorKind.DATELINE);
    assertThat(t.reference().source()).isEqualTo(Times.Source.DATELINE);
  }

  @Test
  void absoluteValuesNameNoAnchor() {
    Time t = times("It began in 1998.", WEDNESDAY).items().get(0);
    assertThat(t.anchor()).isEqualTo(AnchorKind.NONE);
    assertThat(t.granularity()).isEqualTo(Times.Granularity.YEAR);
  }

  @Test
  void clausesListTheTimesWrittenInThem() {
    String text = "He will meet Gallant later on Monday before travelling to Egypt on Tuesday.";
    Times t = times(text, LocalDate.of(2024, 8, 19));
    assertThat(t.clauses()).hasSize(2);
    assertThat(t.clauses().get(0).times()).containsExactly(t.items().get(0).id());
    assertThat(t.clauses().get(1).times()).containsExactly(t.items().get(1).id());
    assertThat(t.clauses().get(1).span().of(text)).startsWith("before travelling");
  }

  @Test
  void granularityFollowsTheValue() {
    assertThat(times("It happened last week, in March 2023 and on Tuesday night.", WEDNESDAY).items().stream()
        .map(Time::granularity).toList())
        .containsExactly(Times.Granularity.WEEK, Times.Granularity.MONTH, Times.Granularity.PART_OF_DAY);
  }

  // ---- rules added with the TBAQ error analysis: one behaviour each, reference date and tense as written

  @Test
  void theYearAloneIsTheReferencesYear() {
    assertThat(values("Sales for the full year rose 5%.", WEDNESDAY)).containsExactly("the full year = 2024");
  }

  @Test
  void theYearEndedIsAYearLongDuration() {
    assertThat(values("Net income for the year ended June 30 rose.", WEDNESDAY)).contains("the year = P1Y");
  }

  @Test
  void theQuarterEndedIsTheLatestQuarter() {
    assertThat(values("Profit for the quarter ended Sept. 30 rose.", LocalDate.of(2024, 10, 26)))
        .contains("the quarter = 2024-Q3");
  }

  @Test
  void dateAfterSinceIsPastWhateverTheVerbs() {
    assertThat(values("Inspections will continue as they have since Dec. 13.", WEDNESDAY))
        .containsExactly("Dec. 13 = 2023-12-13");
  }

  @Test
  void datePayableIsAheadInAPastClause() {
    assertThat(values("The company declared a dividend payable Dec. 15.", LocalDate.of(2024, 11, 2)))
        .containsExactly("Dec. 15 = 2024-12-15");
  }
  @Test
  void untilAfterADeadlineVerbLiesAhead() {
    // Monday 2000-04-03: "postponed until Tuesday" is the coming Tuesday; "postponed Tuesday" is when it happened
    LocalDate monday = LocalDate.of(2000, 4, 3);
    assertThat(values("Officials postponed until Tuesday any action on the case.", monday)).containsExactly("Tuesday = 2000-04-04");
    assertThat(values("The agency extended its deadline until 9 a.m. Tuesday.", monday)).containsExactly("9 a.m. Tuesday = 2000-04-04T09:00");
    assertThat(values("Officials postponed the vote Friday.", monday)).containsExactly("Friday = 2000-03-31");
  }

  @Test
  void asSoonAsAWeekdayLiesAhead() {
    assertThat(values("Castro said the group could leave as soon as Tuesday.", LocalDate.of(2000, 4, 3))).containsExactly("Tuesday = 2000-04-04");
  }

  @Test
  void whatWasScheduledLiesAhead() {
    assertThat(values("The attorney has scheduled a news conference Thursday.", LocalDate.of(1999, 5, 5)))
        .containsExactly("Thursday = 1999-05-06");
  }

  @Test
  void wouldWithAnAdverbPointsAhead() {
    assertThat(values("He said the summit would still be held on April 24.", LocalDate.of(1999, 2, 10)))
        .containsExactly("April 24 = 1999-04-24");
  }


  @Test
  void weekendInAPastClauseOnAWeekdayIsTheOneJustPast() {
    assertThat(values("Protesters marched over the weekend.", LocalDate.of(2024, 2, 12)))
        .containsExactly("the weekend = 2024-W06-WE");
  }

  @Test
  void weekendInAFutureClauseIsTheComingOne() {
    assertThat(values("Talks will resume over the weekend.", LocalDate.of(2024, 2, 12)))
        .containsExactly("the weekend = 2024-W07-WE");
  }

  @Test
  void wouldInReportedSpeechPointsAhead() {
    assertThat(values("He said he would travel to Cairo on Friday.", WEDNESDAY)).containsExactly("Friday = 2024-02-09");
  }

  @Test
  void infinitiveUnderAPastPerfectIsPast() {
    assertThat(values("The offer had been due to expire Friday evening.", LocalDate.of(2024, 2, 12)))
        .containsExactly("Friday evening = 2024-02-09TEV");
  }

  @Test
  void thatDayIsTheDayNamedBefore() {
    String text = "The attack came on March 3, 2023. Police arrived later that day.";
    Times t = times(text, WEDNESDAY);
    assertThat(values(text, WEDNESDAY)).containsExactly("March 3, 2023 = 2023-03-03", "later that day = 2023-03-03");
    assertThat(t.items().get(1).anchorTime()).contains(t.items().get(0).id());
  }

  @Test
  void theNextMorningIsTheDayAfterTheDayNamedBefore() {
    assertThat(values("He was arrested on Jan. 5, 2020, and appeared in court the next morning.", WEDNESDAY))
        .containsExactly("Jan. 5, 2020 = 2020-01-05", "the next morning = 2020-01-06TMO");
  }

  @Test
  void theFollowingYearIsTheYearAfterTheYearNamedBefore() {
    assertThat(values("The plant opened in 1995 and closed the following year.", WEDNESDAY))
        .containsExactly("1995 = 1995", "the following year = 1996");
  }
  @Test
  void theDayBeforeIsTheDayBeforeTheDayNamedBefore() {
    String text = "Sheriffs arrested him on Feb. 3, 2020. The day before, he had fled across the border.";
    Times t = times(text, WEDNESDAY);
    assertThat(values(text, WEDNESDAY)).containsExactly("Feb. 3, 2020 = 2020-02-03", "The day before = 2020-02-02");
    assertThat(t.items().get(1).anchorTime()).contains(t.items().get(0).id());
  }

  @Test
  void theDayAfterAnEventIsNoExpression() {
    // the raid's date is not written: "the day after" cannot be resolved and is left out
    assertThat(values("The day after the raid, police met the family.", WEDNESDAY)).isEmpty();
  }

  @Test
  void theDayBeforeADateCountsFromThatDate() {
    assertThat(values("Shops closed the day before Christmas and reopened the day after tomorrow.", WEDNESDAY))
        .containsExactly("the day before Christmas = 2023-12-24", "the day after tomorrow = 2024-02-09");
  }

  @Test
  void thePreviousWeekdayCountsFromTheDayNamedBefore() {
    // Monday 2020-02-03: the Friday before it, not the Friday before the day of writing
    String text = "Markets fell on Feb. 3, 2020, down 4% from the previous Friday. They rose the following Tuesday.";
    assertThat(values(text, WEDNESDAY)).containsExactly("Feb. 3, 2020 = 2020-02-03", "the previous Friday = 2020-01-31",
        "the following Tuesday = 2020-02-04");
  }

  @Test
  void thePreviousWeekdayWithNoDayBeforeItTakesTheReference() {
    assertThat(values("He had left the previous Friday.", WEDNESDAY)).containsExactly("the previous Friday = 2024-02-02");
  }

  @Test
  void daysLaterCountFromTheDayNamedBefore() {
    // "later" and "earlier" move from the time of the narrative; "ago" from the day of writing
    assertThat(values("The bomb went off on Aug. 7, 1998. Two days later, police made arrests. Ten days ago, a trial began.", WEDNESDAY))
        .containsExactly("Aug. 7, 1998 = 1998-08-07", "Two days later = 1998-08-09", "Ten days ago = 2024-01-28");
  }

  @Test
  void theWeekOfADayIsThatDaysWeek() {
    assertThat(values("A hearing is set for the week of March 6, 2000.", WEDNESDAY)).containsExactly("the week of March 6, 2000 = 2000-W10");
  }


  @Test
  void theDayInAClosingFrameIsTheDayNamedBefore() {
    assertThat(values("Stocks fell on Feb. 3, 2020. The index closed the day down 2% and recovered later in the day.", WEDNESDAY))
        .containsExactly("Feb. 3, 2020 = 2020-02-03", "the day = 2020-02-03", "the day = 2020-02-03");
  }

  @Test
  void theDayAsAGenericNounIsNoExpression() {
    assertThat(values("In many ways, the day belonged to the protesters.", WEDNESDAY)).isEmpty();
  }

  @Test
  void theWeekAfterForOrWithAPossessiveIsTheWeekOfTheNarrative() {
    assertThat(values("For the week, the index dropped 3.8%, the week's worst showing.", WEDNESDAY))
        .containsExactly("the week = 2024-W06", "the week = 2024-W06");
  }

  @Test
  void quarterDurationsAreWrittenInQuarters() {
    assertThat(values("It had losses in the past two quarters and for several quarters before; it pays every quarter.", WEDNESDAY))
        .containsExactly("the past two quarters = P2Q", "several quarters = PXQ", "every quarter = P1Q");
  }

  @Test
  void aQuarterOfSomethingIsAFraction() {
    assertThat(values("Funds hold more than a quarter of the market, a quarter of it in bonds.", WEDNESDAY)).isEmpty();
    assertThat(values("Japan posted two consecutive quarters of negative growth.", WEDNESDAY))
        .containsExactly("two consecutive quarters = P2Q");
  }

  @Test
  void approximateCountAgo() {
    assertThat(values("A week or so ago, the general picked the day.", WEDNESDAY)).containsExactly("A week or so ago = 2024-W05");
  }

  @Test
  void monthInAPresentClauseIsTheNearestOne() {
    // a plain present ("are worth") sends a weekday ahead, but a month only as far as the nearest one
    assertThat(values("His houses, worth $130 million in October, are worth half that now.", LocalDate.of(1998, 1, 8)))
        .containsExactly("October = 1997-10", "now = PRESENT_REF");
    assertThat(values("The sale will close in October.", LocalDate.of(1998, 1, 8))).containsExactly("October = 1998-10");
  }

  @Test
  void twoDigitDecadesAfterTheArticle() {
    assertThat(values("Cars of the 70s and 80s were boxy; the '80s ended. Women in their 70s voted.", WEDNESDAY))
        .containsExactly("the 70s = 197", "80s = 198", "the '80s = 198");
  }

  @Test
  void unitLongAdjectiveIsADuration() {
    assertThat(values("It settled a decades-long dispute after a day-long meeting.", WEDNESDAY))
        .containsExactly("decades-long = PXY", "day-long = P1D");
  }

  @Test
  void aRelativeClausesVerbDoesNotSetTheTense() {
    // Monday 2008-10-13: "use" in the relative clause is not the clause's tense; "had agreed" is
    assertThat(values("On Sunday, the countries which use the euro had agreed on a plan.", LocalDate.of(2008, 10, 13)))
        .containsExactly("Sunday = 2008-10-12");
  }

  @Test
  void anchoredDateWithNoEarlierTimeTakesTheReference() {
    assertThat(values("Police arrived that day.", WEDNESDAY)).containsExactly("that day = 2024-02-07");
  }

  @Test
  void barePluralUnitAfterForIsAVagueDuration() {
    assertThat(values("The two sides have not spoken for years.", WEDNESDAY)).containsExactly("years = PXY");
  }

  @Test
  void numberAndAHalfIsWrittenInTheNextUnit() {
    assertThat(values("The refugees lived in camps for 2 1/2 years.", WEDNESDAY)).containsExactly("2 1/2 years = P2Y6M");
  }

  @Test
  void halfAnHourIsThirtyMinutes() {
    assertThat(values("The meeting lasted half an hour.", WEDNESDAY)).containsExactly("half an hour = PT30M");
  }

  @Test
  void unitAndAHalf() {
    assertThat(values("The speech took a minute and a half.", WEDNESDAY)).containsExactly("a minute and a half = PT1M30S");
  }

  @Test
  void decimalHalf() {
    assertThat(values("The project took 1.5 years.", WEDNESDAY)).containsExactly("1.5 years = P1Y6M");
  }

  @Test
  void articleBeforeAOneTokenCompoundIsLeftOut() {
    assertThat(values("He fought in the eight-year war.", WEDNESDAY)).containsExactly("eight-year = P8Y");
  }

  @Test
  void earlierBeforeAWeekdayIsNotPartOfIt() {
    assertThat(values("Earlier Monday, police said the road was closed.", WEDNESDAY)).containsExactly("Monday = 2024-02-05");
  }

  @Test
  void easterMovesWithTheComputus() {
    assertThat(values("Pilgrims will gather at Easter.", WEDNESDAY)).containsExactly("Easter = 2024-03-31");
  }

  @Test
  void holidaysCountedFromEaster() {
    assertThat(values("The ceasefire began on Good Friday.", LocalDate.of(2023, 4, 20)))
        .containsExactly("Good Friday = 2023-04-07");
  }

  @Test
  void holidayWordInsideALongerNameIsNoDate() {
    assertThat(values("He sailed to Easter Island.", WEDNESDAY)).isEmpty();
  }

  @Test
  void theSeasonIsTheReferenceYearsSeason() {
    assertThat(values("Competitors cut prices over the summer.", LocalDate.of(2024, 10, 26)))
        .containsExactly("the summer = 2024-SU");
  }

  @Test
  void theNearTermIsTheFuture() {
    assertThat(values("Margins will stay thin in the near term.", WEDNESDAY)).containsExactly("the near term = FUTURE_REF");
  }

  @Test
  void theseDaysIsThePresent() {
    assertThat(values("Traders are nervous these days.", WEDNESDAY)).containsExactly("these days = PRESENT_REF");
  }
}
