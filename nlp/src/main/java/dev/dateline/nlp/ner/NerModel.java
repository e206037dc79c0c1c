package dev.dateline.nlp.ner;

import dev.dateline.nlp.clusters.WordClusters;
import dev.dateline.nlp.learn.LinearModel;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained recogniser: a first-pass BILOU tagger and optionally a second pass that also sees what the first said
 * about the whole document. Immutable and thread-safe; the word classes and gazetteers it was trained with come in
 * from outside and are checked against what the file records.
 */
public final class NerModel {
  private static final String MAGIC = "dateline-ner-1";

  private final Features features;
  private final LinearModel first;
  private final Optional<LinearModel> second;

  NerModel(Features features, LinearModel first, Optional<LinearModel> second) {
    this.features = features;
    this.first = first;
    this.second = second;
  }

  /** Features with weights, over both passes. */
  public int weights() {
    return first.features() + second.map(LinearModel::features).orElse(0);
  }

  public boolean hasSecondPass() {
    return second.isPresent();
  }

  /** IOB2 tags ("B-PER", "I-PER", "O") for each word of each sentence of one document. */
  public List<List<String>> tag(List<List<String>> sentences) {
    int[][] labels = tagger().labels(sentences);
    List<List<String>> out = new ArrayList<>(labels.length);
    for (int[] l : labels) {
      out.add(Chunks.toIob2(l.length, Chunks.ofLabels(l)));
    }
    return out;
  }

  /** A tagger for this model, for one thread: it keeps what it learns about word forms from one document to the next. */
  Tagger tagger() {
    return new Tagger(features, first, second);
  }

  /** The names of one sentence's labels, as token ranges and CoNLL types. */
  static List<Chunks.Chunk> chunks(int[] labels) {
    return Chunks.ofLabels(labels);
  }

  int[][] labels(List<Features.Prepared> sentences) {
    Decoder decoder = new Decoder(features);
    First pass = first(decoder, first::addScores, sentences);
    if (second.isEmpty()) {
      return pass.labels();
    }
    return second(decoder, second.get()::addScores, sentences, pass);
  }

  Features features() {
    return features;
  }

  /** The first pass's labels and emission scores for each sentence of a document. */
  record First(int[][] labels, float[][][] emissions) {}

  static First first(Decoder decoder, Decoder.Scorer model, List<Features.Prepared> sentences) {
    Features.Context context = new Features.Context(sentences);
    decoder.transitions(model);
    int[][] labels = new int[sentences.size()][];
    float[][][] emissions = new float[sentences.size()][][];
    for (int s = 0; s < sentences.size(); s++) {
      int n = sentences.get(s).size();
      labels[s] = new int[n];
      decoder.decode(model, sentences.get(s), context, s, null, labels[s]);
      emissions[s] = decoder.emissions(n);
    }
    return new First(labels, emissions);
  }

  static int[][] second(Decoder decoder, Decoder.Scorer model, List<Features.Prepared> sentences, First first) {
    Features.Context context = new Features.Context(sentences, first.labels());
    decoder.transitions(model);
    int[][] labels = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      labels[s] = new int[sentences.get(s).size()];
      decoder.decode(model, sentences.get(s), context, s, first.emissions()[s], labels[s]);
    }
    return labels;
  }

  /** Writes the model, gzipped; the same model always gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeUTF(MAGIC);
    data.writeInt(features.groups());
    data.writeInt((features.groups() & Features.CLUSTERS) != 0 ? features.clusters().levels() : 0);
    data.writeUTF((features.groups() & Features.GAZETTEERS) != 0 ? String.join(",", features.gazetteers().lists()) : "");
    data.writeBoolean(second.isPresent());
    data.flush();
    first.write(gzip);
    if (second.isPresent()) {
      second.get().write(gzip);
    }
    gzip.finish();
    gzip.flush();
  }

  /**
   * Reads a model written by {@link #write}, with the word classes and gazetteers it was trained with.
   *
   * @throws IOException naming {@code name} when the file is not a model or does not fit the classes or lists given
   */
  public static NerModel read(InputStream in, String name, Gazetteers gazetteers, WordClusters clusters) throws IOException {
    InputStream buffered = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    DataInputStream data = new DataInputStream(buffered);
    String magic = data.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException(name + " is not an NER model (expected '" + MAGIC + "', found '" + magic + "')");
    }
    int groups = data.readInt();
    int levels = data.readInt();
    String lists = data.readUTF();
    if ((groups & Features.CLUSTERS) != 0 && levels != clusters.levels()) {
      throw new IOException(name + " was trained with word classes of " + levels + " levels; the classes given have " + clusters.levels());
    }
    if ((groups & Features.GAZETTEERS) != 0 && !lists.equals(String.join(",", gazetteers.lists()))) {
      throw new IOException(name + " was trained with the gazetteer lists [" + lists + "]; the ones given are " + gazetteers.lists());
    }
    boolean hasSecond = data.readBoolean();
    LinearModel first = LinearModel.read(buffered, name);
    Optional<LinearModel> second = hasSecond ? Optional.of(LinearModel.read(buffered, name)) : Optional.empty();
    return new NerModel(new Features(gazetteers, clusters, groups), first, second);
  }
}
