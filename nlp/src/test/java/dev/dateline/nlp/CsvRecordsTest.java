package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  @Test
  void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
    BufferedReader r = new BufferedReader(new StringReader("text,label\r\n\"a, \"\"b\"\"\nc\",PROTEST\nlast,\n"));
    assertThat(CsvRecords.next(r)).containsExactly("text", "label");
    assertThat(CsvRecords.next(r)).containsExactly("a, \"b\"\nc", "PROTEST");
    assertThat(CsvRecords.next(r)).containsExactly("last", "");
    assertThat(CsvRecords.next(r)).isNull();
  }
}
