package dev.dateline.ingest;

import dev.dateline.model.Failure;
import dev.dateline.model.RawDocument;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it receives, for assertions. */
final class Collected implements Sink {
  final List<RawDocument> documents = new ArrayList<>();
  final List<Failure> failures = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void fail(Failure failure) {
    failures.add(failure);
  }

  static Collected from(Source source) throws java.io.IOException {
    var sink = new Collected();
    source.read(sink);
    return sink;
  }

  String text(int i) {
    return new String(documents.get(i).content(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
