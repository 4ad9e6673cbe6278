package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltinFunctionsTest {

  private static final int N = BuiltinFunctions.UNBOUNDED;

  @ParameterizedTest
  @CsvSource({
      "contains, 2, 2", "startsWith, 2, 2", "endsWith, 2, 2", "format, 1, " + N, "join, 1, 2",
      "toJSON, 1, 1", "fromJSON, 1, 1", "hashFiles, 1, " + N, "case, 3, " + N,
      "success, 0, 0", "always, 0, 0", "cancelled, 0, 0", "failure, 0, 0",
  })
  void documentedArities(String name, int min, int max) {
    assertThat(BuiltinFunctions.lookup(name)).contains(new BuiltinFunctions.Arity(min, max));
  }

  @Test
  void lookupIgnoresCase() {
    assertThat(BuiltinFunctions.lookup("TOJSON")).isPresent();
    assertThat(BuiltinFunctions.lookup("fromjson")).isPresent();
    assertThat(BuiltinFunctions.canonicalName("HASHFILES")).contains("hashFiles");
  }

  @Test
  void unknownFunctions() {
    assertThat(BuiltinFunctions.lookup("toUpper")).isEmpty();
    assertThat(BuiltinFunctions.lookup("")).isEmpty();
    assertThat(BuiltinFunctions.accepts("toUpper", 1)).isFalse();
  }

  @Test
  void argumentCounts() {
    assertThat(BuiltinFunctions.accepts("join", 1)).isTrue();
    assertThat(BuiltinFunctions.accepts("join", 3)).isFalse();
    assertThat(BuiltinFunctions.accepts("format", 0)).isFalse();
    assertThat(BuiltinFunctions.accepts("format", 30)).isTrue();
    assertThat(BuiltinFunctions.accepts("success", 1)).isFalse();
  }

  @Test
  void caseNeedsPairsPlusADefault() {
    assertThat(BuiltinFunctions.lookup("case").orElseThrow().accepts(4)).isTrue();
    assertThat(BuiltinFunctions.accepts("case", 3)).isTrue();
    assertThat(BuiltinFunctions.accepts("CASE", 4)).isFalse();
    assertThat(BuiltinFunctions.accepts("case", 5)).isTrue();
  }

  @Test
  void statusFunctions() {
    assertThat(BuiltinFunctions.isStatusFunction("Always")).isTrue();
    assertThat(BuiltinFunctions.isStatusFunction("contains")).isFalse();
  }

  @Test
  void namesInDocumentedSpelling() {
    assertThat(BuiltinFunctions.names()).contains("toJSON", "fromJSON", "startsWith", "case")
        .hasSize(13);
  }
}
