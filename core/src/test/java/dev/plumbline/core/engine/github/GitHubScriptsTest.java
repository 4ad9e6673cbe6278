package dev.plumbline.core.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which run: steps become scripts, with which shell, and how their offsets map to the file. */
class GitHubScriptsTest {

  /** Reports the name of every command, where it is. */
  @Rule(id = "SH901", name = "every-command", platform = Platform.SCRIPT,
      severity = Severity.NOTE, summary = "Reports every command")
  public static final class EveryCommand implements ScriptRule {
    @Override
    public void visitScript(Script script, RuleContext ctx) {
      for (Command c : script.commands()) {
        c.nameWord().ifPresent(w -> ctx.report(script.span(w), c.name()));
      }
    }
  }

  private static SourceFile file(String yaml) {
    return SourceFile.of("w.yml", yaml);
  }

  private static List<Step> steps(String yaml) {
    YamlMapping root = (YamlMapping) new YamlParser().parse(file(yaml)).documents().get(0).root();
    return new Workflow(root).jobs().stream().flatMap(j -> j.steps().stream()).toList();
  }

  private static Optional<Script> only(String yaml) {
    List<Step> steps = steps(yaml);
    assertThat(steps).hasSize(1);
    return GitHubScripts.of(steps.get(0));
  }

  private static String job(String jobBody, String step) {
    return "on: push\njobs:\n  j:\n" + jobBody.indent(4) + "    steps:\n" + step.indent(6);
  }

  @Test
  void theRunnerDefaultIsBashWithErrexitOnly() {
    Script s = only(job("runs-on: ubuntu-latest", "- run: make")).orElseThrow();
    assertThat(s.shell()).isEqualTo(ShellKind.BASH);
    assertThat(s.startOptions()).containsExactly(ShellOption.ERREXIT);
    assertThat(s.origin()).isEqualTo(Script.Origin.GITHUB_RUN);
    assertThat(s.runsInContainer()).isFalse();
    assertThat(s.text()).isEqualTo("make");
  }

  @Test
  void builtInShellKeywords() {
    assertThat(only(job("runs-on: x", "- run: a\n  shell: bash")).orElseThrow().startOptions())
        .containsExactlyInAnyOrder(ShellOption.ERREXIT, ShellOption.PIPEFAIL);
    Script sh = only(job("runs-on: x", "- run: a\n  shell: sh")).orElseThrow();
    assertThat(sh.shell()).isEqualTo(ShellKind.POSIX);
    assertThat(sh.startOptions()).containsExactly(ShellOption.ERREXIT);
    for (String other : List.of("pwsh", "powershell", "python", "cmd", "node {0}",
        "${{ matrix.shell }}", "script -q -e -c \"bash {0}\"")) {
      assertThat(only(job("runs-on: x", "- run: a\n  shell: " + other))).as(other).isEmpty();
    }
  }

  @Test
  void customShellTemplatesAreReadForTheirOptions() {
    assertThat(GitHubScripts.named("bash -l {0}")).hasValue(
        new GitHubScripts.Shell(ShellKind.BASH, Set.of()));
    assertThat(GitHubScripts.named("bash -leo pipefail {0}")).hasValueSatisfying(s -> assertThat(
        s.options()).containsExactlyInAnyOrder(ShellOption.ERREXIT, ShellOption.PIPEFAIL));
    assertThat(GitHubScripts.named("/usr/bin/env bash --noprofile --norc -e {0}"))
        .hasValueSatisfying(s -> assertThat(s.options()).containsExactly(ShellOption.ERREXIT));
    assertThat(GitHubScripts.named("dash {0}")).hasValue(
        new GitHubScripts.Shell(ShellKind.POSIX, Set.of()));
    assertThat(GitHubScripts.named("bash -o pipefail +e {0}")).hasValueSatisfying(
        s -> assertThat(s.options()).containsExactly(ShellOption.PIPEFAIL));
  }

  @Test
  void defaultsRunShellOfJobAndWorkflow() {
    String workflow = """
        on: push
        defaults:
          run:
            shell: sh
        jobs:
          a:
            runs-on: x
            steps:
              - run: one
          b:
            runs-on: x
            defaults:
              run:
                shell: pwsh
            steps:
              - run: two
              - run: three
                shell: bash
        """;
    List<Optional<Script>> scripts = steps(workflow).stream().map(GitHubScripts::of).toList();
    assertThat(scripts.get(0)).hasValueSatisfying(
        s -> assertThat(s.shell()).isEqualTo(ShellKind.POSIX));
    assertThat(scripts.get(1)).isEmpty();
    assertThat(scripts.get(2)).hasValueSatisfying(
        s -> assertThat(s.shell()).isEqualTo(ShellKind.BASH));
  }

