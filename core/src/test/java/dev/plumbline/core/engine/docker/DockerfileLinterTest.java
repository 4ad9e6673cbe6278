package dev.plumbline.core.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileLinterTest {

  /** Stands in for DKR000, which parse problems are reported under. */
  @Rule(id = "DKR000", name = "invalid-dockerfile", platform = Platform.DOCKERFILE,
      severity = Severity.ERROR, summary = "Invalid file")
  public static final class Invalid implements DockerfileRule {}

  /** Reports each callback, to show the order of the walk. */
  @Rule(id = "DKR901", name = "walk", platform = Platform.DOCKERFILE,
      severity = Severity.NOTE, summary = "Reports the walk")
  public static final class Walk implements DockerfileRule {
    @Override
    public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
      ctx.report(dockerfile.file().lineSpan(1), "file");
    }

    @Override
    public void visitStage(Stage stage, RuleContext ctx) {
      ctx.report(stage.from().keywordSpan(), "stage " + stage.index());
    }

    @Override
    public void visitInstruction(Instruction instruction, RuleContext ctx) {
      ctx.report(instruction.keywordSpan(), instruction.keyword());
    }

    @Override
    public void visitDockerfileEnd(Dockerfile dockerfile, RuleContext ctx) {
      ctx.report(dockerfile.file().lineSpan(1), "end");
    }
  }

  /** Reports the word "curl" in every script, where the script says it is. */
  @Rule(id = "SH901", name = "curl-here", platform = Platform.SCRIPT,
      severity = Severity.WARNING, summary = "Finds curl")
  public static final class CurlHere implements ScriptRule {
    @Override
    public void visitScript(Script script, RuleContext ctx) {
      int at = script.text().indexOf("curl");
      while (at >= 0) {
        ctx.report(script.span(at, at + 4), "curl in a " + script.shell() + " script");
        at = script.text().indexOf("curl", at + 1);
      }
    }
  }

  @SafeVarargs
  private static Engine engine(Class<? extends LintRule>... rules) {
    List<RuleDescriptor> descriptors = Arrays.stream(rules).map(RuleDescriptor::new).toList();
    return new Engine(RuleSet.defaults(new RuleRegistry(descriptors)), EngineOptions.defaults());
  }

  private static List<String> lint(Engine engine, String text) {
    return engine.lint(SourceFile.of("Dockerfile", text), FileKind.DOCKERFILE).findings().stream()
        .map(f -> f.ruleId() + " " + f.span().start() + " " + f.message()
            + (f.isSuppressed() ? " (suppressed)" : ""))
        .toList();
  }

  @Test
  void walksTheFileThenEachStageWithItsInstructions() {
    List<String> findings = lint(engine(Walk.class), """
        ARG V=1
        FROM alpine AS a
        RUN true
        FROM a
        ONBUILD RUN make
        """);
    // findings are sorted by position; the messages show every callback was made
    assertThat(findings).containsExactly(
        "DKR901 1:1 ARG", "DKR901 1:1 end", "DKR901 1:1 file",
        "DKR901 2:1 FROM", "DKR901 2:1 stage 0",
        "DKR901 3:1 RUN",
        "DKR901 4:1 FROM", "DKR901 4:1 stage 1",
        "DKR901 5:1 ONBUILD");
  }

  @Test
  void parseProblemsAreReportedUnderDkr000AndLintingGoesOn() {
    List<String> findings = lint(engine(Invalid.class, Walk.class),
        "FROM alpine\nCMD ['app']\nRUN <<EOF\n");
    assertThat(findings).contains(
        "DKR000 2:6 CMD: not a valid JSON array (strings must be in double quotes (\"), not "
            + "single quotes), so Docker reads it as shell form",
        "DKR000 3:5 unterminated here-document: no line 'EOF' ends it before the end of the file",
        "DKR901 3:1 RUN");
  }

  @Test
  void scriptRulesSeeEveryRunScriptAtItsFilePositions() {
    List<String> findings = lint(engine(CurlHere.class), """
        FROM debian
        RUN apt-get update \\
          && apt-get install -y curl
        SHELL ["/bin/bash", "-c"]
        RUN <<EOF
        curl -fsSL https://example.com/install.sh | sh
        EOF
        RUN ["curl", "exec form is not a script"]
        # a comment that mentions curl is not a script
        ONBUILD RUN curl https://example.com
        """);
    assertThat(findings).containsExactly(
        "SH901 3:25 curl in a POSIX script",
        "SH901 6:1 curl in a BASH script",
        "SH901 10:13 curl in a BASH script");
  }

  @Test
  void scriptFindingsInBacktickEscapedFilesPointAtTheWord() {
    List<String> findings = lint(engine(CurlHere.class), """
        # escape=`
        FROM debian
        RUN echo C:\\ `
            # skipped
            && curl https://example.com `
          && echo 🐳 curl
        """);
    assertThat(findings).containsExactly(
        "SH901 5:8 curl in a POSIX script",
        "SH901 6:13 curl in a POSIX script"); // columns count code points: 🐳 is one
  }

  @Test
  void aSuppressionAboveAnInstructionCoversAllItsLines() {
    List<String> findings = lint(engine(CurlHere.class), """
        FROM debian
        # plumbline: ignore[SH901] the installer is vetted
        RUN apt-get update \\
          && curl -o /tmp/a https://example.com/a \\
          && curl -o /tmp/b https://example.com/b
        RUN <<EOF
        # plumbline: ignore[SH901] inside a here-document, for the next line
        curl https://example.com/c
        curl https://example.com/d
        EOF
        RUN curl https://example.com/e
        """);
    assertThat(findings).containsExactly(
        "SH901 4:6 curl in a POSIX script (suppressed)",
        "SH901 5:6 curl in a POSIX script (suppressed)",
        "SH901 8:1 curl in a POSIX script (suppressed)",
        "SH901 9:1 curl in a POSIX script",
        "SH901 11:5 curl in a POSIX script");
  }

  @Test
  void aSuppressionMayStandAboveTheInstructionsOtherCommentsButNotABlankLine() {
    List<String> findings = lint(engine(CurlHere.class), """
        FROM debian
        # plumbline: ignore[SH901] vetted
        # Fetch the installer.
        RUN curl -o /tmp/a https://example.com/a
        # plumbline: ignore[SH901] vetted

        RUN curl -o /tmp/b https://example.com/b
        """);
    assertThat(findings).containsExactly(
        "SH901 4:5 curl in a POSIX script (suppressed)",
        "SH901 7:5 curl in a POSIX script");
  }

  @Test
  void aHashAfterAnInstructionIsNotASuppression() {
    List<String> findings = lint(engine(CurlHere.class),
        "FROM debian\nRUN curl https://example.com # plumbline: ignore[SH901] no\n");
    assertThat(findings).containsExactly("SH901 2:5 curl in a POSIX script");
  }

  @Test
  void dockerfilesAreDiscoveredAndListTheScriptRulesThatRanOnThem(@TempDir Path repo)
      throws IOException {
    Files.writeString(repo.resolve("Dockerfile"), "FROM debian\nRUN curl -fsSL x\n");
    Files.createDirectories(repo.resolve("images"));
    Files.writeString(repo.resolve("images/app.dockerfile"), "FROM debian\n");
    Files.writeString(repo.resolve("dockerfile.go"), "package dockerfile\n");
    DiscoveryResult discovery = new FileDiscovery(List.of()).discover(List.of(repo), repo);
    LintResult result = engine(Invalid.class, Walk.class, CurlHere.class)
        .run(discovery.files(), discovery.notifications());
    assertThat(result.files()).extracting(LintedFile::path)
        .containsExactly("Dockerfile", "images/app.dockerfile");
    assertThat(result.files()).allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FileKind.DOCKERFILE);
      assertThat(f.ruleIds()).containsExactlyInAnyOrder("DKR000", "DKR901", "SH901");
    });
    assertThat(result.findings()).extracting(Finding::ruleId).contains("SH901");
  }
}
