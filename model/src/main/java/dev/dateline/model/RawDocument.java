package dev.dateline.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as it arrived, before extraction: its bytes, how to read them, the charset the transport declared
 * (an HTTP header, a WARC record), metadata supplied beside it, and where it came from.
 */
public record RawDocument(
    Provenance provenance,
    ContentKind kind,
    byte[] content,
    Optional<String> declaredCharset,
    SuppliedMetadata supplied) {

  public RawDocument {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    Objects.requireNonNull(supplied, "supplied");
  }

  public String origin() {
    return provenance.origin();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument r
        && provenance.equals(r.provenance)
        && kind == r.kind
        && Arrays.equals(content, r.content)
        && declaredCharset.equals(r.declaredCharset)
        && supplied.equals(r.supplied);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provenance, kind, Arrays.hashCode(content), declaredCharset, supplied);
  }

  @Override
  public String toString() {
    return "RawDocument[" + provenance.origin() + ", " + kind + ", " + content.length + " bytes]";
  }
}
