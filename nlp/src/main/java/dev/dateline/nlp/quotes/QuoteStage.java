package dev.dateline.nlp.quotes;

import dev.dateline.model.Document;
import dev.dateline.model.Entities;
import dev.dateline.model.EntityType;
import dev.dateline.model.LayerKey;
import dev.dateline.model.Paragraphs;
import dev.dateline.model.Quotes;
import dev.dateline.model.Quotes.Kind;
import dev.dateline.model.Quotes.Quote;
import dev.dateline.model.Quotes.Speaker;
import dev.dateline.model.QuoteTerms;
import dev.dateline.model.QuoteTerms.Term;
import dev.dateline.model.Sentences;
import dev.dateline.model.Span;
import dev.dateline.model.Tags;
import dev.dateline.model.Tokens;
import dev.dateline.nlp.Stage;
import dev.dateline.nlp.learn.LinearModel;
import dev.dateline.nlp.quotes.CueLexicon.CueClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who said what ("quotes.v1"): direct quotes, reported speech and the speaker and cue of each, over the tokens, their
 * parts of speech and the entities of the article.
 *
 * <p><b>Direct quotes.</b> The quoted regions of {@link QuoteMarks} (every mark style, mismatched pairs, quotes over
 * several paragraphs, nested quotes inside their region). A region is a statement when it has at least four words or
 * an attribution right beside it ({@code "No," he said}); otherwise it is a term or scare quote ("humanitarian
 * pause") and goes to the {@link QuoteTerms} layer, never to the statements. A statement's attribution is looked for right after
 * it ({@code ," Blinken said}, {@code ," said Blinken}, {@code ," the top US diplomat said Tuesday}), else right
 * before it ({@code Blinken noted that "...}, {@code X told reporters: "...}); a quote with neither, standing alone
 * as news style has it, takes the speaker of the nearest attribution before it in its paragraph or the previous one.
 *
 * <p><b>Reported speech.</b> A cue verb of cues.tsv (by lemma, as a verb) with a source noun phrase before it
 * (adverbs and auxiliaries before the verb belong to the cue: "also said", "has said"; words of time between source
 * and cue are skipped: "Blinken on Monday warned"; an appositive or relative clause between them is stepped over)
 * and a clause after it ("said Tuesday he would ...", "told reporters that ..."): the content runs to the end of the
 * sentence. {@code CONTENT, X said.} and {@code CONTENT, said X.} take the content before the comma; "according to
 * X" takes the clause before or after it. A content that holds a quoted statement is mixed.
 *
 * <p><b>Speakers.</b> The source's head word is looked up among the entities' mentions (names, descriptions such as
 * "the top US diplomat", pronouns the entities stage resolved): a person, organisation or place found there is the
 * named speaker; otherwise the source is kept as an unnamed descriptor ("a senior State Department official"). A
 * relative pronoun source ("..., who said") stands for the noun phrase before its comma.
 */
public final class QuoteStage implements Stage {
  /** Quoted words from this many up are a statement even with no attribution beside them. */
  private static final int STATEMENT_WORDS = 4;
  /** The longest source noun phrase looked for, in tokens. */
  private static final int SOURCE_TOKENS = 12;


  private final CueLexicon lexicon;
  private final List<String[]> phrases;
  private final Optional<AttributionTagger> tagger;
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
  /** Dashes that put a quote's speaker after it: "...” ― Sonya Herridge. */
  private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");

  QuoteStage(CueLexicon lexicon, Optional<AttributionTagger> tagger) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.phrases = lexicon.phraseWords().stream().filter(p -> lexicon.phrases().get(String.join(" ", p))
        != CueClass.PREPOSITION).toList();
  }

  /** The stage with its bundled cue lexicon. */
  public static QuoteStage standard() {
    return new QuoteStage(CueLexicon.standard(), Optional.of(AttributionTagger.standard()));
  }

  /** The stage with its rules alone, no learned tagger: what the tagger is trained on top of. */
  public static QuoteStage rulesOnly() {
    return new QuoteStage(CueLexicon.standard(), Optional.empty());
  }

  /** The stage with the bundled cue lexicon and the tagger of {@code model}, e.g. one from `train quotes`. */
  public static QuoteStage withModel(LinearModel model) {
    return new QuoteStage(CueLexicon.standard(), Optional.of(new AttributionTagger(model)));
  }

  /** The analysis of {@code document} (all layers this stage reads) before the tagger: for training it. */
  Run rules(Document document) {
    Run run = new Run(document);
    run.rules();
    return run;
  }

  @Override
  public String name() {
    return "quotes.v1";
  }

  @Override
  public Set<LayerKey<?>> reads() {
    return Set.of(Paragraphs.KEY, Tokens.KEY, Sentences.KEY, Tags.KEY, Entities.KEY);
  }

  @Override
  public Set<LayerKey<?>> writes() {
    return Set.of(Quotes.KEY, QuoteTerms.KEY);
  }

  @Override
  public Document apply(Document document) {
    Run run = new Run(document);
    run.rules();
    tagger.ifPresent(t -> run.addLearned(t.tag(run, run.labels())));
    Quotes quotes = run.build();
    return document.with(Quotes.KEY, quotes).with(QuoteTerms.KEY, run.terms());
  }

  /** {@code s} in lower case; {@code s} itself when it has no upper-case letter (most words: no copy made). */
  static String lower(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 0x80) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** An attribution found: token ranges of cue and source ({@code srcB < 0}: none), the content's characters. */
  private static final class Attr {
    int cueB = -1;
    int cueE = -1;
    int srcB = -1;
    int srcE = -1;
    int conB;
    int conE;
    Kind kind;
    Optional<Speaker> inherited = Optional.empty();
    /** The entity a speaker label names ("PENCE:" for Mike Pence), or null: the label's words are no mention. */
    String labelled;

    Attr(int conB, int conE, Kind kind) {
      this.conB = conB;
      this.conE = conE;
      this.kind = kind;
    }
  }

  /** One document's analysis. */
  final class Run {
    final String text;
    final List<Tokens.Token> tokens;
    final int n;
    final String[] word;
    final String[] xpos;
    final String[] lemma;
    final int[] sentB;
    final int[] sentE;
    final int[] para;
    private final List<Span> paragraphs;
    final List<QuoteMarks.Region> regions;
    final int[] regB;
    final int[] regE;
    final boolean[] statement;
    private final boolean[] done;
    final int[] regionOf;
    private final boolean[] usedCue;
    private final List<Attr> attrs = new ArrayList<>();
    private final List<Entities.Entity> entities;

    Run(Document d) {
      text = d.text();
      tokens = d.require(Tokens.KEY).items();
      List<Tags.Tag> tags = d.require(Tags.KEY).items();
      n = tokens.size();
      word = new String[n];
      xpos = new String[n];
      lemma = new String[n];
      for (int i = 0; i < n; i++) {
        String form = tokens.get(i).span().of(text);
        word[i] = lower(form);
        Tags.Tag tag = i < tags.size() ? tags.get(i) : null;
        xpos[i] = tag == null ? "" : tag.xpos();
        // a lemma is most often the word itself (names, "said" aside): no second lower-casing then
        lemma[i] = tag == null || tag.lemma().equals(form) ? word[i] : lower(tag.lemma());
      }
      sentB = new int[n];
      sentE = new int[n];
      java.util.Arrays.fill(sentB, -1);
      List<Sentences.Sentence> sentences = d.require(Sentences.KEY).items();
      int t = 0;
      for (Sentences.Sentence s : sentences) {
        while (t < n && tokens.get(t).span().begin() < s.span().begin()) {
          t++;
        }
        int first = t;
        while (t < n && tokens.get(t).span().begin() < s.span().end()) {
          t++;
        }
        for (int k = first; k < t; k++) {
          sentB[k] = first;
          sentE[k] = t;
        }
      }
      for (int k = 0; k < n; k++) {
        if (sentB[k] < 0) {
          sentB[k] = k;
          sentE[k] = k + 1;
        }
      }
      paragraphs = d.require(Paragraphs.KEY).items().stream().map(Paragraphs.Paragraph::span).toList();
      para = new int[n];
      int p = 0;
      for (int k = 0; k < n; k++) {
        int b = tokens.get(k).span().begin();
        while (p < paragraphs.size() - 1 && paragraphs.get(p).end() <= b) {
          p++;
        }
        para[k] = p;
      }
      regions = QuoteMarks.find(text, paragraphs);
      regB = new int[regions.size()];
      regE = new int[regions.size()];
      statement = new boolean[regions.size()];
      done = new boolean[regions.size()];
      regionOf = new int[n];
      java.util.Arrays.fill(regionOf, -1);
      int k = 0;
      for (int r = 0; r < regions.size(); r++) {
        Span s = regions.get(r).span();
        while (k < n && tokens.get(k).span().begin() < s.begin()) {
          k++;
        }
        regB[r] = k;
        while (k < n && tokens.get(k).span().end() <= s.end()) {
          regionOf[k] = r;
          k++;
        }
        regE[r] = k;
      }
      usedCue = new boolean[n];
      entities = d.require(Entities.KEY).items();
    }

    /** The rules' attributions, the statements and terms among the quoted regions. */
    void rules() {
      speakerLabels();
      for (int r = 0; r < regions.size(); r++) {
        if (regE[r] <= regB[r]) {
          continue;
        }
        if (done[r]) {
          // inside a speaker's turn: spoken words
          statement[r] = true;
          continue;
        }
        boolean attributed = direct(r, words(r) < STATEMENT_WORDS);
        statement[r] = attributed || words(r) >= STATEMENT_WORDS;
      }
      reported();
      according();
      participles();
      cut();
      alone();
    }

    /** Whether each token opens a cue verb or phrase (not a stance word), for the tagger; null before prepareTagger. */
    boolean[] cue;
    /** Whether each token is a stance word of the cue lexicon (for the tagger only); null before prepareTagger. */
    boolean[] stance;
    /**
     * Per token, whether a cue or stance word stands before it in its sentence (1) and after it (2): a source or
     * content is a cue's neighbour, so the tagger sees on which side the candidates are.
     */
    int[] cueSide;

    /** Fills what the tagger reads beside the rules' results, once: its screen and features ask for each token. */
    void prepareTagger() {
      if (cue != null) {
        return;
      }
      cue = new boolean[n];
      stance = new boolean[n];
      cueSide = new int[n];
      for (int k = 0; k < n; k++) {
        CueClass c = lexicon.verbs().get(lemma[k]);
        stance[k] = c == CueClass.STANCE;
        cue[k] = c != null && !stance[k] || phraseAt(k) > 0 || word[k].equals("according");
      }
      for (int k = 0; k < n; k++) {
        boolean seen = k > sentB[k] && ((cueSide[k - 1] & 1) != 0 || cue[k - 1] || stance[k - 1]);
        cueSide[k] = seen ? 1 : 0;
      }
      for (int k = n - 1; k >= 0; k--) {
        boolean ahead = k + 1 < sentE[k] && ((cueSide[k + 1] & 2) != 0 || cue[k + 1] || stance[k + 1]);
        cueSide[k] |= ahead ? 2 : 0;
      }
    }

    /** The role of each token in the attributions found so far, as {@link AttributionTagger} labels. */
    int[] labels() {
      int[] out = new int[n];
      for (Attr a : attrs) {
        for (int k = firstEndingAfter(a.conB); k < n && tokens.get(k).span().begin() < a.conE; k++) {
          Span t = tokens.get(k).span();
          if (t.begin() >= a.conB && t.end() <= a.conE) {
            out[k] = AttributionTagger.label(AttributionTagger.CONTENT, k > 0 && out[k - 1] >= AttributionTagger.CONTENT
                && tokens.get(k - 1).span().begin() >= a.conB);
          }
        }
        for (int k = a.cueB; k >= 0 && k < a.cueE; k++) {
          out[k] = AttributionTagger.label(AttributionTagger.CUE, k > a.cueB);
        }
        for (int k = a.srcB; k >= 0 && k < a.srcE; k++) {
          out[k] = AttributionTagger.label(AttributionTagger.SOURCE, k > a.srcB);
        }
      }
      return out;
    }

    /**
     * Keeps the rules' attributions (their precision is the higher) and adds those of the tagger's labels that touch
     * none of them: the tagger knows more of what PolNeAR calls an attribution (stance verbs, nouns, other frames).
     */
    void addLearned(int[] labels) {
      List<Attr> rules = new ArrayList<>(attrs);
      fromLabels(labels);
      List<Attr> learned = new ArrayList<>(attrs);
      attrs.clear();
      attrs.addAll(rules);
      for (Attr l : learned) {
        if (l.srcB >= 0 && l.srcE <= l.cueB && passive(l)) {
          // "Netanyahu was criticized by Blinken": the subject before a passive cue is its target, not its source
          l.srcB = -1;
          l.srcE = -1;
        }
        boolean free = true;
        for (Attr r : rules) {
          free &= !overlaps(l, r) || replaces(l, r);
        }
        if (free) {
          attrs.removeIf(r -> replaces(l, r) && overlaps(l, r));
          attrs.add(l);
        }
      }
    }

    /** Whether the cue of {@code a} is a passive: a form of "be" before a past participle ending it. */
    private boolean passive(Attr a) {
      if (a.cueB < 0 || !xpos[a.cueE - 1].equals("VBN")) {
        return false;
      }
      for (int k = a.cueB; k < a.cueE - 1; k++) {
        if (lemma[k].equals("be")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether learned attribution {@code l} takes the place of the rules' {@code r}: a quotation the rules left
     * standing alone (no cue) that {@code l} holds in its content with a cue of the same sentence, as in a reported
     * clause quoting a few words ("saying anybody who complains about a microphone “is not having a good night.”"),
     * which PolNeAR marks as one content from the clause's start.
     */
    private boolean replaces(Attr l, Attr r) {
      return r.cueB < 0 && l.cueB >= 0 && l.conB <= r.conB && l.conE >= r.conE - 1
          && sentB[l.cueB] == sentB[firstEndingAfter(r.conB)];
    }

    private boolean overlaps(Attr a, Attr b) {
      for (int[] x : ranges(a)) {
        for (int[] y : ranges(b)) {
          if (x[0] < y[1] && y[0] < x[1]) {
            return true;
          }
        }
      }
      return false;
    }

    /** The character ranges an attribution covers: content, cue, source. */
    private List<int[]> ranges(Attr a) {
      List<int[]> out = new ArrayList<>();
      out.add(new int[] {a.conB, a.conE});
      if (a.cueB >= 0) {
        out.add(new int[] {tokens.get(a.cueB).span().begin(), tokens.get(a.cueE - 1).span().end()});
      }
      if (a.srcB >= 0) {
        out.add(new int[] {tokens.get(a.srcB).span().begin(), tokens.get(a.srcE - 1).span().end()});
      }
      return out;
    }

    /**
     * Replaces the attributions by those of token labels: each cue with the nearest content and the nearest source in
     * its paragraph (each used once), contents with no cue standing alone.
     */
    void fromLabels(int[] labels) {
      List<int[]> sources = AttributionTagger.spans(labels, AttributionTagger.SOURCE);
      List<int[]> cues = AttributionTagger.spans(labels, AttributionTagger.CUE);
      List<int[]> contents = AttributionTagger.spans(labels, AttributionTagger.CONTENT);
      boolean[] usedSource = new boolean[sources.size()];
      boolean[] usedContent = new boolean[contents.size()];
      attrs.clear();
      java.util.Arrays.fill(done, false);
      for (int[] cue : cues) {
        int c = nearest(contents, usedContent, cue);
        if (c < 0) {
          continue;
        }
        usedContent[c] = true;
        int[] content = toClauseEnd(contents.get(c), cue, labels);
        int s = nearest(sources, usedSource, cue);
        int[] src = null;
        if (s >= 0) {
          usedSource[s] = true;
          src = sources.get(s);
        }
        // "A," he said, "B": the content on the other side of source and cue is the same statement
        int blockB = src == null ? cue[0] : Math.min(cue[0], src[0]);
        int blockE = src == null ? cue[1] : Math.max(cue[1], src[1]);
        if (content[1] <= blockB && blockB - content[1] <= 2) {
          for (int o = 0; o < contents.size(); o++) {
            int[] other = contents.get(o);
            if (!usedContent[o] && other[0] >= blockE && other[0] - blockE <= 2 && para[other[0]] == para[cue[0]]) {
              usedContent[o] = true;
              content = new int[] {content[0], other[1]};
              break;
            }
          }
        }
        Span span = contentSpan(content);
        add(-1, span.begin(), span.end(), Kind.INDIRECT, cue[0], cue[1], src);
      }
      for (int c = 0; c < contents.size(); c++) {
        // a content with no cue is a statement only when it holds a quotation standing alone
        if (!usedContent[c] && quoted(contents.get(c))) {
          Span span = contentSpan(contents.get(c));
          Attr a = new Attr(span.begin(), span.end(), Kind.DIRECT);
          attrs.add(a);
        }
      }
      List<Attr> sorted = new ArrayList<>(attrs);
      sorted.sort(Comparator.comparingInt(a -> a.conB));
      for (Attr a : sorted) {
        boolean quoted = false;
        boolean exact = false;
        for (int r = 0; r < regions.size(); r++) {
          Span rs = regions.get(r).span();
          if (statement[r] && rs.begin() >= a.conB && rs.end() <= a.conE) {
            quoted = true;
            exact |= rs.begin() == a.conB && rs.end() == a.conE;
          }
        }
        a.kind = exact ? Kind.DIRECT : quoted ? Kind.MIXED : Kind.INDIRECT;
        if (a.cueB < 0) {
          int p = paraOfChar(a.conB);
          Attr nearest = null;
          for (Attr b : sorted) {
            if (b.conB >= a.conB) {
              break;
            }
            if (b.srcB >= 0 && para[b.srcB] >= p - 1) {
              nearest = b;
            }
          }
          if (nearest != null) {
            a.inherited = speakerOf(nearest);
          }
        }
      }
    }

    /**
     * A content after its cue runs on to the end of its sentence over the words the tagger left outside: PolNeAR's
     * content is the whole clause, and the tagger at times stops in mid-phrase ("her proposals in", "business
     * practices at").
     */
    private int[] toClauseEnd(int[] content, int[] cue, int[] labels) {
      int last = content[1] - 1;
      if (content[0] >= cue[1]) {
        int e = content[1];
        int end = sentE[last];
        while (end > e && isPunct(end - 1)) {
          end--;
        }
        while (e < end && labels[e] == AttributionTagger.OUTSIDE && para[e] == para[last]) {
          e++;
        }
        return e == end ? new int[] {content[0], e} : content;
      }
      return content;
    }

    private boolean quoted(int[] content) {
      for (int k = content[0]; k < content[1]; k++) {
        if (regionOf[k] >= 0 && statement[regionOf[k]]) {
          return true;
        }
      }
      return false;
    }

    private int paraOfChar(int offset) {
      int k = firstEndingAfter(offset);
      return k < n ? para[k] : n == 0 ? 0 : para[n - 1];
    }

    /** The first token ending after character {@code offset}, or {@code n}: tokens are in order and apart. */
    private int firstEndingAfter(int offset) {
      int low = 0;
      int high = n;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (tokens.get(mid).span().end() > offset) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low;
    }

    /** The characters of content tokens {@code [b, e)}, widened to the quoted regions it cuts into. */
    private Span contentSpan(int[] content) {
      int begin = tokens.get(content[0]).span().begin();
      int end = tokens.get(content[1] - 1).span().end();
      int r = regionOf[content[1] - 1];
      if (r >= 0 && statement[r]) {
        end = Math.max(end, regions.get(r).span().end());
      }
      r = regionOf[content[0]];
      if (r >= 0 && statement[r]) {
        begin = Math.min(begin, regions.get(r).span().begin());
      }
      return new Span(begin, end);
    }

    /** The unused span of {@code spans} nearest to {@code anchor} in its paragraph, or -1. */
    private int nearest(List<int[]> spans, boolean[] used, int[] anchor) {
      int best = -1;
      int bestGap = Integer.MAX_VALUE;
      for (int i = 0; i < spans.size(); i++) {
        int[] s = spans.get(i);
        if (used[i] || para[s[0]] != para[anchor[0]] && para[s[1] - 1] != para[anchor[0]]) {
          continue;
        }
        int gap = s[1] <= anchor[0] ? anchor[0] - s[1] : s[0] >= anchor[1] ? s[0] - anchor[1] : 0;
        // a span in another sentence is farther than any in the cue's own
        if (sentB[s[0]] != sentB[anchor[0]] && sentB[s[1] - 1] != sentB[anchor[0]]) {
          gap += 1000;
        }
        if (gap < bestGap) {
          best = i;
          bestGap = gap;
        }
      }
      return best;
    }

    /** Words (tokens with a letter or digit) inside region {@code r}, its marks aside. */
    private int words(int r) {
      int count = 0;
      for (int k = regB[r]; k < regE[r]; k++) {
        if (hasLetterOrDigit(word[k])) {
          count++;
        }
      }
      return count;
    }

    // ---- direct quotes ------------------------------------------------------------------------------------------

    /** Finds the attribution beside region {@code r}; {@code short_}: only one that frames it as a whole statement. */
    private boolean direct(int r, boolean short_) {
      int tb = regB[r];
      int te = regE[r];
      Span region = regions.get(r).span();
      // after: ," Blinken said / ," said Blinken / ," according to X
      int k = te;
      if (k < n && (word[k].equals(",") || word[k].equals("—"))) {
        k++;
      }
      boolean commaInside = te - 2 >= tb && (word[te - 2].equals(",") || word[te - 2].equals("?")
          || word[te - 2].equals("!")) || k > te;
      if (k < n && para[k] == para[te - 1] && (commaInside || !short_)) {
        if (cueAt(k) != null && isFinite(k)) {
          int[] src = sourceRight(skipTime(k + 1));
          if (src != null) {
            add(r, region.begin(), region.end(), Kind.DIRECT, k, k + 1, src);
            return true;
          }
        }
        if (word[k].equals("according") && k + 1 < n && word[k + 1].equals("to")) {
          int[] src = sourceRight(k + 2);
          if (src != null) {
            add(r, region.begin(), region.end(), Kind.DIRECT, k, k + 2, src);
            return true;
          }
        }
        int[] src = sourceRight(k);
        if (src != null) {
          int v = skipTime(src[1]);
          int cueB = v;
          while (v < n && (xpos[v].startsWith("RB") || xpos[v].equals("MD") || isAux(v))) {
            v++;
          }
          if (cueAt(v) != null && isFinite(v)) {
            add(r, region.begin(), region.end(), Kind.DIRECT, cueB, v + 1, src);
            return true;
          }
        }
      }
      // after, a dash and a name closing the paragraph: "...” ― Sonya Herridge (a byline of the quote)
      k = te;
      if (k + 1 < n && para[k] == para[te - 1] && DASHES.contains(word[k]) && regionOf[k] < 0) {
        int[] src = sourceRight(k + 1);
        if (src != null && clauseEnds(src[1], paragraphEnd(k)) && xpos[src[1] - 1].startsWith("NNP")) {
          add(r, region.begin(), region.end(), Kind.DIRECT, k, k + 1, src);
          return true;
        }
      }
      // before: X said: " / X noted that " / X told reporters, "
      k = tb - 1;
      int conB = region.begin();
      Kind kind = Kind.DIRECT;
      if (k >= 0 && (word[k].equals(":") || word[k].equals(","))) {
        k--;
      }
      if (k >= 0 && word[k].equals("that") && !short_) {
        conB = tokens.get(k).span().begin();
        kind = Kind.MIXED;
        k--;
      }
      if (k < 0 || para[k] != para[tb]) {
        return false;
      }
      if (short_ && !(te >= n || ",.;:".contains(word[te]) || para[te] != para[tb])) {
        return false;
      }
      int v = k;
      CueClass cls = cueAt(v);
      if (cls == null) {
        // an addressee between the verb and the quote: "told reporters"
        int j = k;
        while (j >= 0 && j > k - 4 && isNp(j)) {
          j--;
        }
        if (j < k && j >= 0 && cueAt(j) == CueClass.OBJECT) {
          v = j;
          cls = CueClass.OBJECT;
        }
      }
      if (cls == null || cls == CueClass.PREPOSITION) {
        return false;
      }
      if (usedCue[v]) {
        // ", he said, "..." carries on the statement before it
        Attr previous = attrs.isEmpty() ? null : attrs.get(attrs.size() - 1);
        if (previous != null && previous.cueE == v + 1 && previous.conE <= region.begin()) {
          previous.conE = region.end();
          done[r] = true;
          return true;
        }
        return false;
      }
      int cueB = extendCue(v, sentB[v]);
      int[] src = sourceLeft(cueB, sentB[v]);
      if (src == null) {
        return false;
      }
      add(r, conB, region.end(), kind, cueB, v + 1, src);
      return true;
    }

    private void add(int r, int conB, int conE, Kind kind, int cueB, int cueE, int[] src) {
      Attr a = new Attr(conB, conE, kind);
      a.cueB = cueB;
      a.cueE = cueE;
      if (src != null) {
        a.srcB = src[0];
        a.srcE = src[1];
      }
      for (int k = cueB; k < cueE; k++) {
        usedCue[k] = true;
      }
      if (r >= 0) {
        done[r] = true;
      }
      attrs.add(a);
    }

    /** The index after the last token of the paragraph of token {@code k}. */
    private int paragraphEnd(int k) {
      int e = k;
      while (e < n && para[e] == para[k]) {
        e++;
      }
      return e;
    }

    // ---- speaker labels -----------------------------------------------------------------------------------------

    /**
     * Paragraphs opening with a speaker's name and a colon, as transcripts and some headlines have them ("PENCE:
     * Well, look, ...", "Marco Rubio: ..."): the name is the source, the colon the cue, the rest of the paragraph the
     * content. A name is a person or organisation the article knows (the entities' mentions, in any case: "PENCE" is
     * "Mike Pence"), so section labels ("UPDATE:", "Contributing:") are no speakers. With two labels or more the
     * article is a transcript, and a turn goes on over the paragraphs up to the next label.
     */
    private void speakerLabels() {
      List<int[]> found = new ArrayList<>();
      int k = 0;
      while (k < n) {
        int e = paragraphEnd(k);
        int colon = -1;
        for (int j = k + 1; j < Math.min(e, k + 4) && colon < 0; j++) {
          if (word[j].equals(":")) {
            colon = j;
          }
        }
        if (colon > 0 && e - colon > 4 && speakerName(k, colon) != null) {
          found.add(new int[] {k, colon, e});
        }
        k = e;
      }
      for (int f = 0; f < found.size(); f++) {
        int[] label = found.get(f);
        int end = label[2];
        if (found.size() >= 2 && f + 1 < found.size()) {
          // a turn over several paragraphs: up to the paragraph before the next label
          end = found.get(f + 1)[0];
        }
        int conB = tokens.get(label[1] + 1).span().begin();
        int conE = tokens.get(end - 1).span().end();
        for (int r = 0; r < regions.size(); r++) {
          Span rs = regions.get(r).span();
          if (rs.begin() >= conB && rs.end() <= conE) {
            done[r] = true;
          }
        }
        add(-1, conB, conE, Kind.DIRECT, label[1], label[1] + 1, new int[] {label[0], label[1]});
        attrs.getLast().labelled = speakerName(label[0], label[1]).id();
      }
    }

    /** The person or organisation of the article that tokens {@code [b, e)} name, or null. */
    private Entities.Entity speakerName(int b, int e) {
      for (int k = b; k < e; k++) {
        if (!Character.isUpperCase(text.charAt(tokens.get(k).span().begin())) || regionOf[k] >= 0) {
          return null;
        }
      }
      String last = word[e - 1];
      for (Entities.Entity entity : entities) {
        if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORG) {
          continue;
        }
        for (Entities.Mention m : entity.mentions()) {
          if (m.kind() != Entities.MentionKind.NAME) {
            continue;
          }
          String mention = m.span().of(text);
          int space = mention.lastIndexOf(' ');
          if (mention.substring(space + 1).equalsIgnoreCase(last)) {
            return entity;
          }
        }
      }
      return null;
    }

    // ---- reported speech ----------------------------------------------------------------------------------------

    private void reported() {
      for (int i = 0; i < n; i++) {
        if (usedCue[i] || regionOf[i] >= 0 && statement[regionOf[i]]) {
          continue;
        }
        CueClass cls = cueAt(i);
        int cueE = i + 1;
        if (cls == null) {
          int length = phraseAt(i);
          if (length > 0) {
            cls = CueClass.SPEECH;
            cueE = i + length;
          }
        }
        if (cls == null || cls == CueClass.PREPOSITION || !isFinite(i)) {
          continue;
        }
        int sb = sentB[i];
        int se = sentE[i];
        int cueB = extendCue(i, sb);
        int[] src = sourceLeft(cueB, sb);
        if (src != null) {
          int c = contentStart(cueE, cls, se);
          if (c >= 0 && c < se) {
            Span content = content(c, se);
            if (content != null) {
              addReported(content, cueB, cueE, src);
              continue;
            }
          }
          // CONTENT, X said.
          if (src[0] - 1 > sb && word[src[0] - 1].equals(",") && clauseEnds(cueE, se)) {
            Span content = content(sb, src[0] - 1);
            if (content != null && !startsInStatement(sb)) {
              addReported(content, cueB, cueE, src);
            }
          }
        } else if (cueB - 1 > sb && word[cueB - 1].equals(",")) {
          // CONTENT, said X.
          int[] right = sourceRight(skipTime(cueE));
          if (right != null && clauseEnds(skipTime(right[1]), se)) {
            Span content = content(sb, cueB - 1);
            if (content != null && !startsInStatement(sb)) {
              addReported(content, cueB, cueE, right);
            }
          }
        }
      }
    }

    /** "according to X, CONTENT" and "CONTENT, according to X". */
    private void according() {
      for (int i = 0; i + 1 < n; i++) {
        if (usedCue[i] || !word[i].equals("according") || !word[i + 1].equals("to")) {
          continue;
        }
        int[] src = sourceRight(i + 2);
        if (src == null) {
          continue;
        }
        int sb = sentB[i];
        int se = sentE[i];
        Span content = null;
        if (src[1] < se && word[src[1]].equals(",") && i == sb) {
          content = content(src[1] + 1, se);
        } else if (i > sb) {
          int end = word[i - 1].equals(",") ? i - 1 : i;
          content = startsInStatement(sb) ? null : content(sb, end);
        }
        if (content != null) {
          addReported(content, i, i + 2, src);
        }
      }
    }

    /**
     * "X said ..., arguing that CONTENT" and "“...,” he said, adding that “...”": a cue verb's -ing form after a comma,
     * with a clause after it, is an attribution of its own from the source of the attribution before it in the
     * sentence, and that one's content ends at the comma (PolNeAR marks both so: "arguing", "saying", "adding" are
     * among its most frequent cues).
     */
    private void participles() {
      for (int i = 1; i < n; i++) {
        if (usedCue[i] || !xpos[i].equals("VBG") || !word[i - 1].equals(",")) {
          continue;
        }
        CueClass cls = cueAt(i);
        if (cls == null || cls == CueClass.PREPOSITION) {
          continue;
        }
        Attr before = null;
        for (Attr a : attrs) {
          if (a.cueB >= 0 && a.srcB >= 0 && a.cueE < i && sentB[a.cueB] == sentB[i]
              && (before == null || a.cueB > before.cueB)) {
            before = a;
          }
        }
        if (before == null) {
          continue;
        }
        int se = sentE[i];
        int c = contentStart(i + 1, cls, se);
        Span content = c >= 0 && c < se ? content(c, se) : null;
        if (content == null) {
          continue;
        }
        int comma = tokens.get(i - 1).span().begin();
        if (before.conB < comma && before.conE > comma) {
          if (i - 2 < 0 || tokens.get(i - 2).span().begin() < before.conB) {
            continue;
          }
          before.conE = tokens.get(i - 2).span().end();
        }
        addReported(content, i, i + 1, new int[] {before.srcB, before.srcE});
      }
    }

    private boolean startsInStatement(int k) {
      int r = regionOf[k];
      return r >= 0 && statement[r];
    }

    /** Whether nothing but time words and final punctuation follow {@code k} in the sentence. */
    private boolean clauseEnds(int k, int se) {
      k = skipTime(k);
      while (k < se && isPunct(k)) {
        k++;
      }
      return k >= se;
    }

    private void addReported(Span content, int cueB, int cueE, int[] src) {
      Kind kind = Kind.INDIRECT;
      for (int r = 0; r < regions.size(); r++) {
        Span s = regions.get(r).span();
        if (statement[r] && s.begin() >= content.begin() && s.end() <= content.end()) {
          kind = Kind.MIXED;
          done[r] = true;
        }
      }
      add(-1, content.begin(), content.end(), kind, cueB, cueE, src);
    }

    /** Where the content after a cue verb at {@code k - 1} starts, or -1 when no clause follows. */
    private int contentStart(int k, CueClass cls, int se) {
      k = skipTime(k);
      if (cls == CueClass.OBJECT) {
        int[] object = sourceRight(k);
        if (object == null) {
          return -1;
        }
        k = skipTime(object[1]);
      }
      if (k < se && (word[k].equals(",") || word[k].equals(":"))) {
        k++;
      }
      if (k >= se) {
        return -1;
      }
      String w = word[k];
      String x = xpos[k];
      boolean clause = w.equals("that") || w.equals("whether") || w.equals("if") || x.startsWith("W")
          || x.equals("PRP") || x.equals("EX") || x.startsWith("NN") || x.equals("DT") || x.equals("CD")
          || x.equals("``") || regionOf[k] >= 0 && statement[regionOf[k]];
      if (!clause) {
        return -1;
      }
      // a clause has a verb of its own
      for (int j = k + 1; j < se; j++) {
        if (xpos[j].startsWith("VB") || xpos[j].equals("MD") || regionOf[j] >= 0 && statement[regionOf[j]]) {
          return k;
        }
      }
      return -1;
    }

    /** The characters of tokens {@code [b, e)}, final punctuation trimmed, widened to a statement it cuts into. */
    private Span content(int b, int e) {
      while (e > b && isPunct(e - 1) && regionOf[e - 1] < 0) {
        e--;
      }
      while (b < e && isPunct(b) && regionOf[b] < 0) {
        b++;
      }
      if (e <= b) {
        return null;
      }
      boolean verb = false;
      for (int k = b; k < e; k++) {
        verb |= xpos[k].startsWith("VB") || xpos[k].equals("MD") || regionOf[k] >= 0 && statement[regionOf[k]];
      }
      if (!verb) {
        return null;
      }
      int begin = tokens.get(b).span().begin();
      int end = tokens.get(e - 1).span().end();
      int r = regionOf[e - 1];
      if (r >= 0) {
        end = Math.max(end, regions.get(r).span().end());
      }
      r = regionOf[b];
      if (r >= 0) {
        begin = Math.min(begin, regions.get(r).span().begin());
      }
      return new Span(begin, end);
    }

    /**
     * Ends each reported content before another attribution's source or cue inside it ("X reported progress, and
     * Palestinians said ..."), with the comma and conjunction before that source.
     */
    private void cut() {
      for (Attr a : attrs) {
        if (a.kind == Kind.DIRECT) {
          continue;
        }
        for (Attr b : attrs) {
          int start = b.srcB >= 0 ? Math.min(b.srcB, b.cueB) : b.cueB;
          if (b == a || start < 0) {
            continue;
          }
          int at = tokens.get(start).span().begin();
          if (at > a.conB && at < a.conE && b.conB >= a.conB) {
            int e = start;
            while (e - 1 >= 0 && (isPunct(e - 1) && regionOf[e - 1] < 0 || xpos[e - 1].equals("CC"))
                && tokens.get(e - 1).span().begin() > a.conB) {
              e--;
            }
            if (e - 1 >= 0 && tokens.get(e - 1).span().end() > a.conB) {
              a.conE = Math.min(a.conE, tokens.get(e - 1).span().end());
            }
          }
        }
        boolean quoted = false;
        for (int r = 0; r < regions.size(); r++) {
          Span s = regions.get(r).span();
          quoted |= statement[r] && s.begin() >= a.conB && s.end() <= a.conE;
        }
        a.kind = quoted ? Kind.MIXED : Kind.INDIRECT;
      }
    }

    // ---- statements standing alone ------------------------------------------------------------------------------

    private void alone() {
      List<Attr> found = new ArrayList<>(attrs);
      found.sort(Comparator.comparingInt(a -> a.conB));
      for (int r = 0; r < regions.size(); r++) {
        if (!statement[r] || done[r]) {
          continue;
        }
        Span s = regions.get(r).span();
        int p = para[regB[r]];
        Attr nearest = null;
        for (Attr a : found) {
          if (a.conB >= s.begin()) {
            break;
          }
          if (a.srcB >= 0 && para[a.srcB] >= p - 1) {
            nearest = a;
          }
        }
        Attr a = new Attr(s.begin(), s.end(), Kind.DIRECT);
        if (nearest != null) {
          a.inherited = speakerOf(nearest);
        }
        done[r] = true;
        attrs.add(a);
      }
    }

    // ---- noun phrases and cues ----------------------------------------------------------------------------------

    /** The cue class of a cue verb at {@code k}, or null. */
    private CueClass cueAt(int k) {
      if (k < 0 || k >= n || !xpos[k].startsWith("VB") || regionOf[k] >= 0 && statement[regionOf[k]]) {
        return null;
      }
      CueClass c = lexicon.verbs().get(lemma[k]);
      return c == CueClass.STANCE ? null : c;
    }

    /** The length of a cue phrase opening with the verb at {@code k} ("made clear", "pointed out"), or 0. */
    private int phraseAt(int k) {
      if (k >= n || !xpos[k].startsWith("VB")) {
        return 0;
      }
      for (String[] phrase : phrases) {
        if (!phrase[0].equals(lemma[k]) || k + phrase.length > n) {
          continue;
        }
        boolean match = true;
        for (int j = 1; j < phrase.length && match; j++) {
          match = word[k + j].equals(phrase[j]);
        }
        if (match) {
          return phrase.length;
        }
      }
      return 0;
    }

    /** A verb that can head an attribution: finite, or a participle after "has", or a base form after a modal. */
    private boolean isFinite(int k) {
      String x = xpos[k];
      int before = k - 1;
      while (before > 0 && xpos[before].startsWith("RB")) {
        before--;
      }
      if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP")) {
        return !(before >= 0 && (lemma[before].equals("be") || word[before].equals("to")));
      }
      if (x.equals("VBN")) {
        return before >= 0 && lemma[before].equals("have");
      }
      if (x.equals("VB")) {
        return before >= 0 && (xpos[before].equals("MD") || lemma[before].equals("do"));
      }
      return false;
    }

    private boolean isAux(int k) {
      return xpos[k].startsWith("VB") && (lemma[k].equals("have") || lemma[k].equals("do"));
    }

    /** The first token of the cue whose verb is at {@code v}: adverbs, modals and auxiliaries right before it. */
    private int extendCue(int v, int sb) {
      int b = v;
      while (b - 1 >= sb && regionOf[b - 1] < 0 && (xpos[b - 1].startsWith("RB") || xpos[b - 1].equals("MD")
          || isAux(b - 1))) {
        b--;
      }
      return b;
    }

    /** Past the words of time at {@code k} ("Tuesday", "on Monday", "earlier this week"). */
    private int skipTime(int k) {
      int start = k;
      while (k < n && (lexicon.timeWords().contains(word[k]) || word[k].equals("on") && k + 1 < n
          && lexicon.timeWords().contains(word[k + 1]))) {
        k++;
      }
      return k > start && k < n && para[k] == para[start] ? k : start;
    }

    /** Back past the words of time ending before {@code k}; returns the index after the last token kept. */
    private int skipTimeBack(int k, int limit) {
      int e = k;
      while (e - 1 >= limit && lexicon.timeWords().contains(word[e - 1])) {
        e--;
        if (e - 1 >= limit && (word[e - 1].equals("on") || word[e - 1].equals("in"))) {
          e--;
        }
      }
      return e;
    }

    private boolean isNp(int k) {
      if (k < 0 || k >= n || regionOf[k] >= 0) {
        return false;
      }
      String x = xpos[k];
      return x.startsWith("NN") || x.equals("PRP") || x.equals("PRP$") || x.equals("DT") || x.startsWith("JJ")
          || x.equals("CD") || x.equals("POS") || x.equals("HYPH") || x.equals("NNP");
    }

    private boolean isHead(int k) {
      return xpos[k].startsWith("NN") || xpos[k].equals("PRP") || xpos[k].equals("CD");
    }

    private boolean isLinker(int k) {
      return word[k].equals("of") || word[k].equals("for") || word[k].equals("at") || word[k].equals("&");
    }

    /** The source noun phrase ending right before the cue starting at {@code cueB}, or null. */
    private int[] sourceLeft(int cueB, int limit) {
      int e = skipTimeBack(cueB, limit);
      if (e - 1 >= limit && word[e - 1].equals(",")) {
        // an appositive or a relative clause between source and cue: "The diplomat, who met X Monday, said"
        int c = e - 2;
        while (c >= limit && !word[c].equals(",")) {
          c--;
        }
        if (c < limit) {
          return null;
        }
        boolean verbless = true;
        for (int k = c + 1; k < e - 1; k++) {
          verbless &= !(xpos[k].startsWith("VB") || xpos[k].equals("MD"));
        }
        if (!(verbless || word[c + 1].equals("who") || word[c + 1].equals("which"))) {
          return null;
        }
        e = c;
      }
      if (e - 1 >= limit && (word[e - 1].equals("who") || word[e - 1].equals("which")) && regionOf[e - 1] < 0) {
        return new int[] {e - 1, e};
      }
      if (e - 1 < limit || !isHead(e - 1) || regionOf[e - 1] >= 0) {
        return null;
      }
      if (xpos[e - 1].equals("PRP")) {
        return e - 2 >= limit && xpos[e - 2].equals("IN") ? null : new int[] {e - 1, e};
      }
      int b = e - 1;
      while (b - 1 >= limit && e - b < SOURCE_TOKENS) {
        int j = b - 1;
        if (isNp(j) && !xpos[j].equals("PRP")) {
          b = j;
        } else if (isLinker(j) && j - 1 >= limit && isNp(j - 1) && !xpos[j - 1].equals("PRP")) {
          b = j;
        } else {
          break;
        }
      }
      // a linker cannot open the phrase
      while (b < e && isLinker(b)) {
        b++;
      }
      return b < e ? new int[] {b, e} : null;
    }

    /** The source noun phrase starting at {@code k}, or null. */
    private int[] sourceRight(int k) {
      if (k >= n || regionOf[k] >= 0) {
        return null;
      }
      if (xpos[k].equals("PRP")) {
        return new int[] {k, k + 1};
      }
      int e = k;
      int p = para[k];
      while (e < n && para[e] == p && e - k < SOURCE_TOKENS) {
        if (isNp(e) && !xpos[e].equals("PRP")) {
          e++;
        } else if (isLinker(e) && e + 1 < n && isNp(e + 1) && e > k) {
          e++;
        } else {
          break;
        }
      }
      while (e > k && !isHead(e - 1)) {
        e--;
      }
      return e > k ? new int[] {k, e} : null;
    }

    private boolean isPunct(int k) {
      return !hasLetterOrDigit(word[k]);
    }

    // ---- speakers -----------------------------------------------------------------------------------------------

    private Optional<Speaker> speaker(int b, int e) {
      if (b < 0) {
        return Optional.empty();
      }
      // PolNeAR's sources are whole noun phrases: take in an article or a courtesy title left out before them
      while (b - 1 >= sentB[b] && regionOf[b - 1] < 0 && (xpos[b - 1].equals("DT") && ARTICLES.contains(word[b - 1])
          || HONORIFICS.contains(word[b - 1]))) {
        b--;
      }
      Span span = new Span(tokens.get(b).span().begin(), tokens.get(e - 1).span().end());
      int head = e - 1;
      if ((word[b].equals("who") || word[b].equals("which")) && e - b == 1 && b - 1 >= 0
          && word[b - 1].equals(",")) {
        int[] before = sourceLeft(b - 1, sentB[b - 1]);
        if (before != null) {
          head = before[1] - 1;
        }
      }
      Span h = tokens.get(head).span();
      Entities.Entity best = null;
      int bestLength = -1;
      for (Entities.Entity entity : entities) {
        for (Entities.Mention m : entity.mentions()) {
          Span s = m.span();
          if (s.begin() <= h.begin() && s.end() >= h.end() && s.length() > bestLength) {
            best = entity;
            bestLength = s.length();
          }
        }
      }
      if (best != null && best.type() != EntityType.MISC) {
        return Optional.of(new Speaker.Named(span, best.id()));
      }
      return Optional.of(new Speaker.Unnamed(span, span.of(text)));
    }

    /** The speaker of an attribution with a source. */
    private Optional<Speaker> speakerOf(Attr a) {
      if (a.labelled != null) {
        return Optional.of(new Speaker.Named(new Span(tokens.get(a.srcB).span().begin(),
            tokens.get(a.srcE - 1).span().end()), a.labelled));
      }
      // PolNeAR's source is the whole noun phrase, with an appositive or a relative clause that sits between it and
      // the cue ("Richard Revesz, director of the institute, said"); the entity is looked up on the name alone
      int[] np = nounPhrase(a, a.srcB, a.srcE);
      Optional<Speaker> speaker = speaker(np[0], np[1]);
      int e = appositiveEnd(a, np[1]);
      if (e == np[1] || speaker.isEmpty()) {
        return speaker;
      }
      Span wide = new Span(speaker.get().span().begin(), tokens.get(e - 1).span().end());
      return Optional.of(switch (speaker.get()) {
        case Speaker.Named named -> new Speaker.Named(wide, named.entity());
        case Speaker.Unnamed unnamed -> new Speaker.Unnamed(wide, unnamed.descriptor());
      });
    }

    /**
     * The source tokens {@code [b, e)} widened over the nouns, adjectives and possessives next to them in the sentence
     * ("Hillary" + "Clinton", "Clinton's" + "campaign"): the tagger at times labels part of a name; never into the
     * attribution's cue or content, a quotation or a word of time ("Monday").
     */
    private int[] nounPhrase(Attr a, int b, int e) {
      if (xpos[b].equals("PRP") || word[b].equals("who") || word[b].equals("which")) {
        return new int[] {b, e};
      }
      while (b - 1 >= sentB[b] && e - b < SOURCE_TOKENS && widens(a, b - 1) && !xpos[b - 1].equals("DT")) {
        b--;
      }
      while (e < sentE[e - 1] && e - b < SOURCE_TOKENS && widens(a, e) && !xpos[e].equals("DT")
          && !xpos[e].equals("PRP$")) {
        e++;
      }
      while (b < e - 1 && (xpos[b].equals("POS") || xpos[b].equals("HYPH"))) {
        b++;
      }
      while (e - 1 > b && !isHead(e - 1) && !xpos[e - 1].equals("POS")) {
        e--;
      }
      return new int[] {b, e};
    }

    private boolean widens(Attr a, int k) {
      String x = xpos[k];
      return (x.startsWith("NN") || x.startsWith("JJ") || x.equals("POS") || x.equals("PRP$") || x.equals("HYPH"))
          && regionOf[k] < 0 && !lexicon.timeWords().contains(word[k]) && !(k >= a.cueB && k < a.cueE)
          && !inContent(a, k) && !(k >= a.cueB - 3 && k < a.cueB && isAux(k));
    }

    private boolean inContent(Attr a, int k) {
      Span t = tokens.get(k).span();
      return t.end() > a.conB && t.begin() < a.conE;
    }

    /**
     * Where the source ending at {@code e} ends once an appositive or relative clause set off by commas right before
     * the cue is taken in ("X, a professor at Princeton, said"), or a parenthesis ("Mike Pence (R-IN) said");
     * {@code e} when there is none.
     */
    private int appositiveEnd(Attr a, int e) {
      if (a.cueB < 0 || e >= a.cueB || regionOf[e] >= 0 || sentB[e] != sentB[a.cueB]) {
        return e;
      }
      if (word[e].equals("(")) {
        int c = e + 1;
        while (c < a.cueB && !word[c].equals(")") && c - e < 8) {
          c++;
        }
        return c < a.cueB && word[c].equals(")") && c + 1 == auxiliaries(a) ? c + 1 : e;
      }
      if (!word[e].equals(",")) {
        return e;
      }
      int close = auxiliaries(a) - 1;
      if (close - e < 2 || close - e > 25 || !word[close].equals(",")) {
        return e;
      }
      for (int k = e + 1; k < close; k++) {
        if (regionOf[k] >= 0 || inContent(a, k) || word[k].equals(",") && k + 1 < close && !isNp(k + 1)
            && !word[k + 1].equals("who")) {
          return e;
        }
      }
      return close;
    }

    QuoteTerms terms() {
      List<Term> terms = new ArrayList<>();
      for (int r = 0; r < regions.size(); r++) {
        if (!statement[r] && regE[r] > regB[r]) {
          terms.add(new Term("qt" + terms.size(), regions.get(r).span()));
        }
      }
      return new QuoteTerms(terms);
    }

    /**
     * Where the cue of {@code a} begins once the auxiliaries and negation right before its verb are taken in ("has
     * said", "did not deny"), as PolNeAR's cues have them; never into the source or the content.
     */
    private int auxiliaries(Attr a) {
      int b = a.cueB;
      while (b - 1 >= sentB[a.cueB] && a.cueB - b < 3 && !(a.srcB >= 0 && b - 1 < a.srcE && b - 1 >= a.srcB)
          && regionOf[b - 1] < 0 && (tokens.get(b - 1).span().end() <= a.conB || tokens.get(b - 1).span().begin() >= a.conE)
          && (AUXILIARIES.contains(lemma[b - 1]) && xpos[b - 1].startsWith("VB") || xpos[b - 1].equals("MD")
          || word[b - 1].equals("not") || word[b - 1].equals("n't") || xpos[b - 1].equals("RB")
          && !lexicon.timeWords().contains(word[b - 1]) && !word[b - 1].equalsIgnoreCase("however"))) {
        b--;
      }
      return b;
    }

    Quotes build() {
      List<Attr> sorted = new ArrayList<>(attrs);
      sorted.sort(Comparator.<Attr>comparingInt(a -> a.conB).thenComparingInt(a -> a.conE));
      List<Quote> quotes = new ArrayList<>();
      for (Attr a : sorted) {
        Optional<Speaker> speaker = a.srcB >= 0 ? speakerOf(a) : a.inherited;
        Optional<Span> cue = a.cueB >= 0
            ? Optional.of(new Span(tokens.get(auxiliaries(a)).span().begin(), tokens.get(a.cueE - 1).span().end()))
            : Optional.empty();
        quotes.add(new Quote("q" + quotes.size(), new Span(a.conB, a.conE), a.kind, speaker, cue));
      }
      return new Quotes(quotes);
    }
  }
}
