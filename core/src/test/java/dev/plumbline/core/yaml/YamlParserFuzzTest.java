package dev.plumbline.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the YAML parser: any text gives documents and problems, never an exception, and every
 * span of the tree lies inside the text. The limits must stop deep nesting before the JVM stack
 * does, so the parser's stack-overflow fallback counts as a failure here. {@code mvn verify}
 * replays the inputs under {@code YamlParserFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class YamlParserFuzzTest {

  private static final YamlParser PARSER = new YamlParser();

  @FuzzTest
  void yamlTree(FuzzedDataProvider data) {
    SourceFile file = SourceFile.of("fuzz.yml", data.consumeRemainingAsString());
    YamlStream stream = PARSER.parse(file);
    for (YamlProblem problem : stream.problems()) {
      inside(file, problem.span());
      assertThat(problem.message()).isNotBlank().doesNotContain("too deep to read");
    }
    for (YamlDocument document : stream.documents()) {
      YamlWalker.walk(document.root(), node -> check(file, node));
    }
  }

  private static void check(SourceFile file, YamlNode node) {
    inside(file, node.span());
    node.kindName();
    if (node instanceof YamlMapping mapping) {
      mapping.entries().forEach(e -> {
        e.keyText();
        inside(file, e.span());
      });
    } else if (node instanceof YamlScalar scalar) {
      scalar.type();
      scalar.asBoolean();
      scalar.asLong();
      String value = scalar.value();
      inside(file, scalar.spanOf(0, value.length()));
      if (scalar.hasExactSourceMap()) {
        for (int i = 0; i < value.length(); i++) {
          inside(file, scalar.spanOf(i, i + 1));
        }
      }
    }
  }

  /** A span inside the text whose positions are the file's own for their offsets. */
  private static void inside(SourceFile file, Span span) {
    assertThat(span.end().offset()).isLessThanOrEqualTo(file.text().length());
    assertThat(span.start()).isEqualTo(file.position(span.start().offset()));
    assertThat(span.end()).isEqualTo(file.position(span.end().offset()));
  }
}
