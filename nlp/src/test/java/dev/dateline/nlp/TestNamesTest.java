package dev.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestNamesTest {
  @Test
  void longerSurfaceWinsAndWordsMustBeWhole() {
    String text = "Israel Defence Forces in Israel, not Israeli";
    var names = TestNames.find(text, List.of(TestNames.of("Israel", EntityType.PLACE),
        TestNames.of("Israel Defence Forces", EntityType.ORG)));
    assertThat(names.items()).extracting(n -> n.span().of(text) + "/" + n.type())
        .containsExactly("Israel Defence Forces/ORG", "Israel/PLACE");
  }
}
