package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linting a stream (standard input) as if it were a file. */
class EngineInputTest {

  private static final Path REPO = Path.of("/nonexistent/repo").toAbsolutePath();
  private static final String WORKFLOW = """
      on: push
      jobs:
        a:
          runs-on: x
          steps:
            - run: one
      """;

  private static Engine engine(long maxBytes) {
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(EngineTest.Invalid.class),
        new RuleDescriptor(EngineTest.EveryStep.class)));
    return new Engine(RuleSet.defaults(registry), new EngineOptions(1, maxBytes));
  }

  private static DiscoveredFile claimed(String context) {
    return new DiscoveredFile(REPO.resolve(context), "shown/" + context, context, true);
  }

  private static InputStream bytes(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  private static InputStream text(String content) {
    return bytes(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStreamIsLintedAndReportedUnderTheClaimedPath() {
    LintResult result = engine(1 << 20).run(claimed(".github/workflows/ci.yml"), text(WORKFLOW),
        List.of());
    assertThat(result.findings()).extracting(Finding::path, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "shown/.github/workflows/ci.yml", "step 1"));
    assertThat(result.files()).extracting(LintedFile::path)
        .containsExactly("shown/.github/workflows/ci.yml");
  }

  @Test
  void aPathPlumblineDoesNotLintIsNotedAndTheStreamIsNotRead() {
    ByteArrayInputStream in = new ByteArrayInputStream(WORKFLOW.getBytes(StandardCharsets.UTF_8));
    LintResult result = engine(1 << 20).run(claimed("README.md"), in, List.of());
    assertThat(result.findings()).isEmpty();
    assertThat(result.notifications()).singleElement()
        .satisfies(n -> assertThat(n.message()).startsWith("not linted"));
    assertThat(in.available()).isEqualTo(WORKFLOW.length());
  }

  @Test
  void theSameSizeAndEncodingRulesAsForFiles() {
    LintResult big = engine(20).run(claimed(".github/workflows/ci.yml"), text(WORKFLOW),
        List.of());
    assertThat(big.notifications()).singleElement().satisfies(n -> {
      assertThat(n.message()).startsWith("skipped: the input is over the");
      assertThat(n.path()).contains("shown/.github/workflows/ci.yml");
    });
    assertThat(big.filesLinted()).isZero();

    LintResult binary = engine(1 << 20).run(claimed(".github/workflows/ci.yml"),
        bytes(new byte[] {'o', 'n', 0}), List.of());
    assertThat(binary.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("GHA000");
      assertThat(f.message()).startsWith("the file is binary");
    });
  }
}
