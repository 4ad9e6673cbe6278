package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.FixApplier;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the whole engine with every default rule, one target per platform: any text linted as
 * that platform's file gives findings (an invalid file is a {@code *000} finding) and never an
 * internal error, every finding points inside the text and its fixes apply. The file lies in an
 * empty directory of its own, so that nothing the text names (includes, local actions) is found
 * on disk. {@code mvn verify} replays the inputs under {@code EngineFuzzTestInputs};
 * {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class EngineFuzzTest {

  private static final Engine ENGINE = new Engine(RuleSet.defaults(RuleRegistry.load()),
      new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
  private static final Path ROOT = emptyDirectory();

  @FuzzTest
  void githubWorkflow(FuzzedDataProvider data) {
    lint(".github/workflows/fuzz.yml", FileKind.GITHUB_WORKFLOW, data);
  }

  @FuzzTest
  void gitlabPipeline(FuzzedDataProvider data) {
    lint(".gitlab-ci.yml", FileKind.GITLAB_CI, data);
  }

  @FuzzTest
  void dockerfile(FuzzedDataProvider data) {
    lint("Dockerfile", FileKind.DOCKERFILE, data);
  }

  @FuzzTest
  void kubernetesManifest(FuzzedDataProvider data) {
    lint("deploy/app.yaml", FileKind.KUBERNETES, data);
  }

  @FuzzTest
  void terraform(FuzzedDataProvider data) {
    lint("main.tf", FileKind.TERRAFORM, data);
  }

  private static void lint(String path, FileKind kind, FuzzedDataProvider data) {
    String absolute = ROOT.resolve(path).toString().replace(File.separatorChar, '/');
    SourceFile file = SourceFile.of(absolute, data.consumeRemainingAsString());
    Engine.FileOutcome outcome = ENGINE.lint(file, kind);
    assertThat(outcome.notifications()).noneMatch(Notification::isInternalError);
    int length = file.text().length();
    for (Finding finding : outcome.findings()) {
      inside(finding.span(), length);
      assertThat(finding.message()).isNotBlank();
      for (Fix fix : finding.fixes()) {
        fix.replacements().forEach(r -> inside(r.deleted(), length));
      }
    }
    List<Fix> fixes = outcome.findings().stream().flatMap(f -> f.fixes().stream()).toList();
    FixApplier.apply(file.text(), fixes);
  }

  private static void inside(Span span, int length) {
    assertThat(span.start().offset()).isBetween(0, length);
    assertThat(span.end().offset()).isBetween(span.start().offset(), length);
  }

  private static Path emptyDirectory() {
    try {
      Path directory = Files.createTempDirectory("plumbline-fuzz-");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
