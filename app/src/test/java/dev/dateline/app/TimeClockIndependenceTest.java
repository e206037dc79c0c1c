package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The times layer of the same article is the same whatever day the program runs: the app is run with clocks set to
 * different days (the clock reaches ingest, whose fetch time is the only moment the pipeline sees) and the records'
 * times compared.
 */
class TimeClockIndependenceTest {
  private static final String STORY = """
      LONDON, Feb 7, 2024 (Example Wire) - The minister met his counterpart on Wednesday and said Tuesday he would \
      return next week. Talks will resume on Monday, four months after they began last October. The ceasefire, \
      each phase lasting 45 days, was agreed at 11:50 am local time. Aid arrives every Monday.
      """;

  private static String times(Instant now, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", "-", "--source", "Example Wire"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Components(Clock.fixed(now, ZoneOffset.UTC), new ByteArrayInputStream(STORY.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false),
        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    JsonNode record = new ObjectMapper().readTree(out.toString().strip());
    return record.get("times").toString();
  }

  @Test
  void timesAreIdenticalWhateverDayTheProgramRuns() throws Exception {
    String a = times(Instant.parse("2024-02-07T12:00:00Z"));
    String b = times(Instant.parse("2026-11-23T20:00:00Z"));
    String c = times(Instant.parse("2031-07-01T03:00:00Z"));
    assertThat(a).contains("\"value\":\"2024-02-07\"").contains("P45D");
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(a);
  }

  @Test
  void timesWithSuppliedPublicationDateAreIdenticalWhateverDayTheProgramRuns() throws Exception {
    String a = times(Instant.parse("2024-08-19T09:00:00Z"), "--published", "2024-08-19");
    String b = times(Instant.parse("2029-12-31T23:59:00Z"), "--published", "2024-08-19");
    assertThat(b).isEqualTo(a);
  }
}
