package dev.dateline.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
  private static Lemmatizer withLexicon(Map<String, String> lexicon) throws IOException {
    return new Lemmatizer(lexicon, PosTagger.bundledRules());
  }

  @Test
  void theLexiconAnswersForAKnownFormAndTag() throws IOException {
    Lemmatizer l = withLexicon(Map.of(Lemmatizer.key("went", "VBD"), "go"));
    assertThat(l.lemma("went", "went", "VBD")).isEqualTo("go");
  }

  @Test
  void aCapitalisedCommonWordFallsBackToItsLowerCaseEntry() throws IOException {
    Lemmatizer l = withLexicon(Map.of(Lemmatizer.key("went", "VBD"), "go"));
    assertThat(l.lemma("Went", "Went", "VBD")).isEqualTo("go");
  }

  @Test
  void unknownWordsGoThroughTheSuffixRulesOfTheirTag() throws IOException {
    Lemmatizer l = withLexicon(Map.of());
    assertThat(l.lemma("Studies", "Studies", "NNS")).isEqualTo("study");
    assertThat(l.lemma("stopped", "stopped", "VBD")).isEqualTo("stop");
    assertThat(l.lemma("creating", "creating", "VBG")).isEqualTo("create");
    assertThat(l.lemma("happier", "happier", "JJR")).isEqualTo("happy");
  }

  @Test
  void pastFormsInIredKeepTheFinalE() throws IOException {
    Lemmatizer l = withLexicon(Map.of());
    assertThat(l.lemma("acquired", "acquired", "VBD")).isEqualTo("acquire");
    assertThat(l.lemma("inspired", "inspired", "VBN")).isEqualTo("inspire");
  }

  @Test
  void presentParticiplesInUingKeepTheFinalE() throws IOException {
    Lemmatizer l = withLexicon(Map.of());
    assertThat(l.lemma("pursuing", "pursuing", "VBG")).isEqualTo("pursue");
    assertThat(l.lemma("issuing", "issuing", "VBG")).isEqualTo("issue");
  }

  @Test
  void aRuleLeavesAStemOfTwoLettersAtLeast() throws IOException {
    assertThat(withLexicon(Map.of()).lemma("bed", "bed", "VBD")).isEqualTo("bed");
  }

  @Test
  void properNounsKeepTheirCaseAndOtherWordsAreLowerCased() throws IOException {
    Lemmatizer l = withLexicon(Map.of());
    assertThat(l.lemma("Obama", "Obama", "NNP")).isEqualTo("Obama");
    assertThat(l.lemma("Zorbly", "Zorbly", "RB")).isEqualTo("zorbly");
  }

  @Test
  void theLexiconLearnsTheMostFrequentLemmaOfEachFormAndTag() {
    Conllu.Sentence s = new Conllu.Sentence(List.of(
        new Conllu.Word("left", "leave", "VERB", "VBD"),
        new Conllu.Word("left", "leave", "VERB", "VBD"),
        new Conllu.Word("left", "left", "VERB", "VBD")), 1);
    assertThat(Lemmatizer.learn(List.of(s))).containsEntry(Lemmatizer.key("left", "VBD"), "leave");
  }

  @Test
  void aMalformedRuleLineIsRefusedWithItsLineNumber() {
    String rules = "# comment\nNNS\ties\ty\nNNS ies y\n";
    assertThatThrownBy(() -> Lemmatizer.readRules(new BufferedReader(new StringReader(rules)), "rules.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("rules.tsv: line 3");
  }
}
