package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelines written across files: {@code include: local:} and the short form resolved from the
 * repository root, included files linted in the context of the pipeline that includes them, and
 * each finding placed in the file where its value is written.
 */
class IncludesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  @TempDir
  Path repository;

  private final List<DiscoveredFile> files = new ArrayList<>();

  private void write(String path, String text) throws IOException {
    Path file = repository.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    files.add(new DiscoveredFile(file, path, path, false));
  }

  private LintResult lint() {
    LintResult result = new Engine(RuleSet.builder(REGISTRY).build(),
        new EngineOptions(2, EngineOptions.DEFAULT_MAX_FILE_BYTES)).run(files, List.of());
    assertThat(result.notifications()).noneMatch(Notification::isInternalError);
    return result;
  }

  private static List<String> findings(LintResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .map(f -> f.path() + ":" + f.span().start() + " " + f.message()).toList();
  }

  private static final String MAIN = """
      stages: [build, test]
      include:
        - local: /.gitlab/ci/templates.yml
        - '.gitlab/ci/jobs.yml'
      build:
        extends: .node
        stage: build
        script: make
      """;

  /** A pipeline whose template, included from another file, misspells 'artifacts'. */
  private void writeMainWithTemplates() throws IOException {
    write(".gitlab-ci.yml", MAIN);
    write(".gitlab/ci/templates.yml", """
        .node:
          image: node:20
          artifact:
            paths: [dist]
        """);
    write(".gitlab/ci/jobs.yml", """
        test:
          stage: test
          script: make test
        """);
  }

  @Test
  void includedFilesAreLintedAsPipelineFilesWhateverTheirNames() throws IOException {
    writeMainWithTemplates();
    write("deploy/app.yml", "kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: app\n");

    LintResult result = lint();

    assertThat(result.files()).extracting(LintedFile::path, LintedFile::kind).contains(
        tuple(".gitlab-ci.yml", FileKind.GITLAB_CI),
        tuple(".gitlab/ci/templates.yml", FileKind.GITLAB_CI),
        tuple(".gitlab/ci/jobs.yml", FileKind.GITLAB_CI));
    assertThat(result.files()).filteredOn(f -> f.path().equals("deploy/app.yml"))
        .extracting(LintedFile::kind).containsExactly(FileKind.KUBERNETES);
  }

  @Test
  void aFindingOnAnInheritedValuePointsIntoTheIncludedTemplate() throws IOException {
    writeMainWithTemplates();

    assertThat(findings(lint(), "GLC000")).containsExactly(
        ".gitlab/ci/templates.yml:3:3 'artifact' is not a job keyword of GitLab CI;"
        + " did you mean 'artifacts'?");
  }

  @Test
  void namesDefinedInIncludedFilesAreKnown() throws IOException {
    write(".gitlab-ci.yml", """
        stages: [build, test]
        include: .gitlab/ci/jobs.yml
        build:
          extends: .base
          stage: build
          script: make
        """);
    write(".gitlab/ci/jobs.yml", """
        .base:
          tags: [docker]
        test:
          stage: test
          needs: [build]
          script: make test
        """);

    assertThat(findings(lint(), "GLC000")).isEmpty();
  }

  @Test
  void aMissingLocalIncludeIsReportedAtTheInclude() throws IOException {
    write(".gitlab-ci.yml", """
        include:
          - local: /.gitlab/ci/gone.yml
        build:
          script: make
        """);

    assertThat(findings(lint(), "GLC000")).containsExactly(".gitlab-ci.yml:2:12 local include "
        + "'/.gitlab/ci/gone.yml' names no file of the repository");
  }

  @Test
  void includeCyclesEndAndEachFileIsReadOnce() throws IOException {
    write(".gitlab-ci.yml", """
        include: [/a.yml]
        build:
          extends: .from-b
          script: make
        """);
    write("a.yml", "include: [/b.yml, /.gitlab-ci.yml]\n.from-a:\n  tags: [a]\n");
    write("b.yml", "include: [/a.yml]\n.from-b:\n  tags: [b]\n");

    LintResult result = lint();

    assertThat(findings(result, "GLC000")).isEmpty();
    assertThat(result.files()).extracting(LintedFile::path)
        .contains(".gitlab-ci.yml", "a.yml", "b.yml");
  }

  @Test
  void wildcardIncludesReadEveryMatchingFile() throws IOException {
    write(".gitlab-ci.yml", """
        stages: [build, test]
        include: '/ci/*.yml'
        build:
          stage: build
          script: make
        """);
    write("ci/a.yml", "lint:\n  stage: tset\n  script: make lint\n");
    write("ci/b.yml", "unit:\n  stage: test\n  needs: [biuld]\n  script: make test\n");

    assertThat(findings(lint(), "GLC000")).containsExactly(
        "ci/a.yml:2:10 stage 'tset' is not in the pipeline's stages; did you mean 'test'?",
        "ci/b.yml:3:11 needs names job 'biuld', which this pipeline does not have;"
        + " did you mean 'build'?");
  }

  @Test
  void scriptsAreCheckedInTheFileTheyAreWrittenIn() throws IOException {
    write(".gitlab-ci.yml", """
        include: [/ci/templates.yml]
        test:
          extends: .test
        """);
    write("ci/templates.yml", """
        .test:
          script:
            - npm ci
            - npm test || true
        """);

    assertThat(findings(lint(), "SH002")).singleElement().asString()
        .startsWith("ci/templates.yml:4:16 '|| true' hides");
  }

  @Test
  void aSuppressionInTheIncludedFileSilencesItsFinding() throws IOException {
    write(".gitlab-ci.yml", MAIN);
    write(".gitlab/ci/templates.yml", """
        .node:
          image: node:20
          # plumbline: ignore[GLC000] read by our own tooling
          artifact:
            paths: [dist]
        """);
    write(".gitlab/ci/jobs.yml", "test:\n  stage: test\n  script: make test\n");

    LintResult result = lint();

    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("GLC000"))
        .singleElement().matches(Finding::isSuppressed);
  }

  @Test
  void aFileNoPipelineIncludesIsLintedAsAPipelineOfItsOwn() throws IOException {
    write("templates/Node.gitlab-ci.yml", """
        test:
          extends: .elsewhere
          script: npm test || true
        """);

    LintResult result = lint();

    assertThat(findings(result, "GLC000")).isEmpty(); // .elsewhere may come from an includer
    assertThat(findings(result, "SH002")).hasSize(1);
  }

  @Test
  void aChildPipelineIsAPipelineOfItsOwn() throws IOException {
    write(".gitlab-ci.yml", """
        stages: [build, test]
        build:
          stage: build
          script: make
        packages:
          stage: test
          trigger:
            include: /ci/child.yml
        """);
    write("ci/child.yml", """
        stages: [check]
        check:
          stage: check
          needs: [build]
          script: make check
        """);

    LintResult result = lint();

    assertThat(result.files()).extracting(LintedFile::path).contains("ci/child.yml");
    // the child does not see the parent's jobs
    assertThat(findings(result, "GLC000")).containsExactly(
        "ci/child.yml:4:11 needs names job 'build', which this pipeline does not have");
  }

  @Test
  void aChildPipelineIsNotJudgedForDuplicatePipelines() throws IOException {
    String rules = """
        stages: [build]
        build:
          stage: build
          script: make
          rules:
            - when: always
        """;
    write(".gitlab-ci.yml", """
        workflow:
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
              when: never
            - if: $CI_COMMIT_BRANCH
        stages: [build]
        child:
          stage: build
          trigger:
            include: /ci/child.yml
        """);
    write("ci/child.yml", rules);
    write("standalone/.gitlab-ci.yml", rules);

    assertThat(findings(lint(), "GLC011")).singleElement().asString()
        .startsWith("standalone/.gitlab-ci.yml:5:3 ");
  }

  @Test
  void anIncludeThatIsNoPathIsAFindingNotACrash() throws IOException {
    write(".gitlab-ci.yml", """
        include:
          - local: "/ci/[x*.yml"
          - local: "/ci/a\\0b.yml"
        build:
          script: make
        """);

    assertThat(findings(lint(), "GLC000")).containsExactly(
        ".gitlab-ci.yml:2:12 local include '/ci/[x*.yml' is not a valid path or wildcard",
        ".gitlab-ci.yml:3:12 local include '/ci/a\u0000b.yml' is not a valid path or wildcard");
  }

  @Test
  @Timeout(30)
  void aWildcardIncludeWithTooManyWildcardsIsReportedNotExpanded() throws IOException {
    write("ci/" + "a".repeat(200) + ".yml", "test:\n  script: make test\n");
    write(".gitlab-ci.yml", """
        include:
          - local: "/**a**a**a**a**a**a**a**a**a**ab"
          - local: "/ci/**/*.yml"
        build:
          script: make
        """);

    assertThat(findings(lint(), "GLC000")).containsExactly(
        ".gitlab-ci.yml:2:12 local include '/**a**a**a**a**a**a**a**a**a**ab' has more than 2 "
            + "wildcards; Plumbline does not expand it");
  }
}
