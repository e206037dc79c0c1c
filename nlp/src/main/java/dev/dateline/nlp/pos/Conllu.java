package dev.dateline.nlp.pos;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-U reader that keeps what tagging needs: the syntactic words of each sentence with their lemma, UPOS and
 * XPOS. Multi-word token lines ({@code 1-2 don't}) are surface tokens and empty nodes ({@code 8.1}) belong to the
 * enhanced graph only, so both are checked and skipped. Every line is checked for ten tab-separated columns and word
 * ids that count up from 1; a problem is reported with the input's name and the line number.
 */
final class Conllu {
  private static final int COLUMNS = 10;

  record Word(String form, String lemma, String upos, String xpos) {}

  /** One sentence; {@code line} is the line number of its first word, for messages. */
  record Sentence(List<Word> words, int line) {}

  private Conllu() {}

  static List<Sentence> read(BufferedReader reader, String name) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    int first = 0;
    int rangeEnd = 0;
    int number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          check(rangeEnd <= words.size(), name, number, "a multi-word token's range goes past the sentence's last word " + words.size());
          out.add(new Sentence(List.copyOf(words), first));
          words.clear();
        }
        rangeEnd = 0;
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      check(c.length == COLUMNS, name, number, "expected " + COLUMNS + " tab-separated columns, found " + c.length);
      String id = c[0];
      int dash = id.indexOf('-');
      if (dash >= 0) {
        int from = number(id.substring(0, dash), name, number);
        int to = number(id.substring(dash + 1), name, number);
        check(from == words.size() + 1 && to > from, name, number,
            "multi-word token range '" + id + "' must start at the next word " + (words.size() + 1) + " and span two words or more");
        rangeEnd = to;
        continue;
      }
      if (id.indexOf('.') >= 0) {
        String[] parts = id.split("\\.", -1);
        check(parts.length == 2, name, number, "empty node id '" + id + "' is not of the form N.M");
        number(parts[0], name, number);
        number(parts[1], name, number);
        continue;
      }
      int n = number(id, name, number);
      check(n == words.size() + 1, name, number, "word id " + n + " should be " + (words.size() + 1));
      check(!c[1].isEmpty(), name, number, "the FORM column is empty");
      check(!c[3].isEmpty() && !c[3].equals("_"), name, number, "the UPOS column is empty");
      check(!c[4].isEmpty(), name, number, "the XPOS column is empty");
      check(!c[2].isEmpty(), name, number, "the LEMMA column is empty");
      if (words.isEmpty()) {
        first = number;
      }
      words.add(new Word(c[1], c[2], c[3], c[4]));
    }
    if (!words.isEmpty()) {
      check(rangeEnd <= words.size(), name, number, "a multi-word token's range goes past the sentence's last word " + words.size());
      out.add(new Sentence(List.copyOf(words), first));
    }
    return out;
  }

  private static int number(String s, String name, int line) throws IOException {
    try {
      int n = Integer.parseInt(s);
      check(n >= 0, name, line, "id '" + s + "' is negative");
      return n;
    } catch (NumberFormatException e) {
      throw new IOException(name + ": line " + line + ": id '" + s + "' is not a number");
    }
  }

  private static void check(boolean ok, String name, int line, String problem) throws IOException {
    if (!ok) {
      throw new IOException(name + ": line " + line + ": " + problem);
    }
  }
}
