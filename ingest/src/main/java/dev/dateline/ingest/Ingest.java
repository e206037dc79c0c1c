package dev.dateline.ingest;

import dev.dateline.model.SuppliedMetadata;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The front door of ingestion: turns an input named on the command line (a file, a directory, {@code "-"} for
 * stdin, or an http(s) URL) into a {@link Source} of raw documents with provenance.
 *
 * <p>One {@code Ingest} owns one fetcher: robots.txt is fetched once per host and the politeness delay is kept per
 * host across every source it opens. Build one per run.
 */
public final class Ingest {

  /**
   * How the fetcher waits between two requests to the same host. Injected so that tests observe the wait through a
   * fake clock instead of sleeping; the default is {@link Thread#sleep(Duration)}.
   */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final String DEFAULT_USER_AGENT = "Dateline/0.1 (+https://github.com/dateline-news/dateline)";

  // a URI scheme of two letters or more, so that a Windows drive ("C:\news") still reads as a path
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):.*", Pattern.DOTALL);

  private final Settings settings;
  private final Fetcher fetcher;

  private Ingest(Settings settings) {
    this.settings = settings;
    this.fetcher = new Fetcher(settings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A source for {@code input}: a file (format from its extension and first bytes), a directory (read recursively in
   * sorted order, hidden files and {@code .meta.json} sidecars skipped), {@code "-"} for stdin, an http(s) URL, or a
   * {@code file:} URL. The formats, the sidecar file and the fetching rules are described in the package summary.
   *
   * @throws IllegalArgumentException naming the input when it does not exist or its scheme is not http, https or file
   */
  public Source open(String input) {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException("input must not be blank, got '" + input + "'");
    }
    if (input.equals("-")) {
      return stdin(System.in);
    }
    var scheme = SCHEME.matcher(input);
    if (scheme.matches()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      switch (name) {
        case "http", "https" -> {
          URI uri = parseUri(input);
          if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: '" + input + "'");
          }
          return new UrlSource(uri, settings, fetcher);
        }
        case "file" -> {
          Path path;
          try {
            path = Path.of(parseUri(input));
          } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("not a usable file URL: '" + input + "' (" + e.getMessage() + ")", e);
          }
          return openPath(input, path);
        }
        default -> throw new IllegalArgumentException(
            "cannot read '" + input + "': scheme '" + name + "' is not http, https or file");
      }
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a valid path: '" + input + "' (" + e.getReason() + ")", e);
    }
    return openPath(input, path);
  }

  /** A source reading one document from {@code in}: TEXT unless its first bytes look like HTML. */
  public Source stdin(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new StdinSource(in, settings);
  }

  private Source openPath(String input, Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such file or directory: '" + input + "'");
    }
    if (Files.isDirectory(path)) {
      return new DirectorySource(path, settings, fetcher);
    }
    return new FileSource(path, settings, fetcher);
  }

  private static URI parseUri(String input) {
    try {
      return new URI(input);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: '" + input + "' (" + e.getReason() + ")", e);
    }
  }

  /** Settings for an {@link Ingest}; every one has a default, and {@link #build()} checks them all. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private SuppliedMetadata metadata = SuppliedMetadata.NONE;
    private String userAgent = DEFAULT_USER_AGENT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration politenessDelay = Duration.ofSeconds(1);
    private long maxBytes = 20L * 1024 * 1024;
    private int maxRedirects = 5;
    private boolean followFeedLinks = true;
    private Sleeper sleeper = Thread::sleep;

    private Builder() {}

    /** Where fetch times come from; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Metadata given on the command line ({@code --published}, {@code --source}, {@code --url}): the metadata of bare
     * text, and the fallback for fields a sidecar, feed entry, JSON line, HTTP response or WARC record leaves empty.
     */
    public Builder metadata(SuppliedMetadata metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /** The User-Agent header, and the agent looked up in robots.txt (its part before the first '/'). */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long to wait for the response headers, and then for each further piece of the body. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
      return this;
    }

    /** The least time between two requests to the same host; default 1 s. Zero turns it off. */
    public Builder politenessDelay(Duration politenessDelay) {
      this.politenessDelay = Objects.requireNonNull(politenessDelay, "politenessDelay");
      return this;
    }

    /** The most bytes one document may have after decompression; default 20 MiB. */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** The most redirects followed from one URL; default 5. */
    public Builder maxRedirects(int maxRedirects) {
      this.maxRedirects = maxRedirects;
      return this;
    }

    /** Whether feed entries are fetched from their links (default) or read from their own content. */
    public Builder followFeedLinks(boolean followFeedLinks) {
      this.followFeedLinks = followFeedLinks;
      return this;
    }

    /** How the politeness delay is waited out; default {@link Thread#sleep(Duration)}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public Ingest build() {
      if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("userAgent must be non-blank printable text, got '" + userAgent + "'");
      }
      requirePositive("connectTimeout", connectTimeout);
      requirePositive("readTimeout", readTimeout);
      if (politenessDelay.isNegative()) {
        throw new IllegalArgumentException("politenessDelay must not be negative, got " + politenessDelay);
      }
      if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException(
            "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ", got " + maxBytes);
      }
      if (maxRedirects < 0) {
        throw new IllegalArgumentException("maxRedirects must not be negative, got " + maxRedirects);
      }
      return new Ingest(new Settings(clock, metadata, userAgent, connectTimeout, readTimeout, politenessDelay,
          maxBytes, maxRedirects, followFeedLinks, sleeper));
    }

    private static void requirePositive(String name, Duration value) {
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
    }
  }
}
