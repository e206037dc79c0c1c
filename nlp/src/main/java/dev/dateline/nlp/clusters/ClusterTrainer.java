package dev.dateline.nlp.clusters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Learns {@link WordClusters} from unlabelled text with the exchange algorithm on class bigrams (Kneser & Ney 1993,
 * as in mkcls and ClusterCat). The finest level is learned on words; every coarser level is learned on the classes of
 * the level below it (the same algorithm on the class-bigram counts), so the levels nest: two words in one fine class
 * share every coarser class too.
 *
 * <p>Words are {@linkplain WordClusters#normalise normalised} (digits to 0, curly quotes straight) and keep their
 * case. Words seen fewer than {@code minCount} times are left out of the result; while clustering they stand as one
 * "rare word" item, so their neighbours keep their contexts. Sentences are separated by a boundary item. Neither
 * item is in the result. Same text and settings give the same result, bit for bit.
 */
public final class ClusterTrainer {
  private static final int BOUNDARY = 0;
  private static final int RARE = 1;

  /**
   * @param classes the number of classes at each level, coarsest (fewest) first, strictly increasing
   * @param minCount the fewest occurrences a word needs to be clustered
   * @param seed draws the initial classes
   * @param iterations the most passes over the words at each level
   */
  public record Settings(List<Integer> classes, int minCount, long seed, int iterations) {
    public Settings {
      classes = List.copyOf(classes);
      if (classes.isEmpty()) {
        throw new IllegalArgumentException("at least one level of classes is needed");
      }
      for (int i = 0; i < classes.size(); i++) {
        if (classes.get(i) < 2 || i > 0 && classes.get(i) <= classes.get(i - 1)) {
          throw new IllegalArgumentException("class counts must be at least 2 and strictly increasing, coarsest first: " + classes);
        }
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
      }
    }
  }

  /** The learned classes with the corpus figures. */
  public static final class Result {
    private final long tokens;
    private final int types;
    private final List<String> words;
    private final List<Integer> classes;
    private final int[][] levels;

    private Result(long tokens, int types, List<String> words, List<Integer> classes, int[][] levels) {
      this.tokens = tokens;
      this.types = types;
      this.words = words;
      this.classes = classes;
      this.levels = levels;
    }

    /** Tokens read (after normalisation). */
    public long tokens() {
      return tokens;
    }

    /** Distinct word forms read (after normalisation). */
    public int types() {
      return types;
    }

    /** The clustered words, most frequent first. */
    public List<String> words() {
      return words;
    }

    /** The class of the i-th word at {@code level}: "K:N", K the level's class count, N numbered by frequency. */
    public String cluster(int word, int level) {
      return classes.get(level) + ":" + levels[level][word];
    }

    /** The classes as a {@link WordClusters}. */
    public WordClusters clusters() {
      Map<String, List<String>> map = new LinkedHashMap<>();
      for (int i = 0; i < words.size(); i++) {
        List<String> c = new ArrayList<>(levels.length);
        for (int level = 0; level < levels.length; level++) {
          c.add(cluster(i, level));
        }
        map.put(words.get(i), c);
      }
      return WordClusters.of(levels.length, map);
    }

    /** Writes the clusters file (uncompressed; wrap the stream to gzip it), words most frequent first. */
    public void write(OutputStream out) throws IOException {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write(WordClusters.HEADER + levels.length + "\n");
      for (int i = 0; i < words.size(); i++) {
        w.write(words.get(i));
        for (int level = 0; level < levels.length; level++) {
          w.write('\t');
          w.write(cluster(i, level));
        }
        w.write('\n');
      }
      w.flush();
    }
  }

  private ClusterTrainer() {}

  /** The default corpus under the shared folder (train and dev parts of the English news sets; see the README). */
  public static List<Path> defaultCorpus(Path shared) throws IOException {
    return CorpusFiles.defaults(shared);
  }

  /**
   * Feeds every sentence of {@code inputs} (files or folders; the format goes by the file name), tokenised as for
   * the classes, to {@code sink}; other learners of word representations read the same corpus through this.
   */
  public static void readCorpus(List<Path> inputs, Consumer<List<String>> sink) throws IOException {
    for (Path input : inputs) {
      CorpusFiles.read(input, sink);
    }
  }

  /** Reads and tokenises {@code inputs} (files or folders; the format goes by the file name) and learns classes. */
  public static Result train(List<Path> inputs, Settings settings, Consumer<String> progress) throws IOException {
    Vocabulary vocabulary = new Vocabulary();
    for (Path input : inputs) {
      long before = vocabulary.tokens;
      CorpusFiles.read(input, vocabulary::add);
      progress.accept(String.format(Locale.ROOT, "read %s: %,d tokens", input, vocabulary.tokens - before));
    }
    return train(vocabulary, settings, progress);
  }

  /** Learns classes from sentences that are already tokens. */
  public static Result train(Iterable<List<String>> sentences, Settings settings, Consumer<String> progress) {
    Vocabulary vocabulary = new Vocabulary();
    sentences.forEach(vocabulary::add);
    return train(vocabulary, settings, progress);
  }

  private static Result train(Vocabulary vocabulary, Settings settings, Consumer<String> progress) {
    Objects.requireNonNull(progress);
    vocabulary.add(List.of());
    String[] forms = new String[vocabulary.ids.size()];
    vocabulary.ids.forEach((form, id) -> forms[id] = form);
    int[] count = vocabulary.counts();
    // Kept words: most frequent first, ties in string order, so that numbering does not depend on reading order.
    Integer[] kept = IntStream.range(0, forms.length).filter(i -> count[i] >= settings.minCount())
        .boxed().toArray(Integer[]::new);
    Arrays.sort(kept, Comparator.<Integer>comparingInt(i -> -count[i]).thenComparing(i -> forms[i]));
    int items = kept.length + 2;
    int finest = settings.classes().get(settings.classes().size() - 1);
    progress.accept(String.format(Locale.ROOT, "corpus: %,d tokens, %,d types, %,d words with at least %d occurrences",
        vocabulary.tokens, forms.length, kept.length, settings.minCount()));
    if (items < finest) {
      throw new IllegalArgumentException("only " + kept.length + " words occur at least " + settings.minCount()
          + " times, fewer than the " + finest + " classes asked for");
    }
    int[] item = new int[forms.length];
    Arrays.fill(item, RARE);
    for (int i = 0; i < kept.length; i++) {
      item[kept[i]] = i + 2;
    }
    int[] stream = vocabulary.stream;
    int length = vocabulary.length;
    long[] itemCount = new long[items];
    long[] keys = new long[length - 1];
    for (int i = 0; i < length; i++) {
      int x = stream[i] < 0 ? BOUNDARY : item[stream[i]];
      itemCount[x]++;
      if (i + 1 < length) {
        int y = stream[i + 1] < 0 ? BOUNDARY : item[stream[i + 1]];
        keys[i] = (long) x << 32 | y;
      }
    }
    Arrays.sort(keys);
    int[] ones = new int[keys.length];
    Arrays.fill(ones, 1);
    Exchange.Graph graph = Exchange.Graph.of(items, keys, ones, keys.length);
    keys = null;
    ones = null;

    int levelsCount = settings.classes().size();
    int[][] itemClass = new int[levelsCount][];
    int[] order = frequencyOrder(itemCount);
    int[] cls = Exchange.initial(order, finest, settings.seed());
    Exchange.run(graph, finest, cls, order, settings.iterations(), finest + " classes", progress);
    itemClass[levelsCount - 1] = cls;
    // Coarser levels: cluster the classes of the level below.
    Exchange.Graph below = graph;
    int[] belowClass = cls;
    int belowK = finest;
    long[] belowCount = itemCount;
    for (int level = levelsCount - 2; level >= 0; level--) {
      int k = settings.classes().get(level);
      Exchange.Graph classes = Exchange.classGraph(below, belowClass, belowK);
      long[] classCount = new long[belowK];
      for (int i = 0; i < belowClass.length; i++) {
        classCount[belowClass[i]] += belowCount[i];
      }
      int[] classOrder = frequencyOrder(classCount);
      int[] coarse = Exchange.initial(classOrder, k, settings.seed() + level + 1);
      Exchange.run(classes, k, coarse, classOrder, settings.iterations(), k + " classes", progress);
      int[] word = new int[items];
      int[] fine = itemClass[level + 1];
      for (int i = 0; i < items; i++) {
        word[i] = coarse[fine[i]];
      }
      itemClass[level] = word;
      below = classes;
      belowClass = coarse;
      belowK = k;
      belowCount = classCount;
    }

    int[][] levels = new int[levelsCount][kept.length];
    for (int level = 0; level < levelsCount; level++) {
      int k = settings.classes().get(level);
      long[] size = new long[k];
      for (int i = 0; i < items; i++) {
        size[itemClass[level][i]] += itemCount[i];
      }
      int[] rank = new int[k];
      int[] byFrequency = frequencyOrder(size);
      for (int r = 0; r < k; r++) {
        rank[byFrequency[r]] = r;
      }
      for (int i = 0; i < kept.length; i++) {
        levels[level][i] = rank[itemClass[level][i + 2]];
      }
    }
    List<String> words = Arrays.stream(kept).map(i -> forms[i]).toList();
    return new Result(vocabulary.tokens, forms.length, words, settings.classes(), levels);
  }

  /** Indices by descending count, ties by index. */
  private static int[] frequencyOrder(long[] count) {
    return IntStream.range(0, count.length).boxed()
        .sorted(Comparator.<Integer>comparingLong(i -> -count[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Normalised word forms numbered in order of first appearance, and the text as those numbers (-1 between sentences). */
  private static final class Vocabulary {
    final Map<String, Integer> ids = new HashMap<>();
    int[] counts = new int[1024];
    int[] stream = new int[1 << 20];
    int length;
    long tokens;

    void add(List<String> sentence) {
      push(-1);
      for (String token : sentence) {
        String form = WordClusters.normalise(token);
        Integer id = ids.get(form);
        if (id == null) {
          id = ids.size();
          ids.put(form, id);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[id]++;
        tokens++;
        push(id);
      }
    }

    private void push(int id) {
      // Consecutive boundaries (empty sentences) carry nothing.
      if (id < 0 && length > 0 && stream[length - 1] < 0) {
        return;
      }
      if (length == stream.length) {
        stream = Arrays.copyOf(stream, stream.length * 2);
      }
      stream[length++] = id;
    }

    int[] counts() {
      return Arrays.copyOf(counts, ids.size());
    }
  }
}
