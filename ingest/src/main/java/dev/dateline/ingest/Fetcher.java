package dev.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Fetches http(s) URLs for one {@link Ingest}: redirects followed by hand (only to http and https, at most
 * {@code maxRedirects}), robots.txt fetched once per host and obeyed, a politeness delay per host, timeouts on
 * connecting, on the response headers and on each piece of the body, and bodies capped at {@code maxBytes} before
 * and after gzip decoding.
 */
final class Fetcher {

  /** A successful (2xx) response, read in full. */
  record Response(URI uri, int status, Optional<String> contentType, Optional<String> charset, byte[] body,
      Instant fetchedAt) {}

  // robots.txt is read up to this size (RFC 9309 asks for at least 500 KiB)
  private static final int ROBOTS_MAX_BYTES = 512 * 1024;
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");

  private final Settings settings;
  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, Instant> nextSlot = new HashMap<>();
  private HttpClient client;
  private ExecutorService reader;

  Fetcher(Settings settings) {
    this.settings = settings;
  }

  /**
   * Fetches {@code uri}, following redirects.
   *
   * @throws IOException naming the URL: refused scheme or redirect, robots.txt disallow, too many redirects, a
   *     status other than 2xx, a timeout, or a body over {@code maxBytes}
   */
  Response fetch(URI uri) throws IOException {
    requireHttp(uri, "refused to fetch " + uri);
    URI current = uri;
    for (int hop = 0; ; hop++) {
      if (!robotsFor(current).allows(pathAndQuery(current))) {
        throw new IOException("robots.txt of " + current.getHost() + " disallows " + current
            + " for agent '" + settings.robotsAgent() + "'");
      }
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (isRedirect(status)) {
        response.body().close();
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new IOException("HTTP " + status + " from " + uri + " without a Location header"));
        URI target;
        try {
          target = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new IOException("redirect from " + current + " to an invalid URL '" + location + "'", e);
        }
        requireHttp(target, "redirect from " + current + " to " + target + " refused");
        if (hop + 1 > settings.maxRedirects()) {
          throw new IOException("too many redirects (more than " + settings.maxRedirects() + ") from " + uri
              + ", last to " + target);
        }
        current = target;
        continue;
      }
      if (status < 200 || status > 299) {
        response.body().close();
        throw new IOException("HTTP " + status + " from " + current
            + (current.equals(uri) ? "" : " (redirected from " + uri + ")"));
      }
      byte[] body = readBody(response, current, settings.maxBytes());
      Optional<String> contentType = response.headers().firstValue("Content-Type");
      return new Response(current, status, contentType, contentType.flatMap(Fetcher::charsetOf), body,
          settings.clock().instant());
    }
  }

  /** The charset parameter of a Content-Type header value, if any. */
  static Optional<String> charsetOf(String contentType) {
    var m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static void requireHttp(URI uri, String what) throws IOException {
    if (uri.getScheme() == null) {
      throw new IOException(what + ": a relative URL, with no scheme and no base to resolve it against");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException(what + ": only http and https URLs are fetched, not '" + scheme + ":'");
    }
    if (uri.getHost() == null) {
      throw new IOException(what + ": the URL has no host");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static String hostKey(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
        + uri.getPort();
  }

  // RFC 9309: 4xx means no rules; 5xx or no answer means assume complete disallow
  private Robots robotsFor(URI uri) throws IOException {
    String key = hostKey(uri);
    synchronized (robots) {
      Robots known = robots.get(key);
      if (known != null) {
        return known;
      }
    }
    Robots rules;
    URI robotsUri = uri.resolve("/robots.txt");
    try {
      URI current = robotsUri;
      rules = null;
      for (int hop = 0; rules == null; hop++) {
        HttpResponse<InputStream> response = send(current);
        int status = response.statusCode();
        if (isRedirect(status) && hop < settings.maxRedirects()
            && response.headers().firstValue("Location").isPresent()) {
          response.body().close();
          URI target = current.resolve(response.headers().firstValue("Location").get().strip());
          requireHttp(target, "redirect of " + robotsUri);
          current = target;
        } else if (status >= 200 && status <= 299) {
          byte[] body;
          try {
            body = readBody(response, current, ROBOTS_MAX_BYTES);
          } catch (TooLargeException e) {
            body = new byte[0]; // an oversized robots.txt: read as empty rather than blocking the host
          }
          rules = Robots.parse(new String(body, StandardCharsets.UTF_8), settings.robotsAgent());
        } else {
          response.body().close();
          // RFC 9309 2.3.1: a redirect chain too long counts as unavailable, like a 4xx
          rules = (status >= 400 && status <= 499) || isRedirect(status) ? Robots.ALLOW_ALL : Robots.DISALLOW_ALL;
        }
      }
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("cannot fetch " + uri + ": its robots.txt " + robotsUri + " could not be read ("
          + e.getMessage() + "), so the host is treated as disallowed", e);
    }
    synchronized (robots) {
      robots.put(key, rules);
    }
    return rules;
  }

  private HttpResponse<InputStream> send(URI uri) throws IOException {
    waitForHost(uri.getHost().toLowerCase(Locale.ROOT));
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .GET()
          .timeout(settings.readTimeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept-Encoding", "gzip")
          .build();
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot request " + uri + ": " + e.getMessage(), e);
    }
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new HttpTimeoutException("no answer from " + uri + " within " + describe(e) + " ("
          + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + uri);
    } catch (IOException e) {
      throw new IOException("cannot fetch " + uri + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()),
          e);
    }
  }

  private String describe(HttpTimeoutException e) {
    return e instanceof java.net.http.HttpConnectTimeoutException
        ? "connectTimeout " + settings.connectTimeout()
        : "readTimeout " + settings.readTimeout();
  }

  // reserves the host's next slot under the lock, then sleeps outside it so other hosts are not held up
  private void waitForHost(String host) throws IOException {
    Duration delay = settings.politenessDelay();
    if (delay.isZero()) {
      return;
    }
    Instant now = settings.clock().instant();
    Instant slot;
    synchronized (nextSlot) {
      Instant next = nextSlot.get(host);
      slot = next == null || next.isBefore(now) ? now : next;
      nextSlot.put(host, slot.plus(delay));
    }
    Duration wait = Duration.between(now, slot);
    if (wait.isPositive()) {
      try {
        settings.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting " + wait + " before the next request to "
            + host);
      }
    }
  }

  private byte[] readBody(HttpResponse<InputStream> response, URI uri, long maxBytes) throws IOException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
        .toLowerCase(Locale.ROOT);
    if (!encoding.equals("identity") && !encoding.equals("gzip") && !encoding.equals("x-gzip")) {
      response.body().close();
      throw new IOException("response from " + uri + " has Content-Encoding '" + encoding
          + "', which was not asked for");
    }
    if (declared > maxBytes) {
      response.body().close();
      throw new TooLargeException("response body of " + uri + " (Content-Length " + declared + ")", maxBytes);
    }
    byte[] raw = readTimed(response.body(), uri, maxBytes);
    if (encoding.equals("identity")) {
      return raw;
    }
    return Bounded.gunzip(new ByteArrayInputStream(raw), maxBytes, "gzip response body of " + uri);
  }

  // each read gets readTimeout; a stalled server is abandoned (the blocked read is interrupted)
  private byte[] readTimed(InputStream in, URI uri, long maxBytes) throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    try (in) {
      while (true) {
        Future<Integer> read = reader().submit(() -> in.read(buffer));
        int n;
        try {
          n = read.get(settings.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          read.cancel(true);
          throw new HttpTimeoutException("response body of " + uri + " stalled for longer than readTimeout "
              + settings.readTimeout() + " after " + total + " bytes");
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          throw new IOException("cannot read the response body of " + uri + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
          read.cancel(true);
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading " + uri);
        }
        if (n == -1) {
          return out.toByteArray();
        }
        total += n;
        if (total > maxBytes) {
          throw new TooLargeException("response body of " + uri, maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(settings.connectTimeout())
          .build();
    }
    return client;
  }

  private synchronized ExecutorService reader() {
    if (reader == null) {
      reader = Executors.newVirtualThreadPerTaskExecutor();
    }
    return reader;
  }
}
