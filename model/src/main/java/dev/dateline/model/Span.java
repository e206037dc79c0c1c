package dev.dateline.model;

/** A half-open range {@code [begin, end)} of UTF-16 offsets into one text, so {@code text.substring(begin, end)} works. */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("span must satisfy 0 <= begin <= end, got [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean within(int textLength) {
    return end <= textLength;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span other) {
    return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
  }
}
