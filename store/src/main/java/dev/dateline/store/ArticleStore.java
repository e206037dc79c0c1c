package dev.dateline.store;

import dev.dateline.model.Article;
import dev.dateline.model.Events;
import dev.dateline.model.Failure;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The embedded article store: a Lucene index under {@code dataDir/index}, one writer per data directory.
 *
 * <p>Writes ({@link #add}, {@link #addFailure}) are buffered until {@link #commit}; reads ({@link #get}, {@link
 * #search}, {@link #forEach}, {@link #failures}, {@link #stats}) see what was committed. {@link #close} commits what is
 * pending. Every article is kept whole in one stored field in a compact form of its own, so {@link #get} gives back an
 * article equal to the one added; the other fields exist only to find it.
 */
public final class ArticleStore implements AutoCloseable {
  /** The file that marks a directory as a Dateline store, with the store's layout version. */
  static final String MARKER = "dateline-store";
  static final String MARKER_CONTENT = "dateline-store 1\n";
  static final String INDEX = "index";

  // Field names. KEY identifies a document ("a:" + article id, or "f:" + hash of a failure) for dedupe.
  static final String KEY = "key";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String SOURCE_NAME = "source_name";
  static final String LANGUAGE = "language";
  static final String LANGUAGE_NAME = "language_name";
  static final String DAY = "day";
  static final String ARTICLE = "article";
  static final String ORIGIN = "origin";
  static final String PROBLEM = "problem";
  static final String SEQ = "seq";
  static final String KIND_ARTICLE = "article";
  static final String KIND_FAILURE = "failure";
  static final String KIND_EVENT = "event";
  // On an article: present when the article was stored with its events (even none), absent when never analysed.
  static final String ANALYSED = "analysed";
  static final String ANALYSED_EVENTS = "events";
  // Event documents, one per event, each naming its article; see EventTerms for what their keys are.
  static final String EV_ARTICLE = "ev_article";
  static final String EV_ARTICLE_ORDER = "ev_article_order";
  static final String EV_SEQ = "ev_seq";
  static final String EV_EVENT = "ev_event";
  static final String EV_TYPE = "ev_type";
  static final String EV_MODALITY = "ev_modality";
  static final String EV_ACTOR = "ev_actor";
  static final String EV_ACTOR_CODE = "ev_actor_code";
  static final String EV_TARGET = "ev_target";
  static final String EV_TARGET_CODE = "ev_target_code";
  static final String EV_PLACE = "ev_place";
  static final String EV_START = "ev_start";
  static final String EV_END = "ev_end";

  /** Title words weigh more than body words: a headline names what the article is about. */
  static final float TITLE_BOOST = 2.0f;

  private static final int PAGE = 512;

  private final Path dataDir;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  // Keys added since the last commit: the committed searcher cannot see them, and re-adding must still be a no-op.
  private final Set<String> pendingKeys = new HashSet<>();
  // Of those, the articles added with their events.
  private final Set<String> pendingAnalysed = new HashSet<>();
  private long nextFailureSeq;
  private boolean closed;

  private ArticleStore(Path dataDir, Directory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers, long nextFailureSeq) {
    this.dataDir = dataDir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.nextFailureSeq = nextFailureSeq;
  }

  /**
   * Opens the store in {@code dataDir}, creating the directory and an empty index when missing.
   *
   * @throws IOException naming the path and the problem when the directory holds something other than a Dateline
   *     store, when its index is corrupt or of another format, or when another process has it open
   */
  public static ArticleStore open(Path dataDir) throws IOException {
    if (dataDir == null) {
      throw new IllegalArgumentException("data directory must not be null");
    }
    Path dir = dataDir.toAbsolutePath().normalize();
    prepare(dir);
    Directory directory = FSDirectory.open(dir.resolve(INDEX));
    Analyzer analyzer = new EnglishAnalyzer();
    IndexWriter writer = null;
    SearcherManager searchers = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      // An empty first commit, so a fresh store has an index that readers can open.
      writer.commit();
      searchers = new SearcherManager(directory, null);
      long failures = count(searchers, new TermQuery(new Term(KIND, KIND_FAILURE)));
      return new ArticleStore(dir, directory, analyzer, writer, searchers, failures);
    } catch (LockObtainFailedException e) {
      closeQuietly(searchers, writer, directory, analyzer);
      throw new IOException("data directory " + dir + " is in use by another dateline process (" + e.getMessage() + ")", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | NoSuchFileException | FileNotFoundException e) {
      closeQuietly(searchers, writer, directory, analyzer);
      throw new IOException("data directory " + dir + " holds a corrupt or unreadable index: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(searchers, writer, directory, analyzer);
      throw e;
    }
  }

  /** Creates a new store's directory and marker, or checks that an existing directory is a store. */
  private static void prepare(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("data directory " + dir + " is not a directory");
    }
    Path marker = dir.resolve(MARKER);
    if (Files.isRegularFile(marker)) {
      String content = Files.readString(marker, StandardCharsets.UTF_8);
      if (!content.equals(MARKER_CONTENT)) {
        throw new IOException("data directory " + dir + " has a store marker of an unknown version: '" + content.strip() + "'");
      }
      return;
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(5).toList();
        if (!names.isEmpty()) {
          throw new IOException(
              "data directory " + dir + " is not a Dateline store: it has no '" + MARKER + "' file but holds other files " + names);
        }
      }
    }
    Files.createDirectories(dir);
    // Written whole or not at all, so a crash here leaves an empty directory, not a half marker.
    Path temporary = dir.resolve(MARKER + ".tmp");
    Files.writeString(temporary, MARKER_CONTENT, StandardCharsets.UTF_8);
    try {
      Files.move(temporary, marker, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Adds an article, visible to reads after the next {@link #commit}.
   *
   * @return false, changing nothing, when an article with this id is already stored or pending
   */
  public synchronized boolean add(Article article) throws IOException {
    if (article == null) {
      throw new IllegalArgumentException("article must not be null");
    }
    ensureOpen();
    String key = "a:" + article.id();
    if (known(key)) {
      return false;
    }
    writer.addDocument(toDocument(key, article));
    pendingKeys.add(key);
    return true;
  }

  /** Whether an article is stored (committed or pending), and with its events or not. */
  public enum Presence {
    ABSENT, WITHOUT_EVENTS, WITH_EVENTS
  }

  /** Whether the article with this id is stored, committed or pending, and whether with its events. */
  public synchronized Presence presence(String id) throws IOException {
    if (id == null) {
      throw new IllegalArgumentException("id must not be null");
    }
    ensureOpen();
    String key = "a:" + id;
    if (pendingAnalysed.contains(key) || count(searchers, analysedArticle(key)) > 0) {
      return Presence.WITH_EVENTS;
    }
    return known(key) ? Presence.WITHOUT_EVENTS : Presence.ABSENT;
  }

  /**
   * Adds an article with the events read from it, one document per event, visible to reads after the next {@link
   * #commit}. An article stored earlier without its events gets them now (stored again as given, since the events'
   * spans index this article's text).
   *
   * @return false, changing nothing, when the article is already stored, or pending, with its events
   */
  public synchronized boolean add(Article article, Events events) throws IOException {
    if (article == null || events == null) {
      throw new IllegalArgumentException("article and events must not be null");
    }
    ensureOpen();
    String key = "a:" + article.id();
    Presence presence = presence(article.id());
    if (presence == Presence.WITH_EVENTS) {
      return false;
    }
    Document doc = toDocument(key, article);
    doc.add(new StringField(ANALYSED, ANALYSED_EVENTS, Field.Store.NO));
    if (presence == Presence.WITHOUT_EVENTS) {
      writer.deleteDocuments(new Term(EV_ARTICLE, article.id()));
      writer.updateDocument(new Term(KEY, key), doc);
    } else {
      writer.addDocument(doc);
    }
    List<Events.Event> items = events.items();
    for (int i = 0; i < items.size(); i++) {
      writer.addDocument(toEventDocument(article.id(), i, items.get(i)));
    }
    pendingKeys.add(key);
    pendingAnalysed.add(key);
    return true;
  }

  /** Records an ingest failure; the same origin failing with the same problem again is recorded once. */
  public synchronized void addFailure(Failure failure) throws IOException {
    if (failure == null) {
      throw new IllegalArgumentException("failure must not be null");
    }
    ensureOpen();
    String key = "f:" + sha256(failure.origin() + '\u0000' + failure.problem());
    if (known(key)) {
      return;
    }
    Document doc = new Document();
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new StringField(KIND, KIND_FAILURE, Field.Store.NO));
    doc.add(new StoredField(ORIGIN, failure.origin()));
    doc.add(new StoredField(PROBLEM, failure.problem()));
    doc.add(new NumericDocValuesField(SEQ, nextFailureSeq++));
    writer.addDocument(doc);
    pendingKeys.add(key);
  }

  /** Makes everything added so far durable (fsynced) and visible to reads. */
  public synchronized void commit() throws IOException {
    ensureOpen();
    writer.commit();
    searchers.maybeRefreshBlocking();
    pendingKeys.clear();
    pendingAnalysed.clear();
  }

  /** The committed article with this id. */
  public Optional<Article> get(String id) throws IOException {
    if (id == null) {
      throw new IllegalArgumentException("id must not be null");
    }
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(KEY, "a:" + id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(article(searcher.storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Finds committed articles: by BM25 over title and body when the query has words (taken literally, never as query
   * syntax), else every article passing the filters, latest first.
   */
  public List<Hit> search(SearchQuery query) throws IOException {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    ensureOpen();
    BooleanQuery.Builder filtered = new BooleanQuery.Builder();
    filtered.add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER);
    query.source().ifPresent(s -> filtered.add(new TermQuery(new Term(SOURCE, fold(s))), Occur.FILTER));
    query.language().ifPresent(l -> filtered.add(new TermQuery(new Term(LANGUAGE, fold(l))), Occur.FILTER));
    if (query.from().isPresent() || query.to().isPresent()) {
      long lo = query.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long hi = query.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      filtered.add(LongPoint.newRangeQuery(DAY, lo, hi), Occur.FILTER);
    }
    Set<String> terms = new HashSet<>();
    boolean ranked = !query.filterOnly();
    if (ranked) {
      Optional<Query> words = words(query.text());
      if (words.isEmpty()) {
        return List.of(); // nothing searchable left, e.g. only stopwords or punctuation
      }
      words.get().visit(QueryVisitor.termCollector(collectTexts(terms)));
      filtered.add(words.get(), Occur.MUST);
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = ranked
          ? searcher.search(filtered.build(), query.limit())
          : searcher.search(filtered.build(), query.limit(), latestFirst());
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Article a = article(stored, sd.doc);
        hits.add(new Hit(a.id(), ranked ? sd.score : 0f, a.title(), a.url(), a.source(), a.published().map(p -> p.iso()),
            Snippets.around(analyzer, TEXT, a.text(), terms)));
      }
      return List.copyOf(hits);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Finds committed events passing every filter of {@code query}, latest event date first (undated events last), then
   * by article id and order in the article.
   */
  public List<EventHit> events(EventQuery query) throws IOException {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    ensureOpen();
    BooleanQuery.Builder filtered = new BooleanQuery.Builder();
    filtered.add(new TermQuery(new Term(KIND, KIND_EVENT)), Occur.FILTER);
    query.actor().ifPresent(a -> filtered.add(participant(EV_ACTOR, EV_ACTOR_CODE, a), Occur.FILTER));
    query.target().ifPresent(t -> filtered.add(participant(EV_TARGET, EV_TARGET_CODE, t), Occur.FILTER));
    query.place().ifPresent(p -> filtered.add(new TermQuery(new Term(EV_PLACE, EventTerms.nameQuery(p).orElseThrow())), Occur.FILTER));
    if (!query.types().isEmpty()) {
      filtered.add(anyOf(EV_TYPE, query.types().stream().map(Enum::name).toList()), Occur.FILTER);
    }
    if (!query.modalities().isEmpty()) {
      filtered.add(anyOf(EV_MODALITY, query.modalities().stream().map(Enum::name).toList()), Occur.FILTER);
    }
    // An event's date covers [start, end]; it passes when that range meets [from, to].
    query.from().ifPresent(f -> filtered.add(LongPoint.newRangeQuery(EV_END, f.toEpochDay(), Long.MAX_VALUE), Occur.FILTER));
    query.to().ifPresent(t -> filtered.add(LongPoint.newRangeQuery(EV_START, Long.MIN_VALUE, t.toEpochDay()), Occur.FILTER));
    SortField start = new SortField(EV_START, SortField.Type.LONG, true);
    start.setMissingValue(Long.MIN_VALUE);
    Sort order = new Sort(start, new SortField(EV_ARTICLE_ORDER, SortField.Type.STRING), new SortField(EV_SEQ, SortField.Type.LONG));
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(filtered.build(), query.limit(), order);
      StoredFields stored = searcher.storedFields();
      Map<String, Article> articles = new HashMap<>();
      List<EventHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc, Set.of(EV_ARTICLE, EV_EVENT));
        String articleId = doc.get(EV_ARTICLE);
        BytesRef bytes = doc.getBinaryValue(EV_EVENT);
        if (articleId == null || bytes == null) {
          throw new IOException("index in " + dataDir + " has an event document " + sd.doc + " without its article id or stored event");
        }
        Events.Event event;
        try {
          event = EventCodec.decode(bytes.bytes, bytes.offset, bytes.length);
        } catch (IOException e) {
          throw new IOException("index in " + dataDir + ", event document " + sd.doc + ": " + e.getMessage(), e);
        }
        Article article = articles.get(articleId);
        if (article == null) {
          TopDocs parent = searcher.search(new TermQuery(new Term(KEY, "a:" + articleId)), 1);
          if (parent.scoreDocs.length == 0) {
            throw new IOException("index in " + dataDir + " has events of article " + articleId + " but not the article");
          }
          article = article(stored, parent.scoreDocs[0].doc);
          articles.put(articleId, article);
        }
        hits.add(new EventHit(article, event));
      }
      return List.copyOf(hits);
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many events are stored, and how many articles were stored with and without their events. */
  public EventStats eventStats() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      long events = searcher.count(new TermQuery(new Term(KIND, KIND_EVENT)));
      long articles = searcher.count(new TermQuery(new Term(KIND, KIND_ARTICLE)));
      long analysed = searcher.count(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
          .add(new TermQuery(new Term(ANALYSED, ANALYSED_EVENTS)), Occur.FILTER)
          .build());
      return new EventStats(events, analysed, articles - analysed);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Hands every committed article to {@code consumer}, in id order. */
  public void forEach(Consumer<Article> consumer) throws IOException {
    if (consumer == null) {
      throw new IllegalArgumentException("consumer must not be null");
    }
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      Query all = new TermQuery(new Term(KIND, KIND_ARTICLE));
      Sort byId = new Sort(new SortField(ID, SortField.Type.STRING));
      StoredFields stored = searcher.storedFields();
      ScoreDoc after = null;
      while (true) {
        TopDocs page = after == null ? searcher.search(all, PAGE, byId) : searcher.searchAfter(after, all, PAGE, byId);
        for (ScoreDoc sd : page.scoreDocs) {
          consumer.accept(article(stored, sd.doc));
        }
        if (page.scoreDocs.length < PAGE) {
          return;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /** The committed failures, in the order they were recorded. */
  public List<Failure> failures() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      Query all = new TermQuery(new Term(KIND, KIND_FAILURE));
      int total = Math.max(1, searcher.count(all));
      TopDocs top = searcher.search(all, total, new Sort(new SortField(SEQ, SortField.Type.LONG)));
      StoredFields stored = searcher.storedFields();
      List<Failure> failures = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc);
        failures.add(new Failure(doc.get(ORIGIN), doc.get(PROBLEM)));
      }
      return List.copyOf(failures);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Counts of what was committed. */
  public Stats stats() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      long articles = 0;
      Map<String, Long> bySource = new HashMap<>();
      Map<String, Long> byLanguage = new HashMap<>();
      long earliest = Long.MAX_VALUE;
      long latest = Long.MIN_VALUE;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        var live = leaf.reader().getLiveDocs();
        SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
        if (ids == null) {
          continue;
        }
        SortedDocValues sources = leaf.reader().getSortedDocValues(SOURCE_NAME);
        SortedDocValues languages = leaf.reader().getSortedDocValues(LANGUAGE_NAME);
        NumericDocValues days = leaf.reader().getNumericDocValues(DAY);
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          articles++;
          tally(sources, doc, bySource);
          tally(languages, doc, byLanguage);
          if (days != null && days.advanceExact(doc)) {
            earliest = Math.min(earliest, days.longValue());
            latest = Math.max(latest, days.longValue());
          }
        }
      }
      long failures = searcher.count(new TermQuery(new Term(KIND, KIND_FAILURE)));
      Optional<LocalDate> first = articles > 0 && earliest != Long.MAX_VALUE ? Optional.of(LocalDate.ofEpochDay(earliest)) : Optional.empty();
      Optional<LocalDate> last = articles > 0 && latest != Long.MIN_VALUE ? Optional.of(LocalDate.ofEpochDay(latest)) : Optional.empty();
      return new Stats(articles, failures, bySource, byLanguage, first, last);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Commits what is pending and releases the directory. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      searchers.close();
      writer.close(); // commits what is pending
    } finally {
      closeQuietly(writer, directory, analyzer);
    }
  }

  @Override
  public String toString() {
    return "ArticleStore[" + dataDir + "]";
  }

  private Document toDocument(String key, Article a) {
    Document doc = new Document();
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    a.title().ifPresent(t -> doc.add(new TextField(TITLE, t, Field.Store.NO)));
    doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
    a.source().ifPresent(s -> {
      doc.add(new StringField(SOURCE, fold(s), Field.Store.NO));
      doc.add(new SortedDocValuesField(SOURCE_NAME, new BytesRef(s)));
    });
    a.language().ifPresent(l -> {
      doc.add(new StringField(LANGUAGE, fold(l), Field.Store.NO));
      doc.add(new SortedDocValuesField(LANGUAGE_NAME, new BytesRef(l)));
    });
    a.published().ifPresent(p -> {
      long day = p.date().toEpochDay();
      doc.add(new LongPoint(DAY, day));
      doc.add(new NumericDocValuesField(DAY, day));
    });
    doc.add(new StoredField(ARTICLE, ArticleCodec.encode(a)));
    return doc;
  }

  private static Document toEventDocument(String articleId, int seq, Events.Event e) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_EVENT, Field.Store.NO));
    doc.add(new StringField(EV_ARTICLE, articleId, Field.Store.YES));
    doc.add(new SortedDocValuesField(EV_ARTICLE_ORDER, new BytesRef(articleId)));
    doc.add(new NumericDocValuesField(EV_SEQ, seq));
    doc.add(new StringField(EV_TYPE, e.type().name(), Field.Store.NO));
    doc.add(new StringField(EV_MODALITY, e.modality().name(), Field.Store.NO));
    participants(doc, EV_ACTOR, EV_ACTOR_CODE, e.actors());
    participants(doc, EV_TARGET, EV_TARGET_CODE, e.targets());
    e.place().ifPresent(p -> EventTerms.nameKeys(p.name()).forEach(k -> doc.add(new StringField(EV_PLACE, k, Field.Store.NO))));
    e.date().flatMap(EventTerms::days).ifPresent(days -> {
      doc.add(new LongPoint(EV_START, days[0]));
      doc.add(new NumericDocValuesField(EV_START, days[0]));
      doc.add(new LongPoint(EV_END, days[1]));
    });
    doc.add(new StoredField(EV_EVENT, EventCodec.encode(e)));
    return doc;
  }

  private static void participants(Document doc, String nameField, String codeField, List<Events.Participant> participants) {
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Events.Participant p : participants) {
      names.addAll(EventTerms.nameKeys(p.name()));
      p.code().ifPresent(c -> codes.addAll(EventTerms.codeKeys(c)));
    }
    names.forEach(k -> doc.add(new StringField(nameField, k, Field.Store.NO)));
    codes.forEach(k -> doc.add(new StringField(codeField, k, Field.Store.NO)));
  }

  /** A participant by name, or by CAMEO actor code when the value reads as one. */
  private static Query participant(String nameField, String codeField, String value) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(nameField, EventTerms.nameQuery(value).orElseThrow())), Occur.SHOULD);
    EventTerms.codeQuery(value).ifPresent(c -> any.add(new TermQuery(new Term(codeField, c)), Occur.SHOULD));
    return any.build();
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    return any.build();
  }

  private static Query analysedArticle(String key) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KEY, key)), Occur.FILTER)
        .add(new TermQuery(new Term(ANALYSED, ANALYSED_EVENTS)), Occur.FILTER)
        .build();
  }

  private Article article(StoredFields stored, int doc) throws IOException {
    BytesRef bytes = stored.document(doc, Set.of(ARTICLE)).getBinaryValue(ARTICLE);
    if (bytes == null) {
      throw new IOException("index in " + dataDir + " has an article document " + doc + " without its stored article");
    }
    try {
      return ArticleCodec.decode(bytes.bytes, bytes.offset, bytes.length);
    } catch (IOException e) {
      throw new IOException("index in " + dataDir + ", document " + doc + ": " + e.getMessage(), e);
    }
  }

  /** The user's words as a BM25 query over title and body, with no query syntax at all: nothing a user types can break it. */
  private Optional<Query> words(String text) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query title = builder.createBooleanQuery(TITLE, text, Occur.SHOULD);
    Query body = builder.createBooleanQuery(TEXT, text, Occur.SHOULD);
    if (title == null || body == null) {
      return Optional.empty();
    }
    return Optional.of(new BooleanQuery.Builder()
        .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
        .add(body, Occur.SHOULD)
        .build());
  }

  private static Set<Term> collectTexts(Set<String> texts) {
    // A set view that keeps only the term text: title and body share one analyzer, so their terms read the same.
    return new java.util.AbstractSet<>() {
      @Override
      public boolean add(Term t) {
        return texts.add(t.text());
      }

      @Override
      public java.util.Iterator<Term> iterator() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int size() {
        return texts.size();
      }
    };
  }

  private static Sort latestFirst() {
    SortField day = new SortField(DAY, SortField.Type.LONG, true);
    day.setMissingValue(Long.MIN_VALUE); // undated articles last
    return new Sort(day, new SortField(ID, SortField.Type.STRING));
  }

  private boolean known(String key) throws IOException {
    if (pendingKeys.contains(key)) {
      return true;
    }
    return count(searchers, new TermQuery(new Term(KEY, key))) > 0;
  }

  private static long count(SearcherManager searchers, Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(query);
    } finally {
      searchers.release(searcher);
    }
  }

  private static void tally(SortedDocValues values, int doc, Map<String, Long> counts) throws IOException {
    if (values != null && values.advanceExact(doc)) {
      counts.merge(values.lookupOrd(values.ordValue()).utf8ToString(), 1L, Long::sum);
    }
  }

  static String fold(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("store " + dataDir + " is closed");
    }
  }

  private static void closeQuietly(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception ignored) {
          // Closing after a failure: the first error is the one worth reporting.
        }
      }
    }
  }
}