  @Test
  void windowsRunnersDefaultToPowerShell() {
    assertThat(only(job("runs-on: windows-latest", "- run: dir"))).isEmpty();
    assertThat(only(job("runs-on: [self-hosted, Windows, x64]", "- run: dir"))).isEmpty();
    assertThat(only(job("runs-on:\n  group: g\n  labels: [windows-2022]", "- run: dir"))).isEmpty();
    assertThat(only(job("runs-on: windows-latest", "- run: ls\n  shell: bash"))).isPresent();
    String matrix = """
        strategy:
          matrix:
            os: [ubuntu-latest, %s]
        runs-on: ${{ matrix.os }}""";
    assertThat(only(job(matrix.formatted("windows-latest"), "- run: make"))).isEmpty();
    assertThat(only(job(matrix.formatted("macos-latest"), "- run: make"))).isPresent();
    String include = """
        strategy:
          matrix:
            include:
              - runner: ubuntu-latest
              - runner: windows-latest
        runs-on: ${{ matrix.runner }}""";
    assertThat(only(job(include, "- run: make"))).isEmpty();
    assertThat(only(job("runs-on: ${{ inputs.runner }}", "- run: make"))).isPresent();
  }

  @Test
  void eachScriptKnowsTheScriptsOfTheLaterSteps() {
    List<Optional<Script>> scripts = GitHubScripts.of(steps(job("runs-on: x",
        "- run: one\n- uses: actions/checkout@v4\n- run: two\n- run: three\n  shell: pwsh\n"
            + "- run: four")));
    assertThat(scripts).hasSize(5);
    assertThat(scripts.get(0).orElseThrow().laterScripts()).extracting(Script::text)
        .containsExactly("two", "four");
    assertThat(scripts.get(2).orElseThrow().laterScripts()).extracting(Script::text)
        .containsExactly("four");
    assertThat(scripts.get(3)).isEmpty();
    assertThat(scripts.get(4).orElseThrow().laterScripts()).isEmpty();
  }

  @Test
  void aJobContainerIsKnown() {
    assertThat(only(job("runs-on: x\ncontainer: node:20", "- run: make")).orElseThrow()
        .runsInContainer()).isTrue();
  }

  @Test
  void compositeActionStepsMustNameTheirShell() {
    String action = """
        name: a
        runs:
          using: composite
          steps:
            - run: echo no shell
            - run: echo bash
              shell: bash
            - uses: actions/checkout@v4
        """;
    YamlMapping root = (YamlMapping) new YamlParser().parse(SourceFile.of("action.yml", action))
        .documents().get(0).root();
    List<Optional<Script>> scripts = new ActionMetadata(root).steps().stream()
        .map(GitHubScripts::of).toList();
    assertThat(scripts).hasSize(3);
    assertThat(scripts.get(0)).isEmpty();
    assertThat(scripts.get(1)).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("echo bash"));
    assertThat(scripts.get(2)).isEmpty();
  }

  @Test
  void positionsMapThroughLiteralFoldedAndQuotedScalars() {
    String workflow = """
        on: push
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  echo one
                    indented two
              - run: >
                  curl -fsSL
                  https://x.example/i.sh
                  | sh

                  after
              - run: "first \\
                  second"
              - run: plain ${{ a || b }} && third
        """;
    Engine.FileOutcome outcome = engineWith(EveryCommand.class)
        .lint(file(workflow), FileKind.GITHUB_WORKFLOW);
    assertThat(outcome.findings()).extracting(f -> f.message() + "@" + f.span().start().line()
        + ":" + f.span().start().column() + "-" + f.span().end().column()).containsExactly(
        "echo@7:11-15", "indented@8:13-21",
        "curl@10:11-15", "sh@12:13-15", "after@14:11-16",
        "first@15:15-20",
        "plain@17:14-19", "third@17:37-42");
  }

  @Test
  void scriptRulesRunOverWorkflowsAndCompositeActionsButNotPowerShell() {
    Engine engine = engineWith(EveryCommand.class);
    String workflow = job("runs-on: windows-latest", "- run: dir\n- run: ls\n  shell: bash");
    assertThat(engine.lint(file(workflow), FileKind.GITHUB_WORKFLOW).findings())
        .extracting(Finding::message).containsExactly("ls");
    String action = "runs:\n  using: composite\n  steps:\n    - run: make\n      shell: sh\n";
    assertThat(engine.lint(SourceFile.of("action.yml", action), FileKind.GITHUB_ACTION)
        .findings()).extracting(Finding::message).containsExactly("make");
  }

  private static Engine engineWith(Class<? extends dev.plumbline.core.rule.LintRule> rule) {
    RuleRegistry registry = new RuleRegistry(List.of(new RuleDescriptor(rule)));
    return new Engine(RuleSet.defaults(registry), new EngineOptions(1, 1 << 20));
  }
}
