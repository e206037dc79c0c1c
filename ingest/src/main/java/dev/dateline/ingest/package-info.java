/**
 * Ingestion: inputs named on the command line become {@link dev.dateline.ingest.Source}s that send
 * {@link dev.dateline.model.RawDocument}s, each with its provenance (origin, fetch time from the injected clock or the
 * WARC record, SHA-256 of its bytes), and {@link dev.dateline.model.Failure}s that name the input, to a
 * {@link dev.dateline.ingest.Sink}. {@link dev.dateline.ingest.Ingest} is the front door; everything else here is
 * package-private.
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li>Plain text ({@code .txt}, {@code .text}, anything that is not binary and not recognised otherwise): one TEXT
 *       document. A sidecar {@code <file>.meta.json} next to a text or HTML file supplies metadata: a JSON object with
 *       the optional fields {@code url}, {@code title}, {@code source}, {@code published} (ISO-8601), {@code
 *       language} (strings) and {@code authors} (a string or an array of strings); other fields are refused as
 *       typos. Sidecar fields win; the command-line metadata fills the rest.
 *   <li>HTML ({@code .html}, {@code .htm}, {@code .xhtml}, or sniffed): one HTML document; the charset is left to
 *       extraction.
 *   <li>RSS 2.0/1.0 and Atom ({@code .xml}, {@code .rss}, {@code .atom}, or an rss, rdf:RDF or feed root element):
 *       entry links fetched when {@code followFeedLinks}, else (or when the fetch fails, which is also a Failure
 *       naming the entry URL) the entry's content or description is the document. Entry title, link, date
 *       (published, pubDate, else updated), authors, the feed's title (as source) and language are supplied.
 *   <li>JSON Lines ({@code .jsonl}, {@code .ndjson}, gzipped or not) in news-please's fields: one TEXT document per
 *       line, origin {@code file.jsonl:LINE}; a bad line is a Failure and reading goes on.
 *   <li>WARC ({@code .warc}, {@code .warc.gz}): 2xx HTML {@code response} records, streamed, origin {@code
 *       file.warc.gz#<WARC-Record-ID>}.
 *   <li>Any other {@code .gz}: decompressed within {@code maxBytes} and read by its inner name.
 *   <li>A directory: all of the above, recursively, in sorted order.
 *   <li>Stdin ({@code "-"}): one document, TEXT unless it starts like HTML.
 * </ul>
 *
 * <h2>Fetching</h2>
 *
 * <p>Only http and https, also as redirect targets; redirects followed by hand up to {@code maxRedirects}; robots.txt
 * fetched once per host and obeyed for the User-Agent's product token (RFC 9309: a 4xx robots.txt allows all, a 5xx
 * or unreachable one disallows all); at least {@code politenessDelay} between requests to one host, waited out by the
 * injected {@link dev.dateline.ingest.Ingest.Sleeper}; {@code connectTimeout}, and {@code readTimeout} for the
 * headers and again for each piece of the body; bodies capped at {@code maxBytes} before and after gzip decoding.
 *
 * <h2>Hostile input</h2>
 *
 * <p>Feeds are parsed by StAX with DTDs and external entities off, and a DOCTYPE is refused; every decompression and
 * download stops at {@code maxBytes}; a WARC is never held beyond one record.
 */
package dev.dateline.ingest;
