package dev.dateline.nlp.clusters;

import dev.dateline.nlp.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the unlabelled text of the clustering corpus, one sentence (or paragraph) of tokens at a time. The format
 * is chosen by the file: {@code .conllu} (FORM column), {@code .txt} starting with {@code -DOCSTART-} (CoNLL-2003,
 * first column), other {@code .txt} (raw text, one paragraph a line), {@code .tml} (TimeML: the TITLE and TEXT),
 * {@code .xml} with {@code <token>} elements (ECB+, MEANTIME) or {@code <Text>} elements (PETRARCH), {@code .csv}
 * and {@code .zip} of CSV (the {@code text} column). A folder is read file by file in name order.
 */
final class CorpusFiles {
  private static final Pattern TOKEN = Pattern.compile("<token\\b([^>]*)>([^<]*)</token>");
  private static final Pattern SENTENCE_ATTRIBUTE = Pattern.compile("\\bsentence=\"(\\d+)\"");
  private static final Pattern PETRARCH_TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern TIMEML_PART = Pattern.compile("<(TITLE|TEXT)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  private CorpusFiles() {}

  /**
   * The default corpus under the shared folder: English news-like text from the train and dev parts only (held-out
   * parts are never read). Missing sets are skipped, so a partial checkout still trains.
   */
  static List<Path> defaults(Path shared) throws IOException {
    Path d = shared.resolve("datasets");
    List<Path> candidates = new ArrayList<>(List.of(
        d.resolve("conll2003/train.txt"),
        d.resolve("conll2003/valid.txt"),
        d.resolve("ud-english-ewt/en_ewt-ud-train.conllu"),
        d.resolve("ud-english-ewt/en_ewt-ud-dev.conllu"),
        d.resolve("bbc/data_raw"),
        d.resolve("polnear/train/text"),
        d.resolve("polnear/dev/text")));
    candidates.addAll(ecbTopics(d.resolve("ecbplus")));
    candidates.addAll(List.of(
        // The same 120 articles are in intra_cross-doc_annotation too: read them once.
        d.resolve("meantime/intra-doc_annotation"),
        d.resolve("tempeval3/TBAQ-cleaned/AQUAINT"),
        d.resolve("tempeval3/TBAQ-cleaned/TimeBank"),
        d.resolve("event-coding/ngec/gpt_synthetic_events_2023-10-19_19.csv.zip"),
        // Real AFP sentences; the unit-test records beside it are invented (Gondor, Arnor) and stay out.
        d.resolve("event-coding/petrarch2/text/GigaWord.sample.PETR.xml")));
    return candidates.stream().filter(Files::exists).toList();
  }

  /** ECB+ topic folders of the train and dev splits named in {@code splits.json}. */
  private static List<Path> ecbTopics(Path ecb) throws IOException {
    Path splits = ecb.resolve("splits.json");
    if (!Files.exists(splits)) {
      return List.of();
    }
    String json = Files.readString(splits);
    List<Path> topics = new ArrayList<>();
    for (String split : List.of("train", "dev")) {
      Matcher m = Pattern.compile("\"" + split + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
      if (!m.find()) {
        throw new IOException(splits + ": no \"" + split + "\" list");
      }
      for (String topic : m.group(1).split(",")) {
        topics.add(ecb.resolve("ECB+").resolve(topic.strip()));
      }
    }
    return topics;
  }

  /** Feeds every sentence of {@code input} (a file or a folder) to {@code sink}. */
  static void read(Path input, Consumer<List<String>> sink) throws IOException {
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(Files::isRegularFile).filter(CorpusFiles::readable).sorted().toList();
      }
      for (Path file : files) {
        readFile(file, sink);
      }
    } else if (Files.isRegularFile(input)) {
      if (!readable(input)) {
        throw new IOException(input + ": unknown corpus format (expected .txt, .conllu, .tml, .xml, .csv or .zip)");
      }
      readFile(input, sink);
    } else {
      throw new IOException(input + ": no such file or folder");
    }
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString();
    return Stream.of(".txt", ".conllu", ".tml", ".xml", ".csv", ".zip").anyMatch(name::endsWith);
  }

