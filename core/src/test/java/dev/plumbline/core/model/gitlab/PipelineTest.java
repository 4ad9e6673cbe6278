package dev.plumbline.core.model.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static Pipeline pipeline(String text) {
    SourceFile file = SourceFile.of(".gitlab-ci.yml", text);
    YamlMapping root = (YamlMapping) new YamlParser(YamlLimits.DEFAULT, true).parse(file)
        .documents().get(0).root();
    return new Pipeline(file, root);
  }

  private static PipelineFile file(String path, String text) {
    SourceFile file = SourceFile.of(path, text);
    return new PipelineFile(file, (YamlMapping) new YamlParser(YamlLimits.DEFAULT, true)
        .parse(file).documents().get(0).root());
  }

  private static Job job(Pipeline pipeline, String name) {
    return pipeline.job(name).orElseThrow();
  }

  @Test
  void extendsChainsDeepMergeMappingsAndReplaceLists() {
    Pipeline p = pipeline("""
        .base:
          image: alpine:3.19
          variables: {A: base, B: base}
          tags: [one, two]
        .middle:
          extends: .base
          variables: {B: middle, C: middle}
        .other:
          tags: [three]
        job:
          extends: [.middle, .other]
          variables: {C: job}
          script: make
        """);
    Job job = job(p, "job");
    YamlMapping variables = job.variables().orElseThrow();
    assertThat(variables.string("A")).contains("base");
    assertThat(variables.string("B")).contains("middle");
    assertThat(variables.string("C")).contains("job");
    assertThat(((dev.plumbline.core.yaml.YamlSequence) job.get("tags").orElseThrow()).items())
        .extracting(i -> ((YamlScalar) i).value()).containsExactly("three");
    assertThat(job.imageName().map(YamlScalar::value)).contains("alpine:3.19");
    // the inherited value points where the template writes it
    assertThat(job.imageName().orElseThrow().span().start().line()).isEqualTo(2);
    assertThat(variables.scalar("A").orElseThrow().span().start().line()).isEqualTo(3);
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void extendsCyclesAndUnknownTemplatesAreProblems() {
    Pipeline p = pipeline("""
        .a:
          extends: .b
        .b:
          extends: .a
        job:
          extends: .missing
          script: make
        """);
    assertThat(p.problems()).extracting(GitLabProblem::message)
        .anyMatch(m -> m.contains("cycle"))
        .anyMatch(m -> m.contains("'.missing'"));
    assertThat(p.problems()).filteredOn(GitLabProblem::unknownName).hasSize(1);
  }

  @Test
  void referencesResolveAndScriptsMapToTheirLines() {
    Pipeline p = pipeline("""
        .setup:
          script:
            - echo one
            - echo two
        job:
          script:
            - !reference [.setup, script]
            - |
              make all
              make test
        """);
    Script script = job(p, "job").script().orElseThrow();
    assertThat(script.text()).isEqualTo("echo one\necho two\nmake all\nmake test\n");
    int make = script.text().indexOf("make test");
    Span span = script.span(make, make + 4);
    assertThat(span.start().line()).isEqualTo(10);
    assertThat(span.start().column()).isEqualTo(7);
    int two = script.text().indexOf("two");
    assertThat(script.span(two, two + 3).start().line()).isEqualTo(4);
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void anchorsMergeKeysAndDefaultsAreApplied() {
    Pipeline p = pipeline("""
        default:
          image: ruby:3.3
          before_script: [bundle install]
        .vars: &vars
          RAILS_ENV: test
        .job: &job
          stage: build
          script: rake
        first:
          <<: *job
          variables: *vars
        second:
          <<: *job
          inherit:
            default: [before_script]
        """);
    Job first = job(p, "first");
    assertThat(first.stage()).isEqualTo("build");
    assertThat(first.variables().flatMap(v -> v.string("RAILS_ENV"))).contains("test");
    assertThat(first.imageName().map(YamlScalar::value)).contains("ruby:3.3");
    assertThat(first.beforeScript()).isPresent();
    Job second = job(p, "second");
    assertThat(second.image()).isEmpty();
    assertThat(second.beforeScript()).isPresent();
    assertThat(p.visibleJobs()).extracting(Job::name).containsExactly("first", "second");
    assertThat(p.stages()).containsExactly(".pre", "build", "test", "deploy", ".post");
  }

  @Test
  void includedFilesMergeUnderTheIncludingFileAndKeepTheirPositions() {
    PipelineFile included = file(".gitlab/ci/jobs.yml", """
        variables: {REGION: eu, TIER: base}
        .node:
          image: node:20
        test:
          extends: .node
          script: npm test
          tags: [small]
        """);
    PipelineFile main = file(".gitlab-ci.yml", """
        include: [/.gitlab/ci/jobs.yml]
        variables: {TIER: main}
        test:
          tags: [large]
        """);
    Pipeline p = new Pipeline(List.of(included, main), List.of(), true);

    Job test = job(p, "test");
    assertThat(test.get("tags").map(t -> ((YamlSequence) t).items().get(0))
        .map(n -> ((YamlScalar) n).value())).contains("large");
    assertThat(test.script().map(Script::text)).contains("npm test");
    YamlScalar image = test.imageName().orElseThrow();
    assertThat(p.fileOf(image)).isSameAs(included.file());
    assertThat(image.span().start().line()).isEqualTo(3);
    assertThat(p.fileOf(test.nameNode())).isSameAs(main.file());
    assertThat(test.fileOf(test.script().orElseThrow())).isSameAs(included.file());
    assertThat(p.variables().orElseThrow().scalar("TIER").map(YamlScalar::value))
        .contains("main");
    assertThat(p.variables().orElseThrow().scalar("REGION").map(YamlScalar::value))
        .contains("eu");
    assertThat(p.includes()).hasSize(1);
    assertThat(p.file()).isSameAs(main.file());
  }

  @Test
  void aPipelineWithUnreadIncludesIsNotComplete() {
    PipelineFile main = file(".gitlab-ci.yml", """
        include: [{template: Jobs/SAST.gitlab-ci.yml}]
        build:
          script: make
        """);

    assertThat(new Pipeline(List.of(main), List.of(), false).isComplete()).isFalse();
    assertThat(pipeline("build:\n  script: make\n").isComplete()).isTrue();
    assertThat(new Pipeline(List.of(file("Node.gitlab-ci.yml", "test:\n  script: x\n")),
        List.of(), true).isComplete()).isFalse();
  }

  @Test
  void aliasesThatUnfoldToHundredsOfMillionsOfNodesAreResolvedOnce() {
    StringBuilder text = new StringBuilder(".l0: &l0 [echo]\n");
    for (int level = 1; level <= 8; level++) {
      text.append(".l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        text.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      text.append("]\n");
    }
    text.append("job:\n  variables: {X: !reference [.l8]}\n  script: *l8\n");
    SourceFile file = SourceFile.of(".gitlab-ci.yml", text.toString());
    // the parser's default limit refuses such a document; the model must hold without it
    assertThat(new YamlParser(YamlLimits.DEFAULT, true).parse(file).fatalProblem()).isPresent();
    YamlLimits unbounded = new YamlLimits(YamlLimits.DEFAULT.maxAliasesForCollections(),
        YamlLimits.DEFAULT.maxDepth(), YamlLimits.DEFAULT.maxCodePoints(), Integer.MAX_VALUE);
    YamlMapping root = (YamlMapping) new YamlParser(unbounded, true).parse(file).documents()
        .get(0).root();

    Job job = job(new Pipeline(file, root), "job");

    assertThat(job.script().orElseThrow().text().lines().count()).isEqualTo(10_000);
    assertThat(job.variables()).isPresent();
  }

  @Test
  void scriptsKnowTheNodeTheirFindingsGoTo() {
    Pipeline p = pipeline("""
        .setup:
          script:
            - echo one
        job:
          extends: .setup
        """);
    Job job = job(p, "job");
    Script script = job.script().orElseThrow();
    assertThat(job.nodeOf(script)).isInstanceOfSatisfying(YamlScalar.class,
        s -> assertThat(s.value()).isEqualTo("echo one"));
    assertThat(job.nodeOf(script).span().start().line()).isEqualTo(3);
  }

  @Test
  void inputInterpolationsAreOpaqueWordsOfTheScript() {
    Pipeline p = pipeline("""
        job:
          script:
            - echo $[[ inputs.greeting | truncate(0, 5) ]] done
        """);
    Script script = job(p, "job").script().orElseThrow();
    dev.plumbline.core.shell.Command echo = script.commands().get(0);
    assertThat(echo.args()).hasSize(2);
    assertThat(echo.args().get(0).hasTemplate()).isTrue();
    assertThat(echo.args().get(1).value()).isEqualTo("done");
  }
}
