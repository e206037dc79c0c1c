package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageCatalogueTest {
  private final StageCatalogue catalogue = StageCatalogue.standard();

  @Test
  void namesListEveryStageWithoutVersionInPipelineOrder() {
    assertThat(catalogue.names()).containsExactly("paragraphs", "tokens", "sentences", "pos", "time", "ner", "titles", "entities", "quotes", "events");
  }

  @Test
  void pipelineRunsTheNamedStagesInTheOrderGiven() {
    assertThat(catalogue.pipeline(List.of("tokens", "paragraphs")).stageNames()).containsExactly("tokens.v2", "paragraphs.v1");
  }

  @Test
  void versionedNamesAreAccepted() {
    assertThat(catalogue.pipeline(List.of("paragraphs.v1")).stageNames()).containsExactly("paragraphs.v1");
  }

  @Test
  void unknownStageIsRejectedNamingItAndTheKnownOnes() {
    assertThatThrownBy(() -> catalogue.pipeline(List.of("paragraphs", "entitees")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'entitees'")
        .hasMessageContaining("paragraphs, tokens");
  }

  @Test
  void unavailableVersionIsRejectedNamingTheOneThisBuildHas() {
    assertThatThrownBy(() -> catalogue.stage("tokens.v9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokens.v9")
        .hasMessageContaining("tokens.v2");
  }

  @Test
  void stageNamedTwiceIsRejected() {
    assertThatThrownBy(() -> catalogue.pipeline(List.of("tokens", "tokens.v2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("named twice");
  }

  @Test
  void eachCallBuildsNewStageInstances() {
    assertThat(catalogue.stage("tokens")).isNotSameAs(catalogue.stage("tokens"));
  }
}