  private static void readFile(Path file, Consumer<List<String>> sink) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (entry.getName().endsWith(".csv")) {
            csvText(new InputStreamReader(zip, StandardCharsets.UTF_8), file + "!" + entry.getName(), sink);
          }
        }
      }
      return;
    }
    if (name.endsWith(".csv")) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        csvText(r, file.toString(), sink);
      }
      return;
    }
    String text = decode(Files.readAllBytes(file));
    if (name.endsWith(".conllu")) {
      columns(text, 1, sink);
    } else if (name.endsWith(".txt") && text.startsWith("-DOCSTART-")) {
      columns(text, 0, sink);
    } else if (name.endsWith(".txt")) {
      paragraphs(text, sink);
    } else if (name.endsWith(".tml")) {
      Matcher m = TIMEML_PART.matcher(text);
      while (m.find()) {
        paragraphs(unescape(TAG.matcher(m.group(2)).replaceAll("")), sink);
      }
    } else if (text.contains("<token")) {
      tokens(text, name.endsWith("ecbplus.xml"), sink);
    } else {
      Matcher m = PETRARCH_TEXT.matcher(text);
      while (m.find()) {
        sink.accept(NewsTokenizer.tokenize(unescape(m.group(1))));
      }
    }
  }

  /** UTF-8, or Windows-1252 when the bytes are not UTF-8 (a few BBC files have a bare Latin-1 pound sign). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** CoNLL-style columns: one token a line, blank lines between sentences, {@code #} comments, CoNLL-U ranges skipped. */
  private static void columns(String text, int column, Consumer<List<String>> sink) {
    List<String> sentence = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        flush(sentence, sink);
        continue;
      }
      if (line.startsWith("#") && column > 0 || line.startsWith("-DOCSTART-")) {
        continue;
      }
      String[] fields = line.split(column > 0 ? "\t" : " ");
      if (column > 0 && (fields[0].indexOf('-') >= 0 || fields[0].indexOf('.') >= 0)) {
        continue;
      }
      if (fields.length > column) {
        sentence.add(fields[column]);
      }
    }
    flush(sentence, sink);
  }

  private static void flush(List<String> sentence, Consumer<List<String>> sink) {
    if (!sentence.isEmpty()) {
      sink.accept(List.copyOf(sentence));
      sentence.clear();
    }
  }

  private static void paragraphs(String text, Consumer<List<String>> sink) {
    for (String line : text.split("\n")) {
      List<String> tokens = NewsTokenizer.tokenize(line);
      if (!tokens.isEmpty()) {
        sink.accept(tokens);
      }
    }
  }

  /** Pre-tokenised XML (ECB+, MEANTIME); in ECB+'s {@code *ecbplus.xml} sentence 0 is the source URL. */
  private static void tokens(String text, boolean skipFirstSentence, Consumer<List<String>> sink) {
    List<String> sentence = new ArrayList<>();
    String current = null;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Matcher s = SENTENCE_ATTRIBUTE.matcher(m.group(1));
      String number = s.find() ? s.group(1) : "";
      if (!number.equals(current)) {
        flush(sentence, sink);
        current = number;
      }
      if (!(skipFirstSentence && number.equals("0"))) {
        String token = unescape(m.group(2)).strip().replace('\u2019', '\'');
        if (!token.isEmpty()) {
          // ECB+ splits most clitics but not all ("didn't", "Nixon's"): split the rest the same way.
          NewsTokenizer.splitClitics(token, sentence);
        }
      }
    }
    flush(sentence, sink);
  }

  /** The {@code text} column of a CSV file (RFC 4180: quoted fields may hold commas, quotes and newlines). */
  private static void csvText(Reader in, String name, Consumer<List<String>> sink) throws IOException {
    BufferedReader r = new BufferedReader(in);
    List<String> header = CsvRecords.next(r);
    if (header == null) {
      return;
    }
    int column = header.indexOf("text");
    if (column < 0) {
      throw new IOException(name + ": line 1: no 'text' column in " + header);
    }
    List<String> record;
    while ((record = CsvRecords.next(r)) != null) {
      if (record.size() > column) {
        paragraphs(record.get(column), sink);
      }
    }
  }

  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY.matcher(text).replaceAll(m -> {
      String e = m.group(1);
      String s = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
      };
      return Matcher.quoteReplacement(s);
    });
  }
}
