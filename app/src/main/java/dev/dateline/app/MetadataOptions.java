package dev.dateline.app;

import dev.dateline.model.SuppliedMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The metadata flags of ingest, analyze and bench, given to ingest for every document read. */
final class MetadataOptions {
  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date for documents that do not carry one: ISO-8601, e.g. 2024-08-19 or 2024-08-19T09:30:00Z.")
  String published;

  @Option(names = "--source", paramLabel = "NAME", description = "The outlet that published the documents, e.g. \"BBC News\".")
  String source;

  @Option(names = "--url", paramLabel = "URL", description = "The address the document was published at (http or https).")
  String url;

  @Option(names = "--no-follow", description = "Read feed items as they are, without fetching the pages they link to.")
  boolean noFollow;

  /** The flags as supplied metadata; a malformed value is a usage error naming the flag and the value. */
  SuppliedMetadata supplied(CommandLine cmd) {
    SuppliedMetadata m = SuppliedMetadata.NONE;
    if (published != null) {
      if (!isIsoDate(published.strip())) {
        throw new ParameterException(cmd, "--published: '" + published
            + "' is not an ISO-8601 date or date-time (e.g. 2024-08-19 or 2024-08-19T09:30:00Z)");
      }
      m = m.withPublished(published.strip());
    }
    if (source != null) {
      if (source.isBlank()) {
        throw new ParameterException(cmd, "--source must not be blank");
      }
      m = m.withSource(source.strip());
    }
    if (url != null) {
      if (!isWebUrl(url.strip())) {
        throw new ParameterException(cmd, "--url: '" + url + "' is not an http or https address");
      }
      m = m.withUrl(url.strip());
    }
    return m;
  }

  boolean followFeedLinks() {
    return !noFollow;
  }

  private static boolean isIsoDate(String value) {
    return parses(() -> LocalDate.parse(value))
        || parses(() -> LocalDateTime.parse(value))
        || parses(() -> OffsetDateTime.parse(value));
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isWebUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
