package dev.plumbline.core.engine.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.tool.RequiresTool;
import dev.plumbline.core.rule.tool.ShellcheckDiagnostic;
import dev.plumbline.core.rule.tool.ShellcheckSettings;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine running ShellCheck for a rule, with a stand-in {@code shellcheck}: a bash script
 * (bash's own commands only) that records its arguments and input and prints canned output.
 */
@DisabledOnOs(OS.WINDOWS)
class ToolSessionTest {

  /** Reports every diagnostic as "SC2086 info" where it points. */
  @Rule(id = "SH902", name = "every-diagnostic", platform = Platform.SCRIPT,
      severity = Severity.WARNING, summary = "Reports every ShellCheck diagnostic")
  @RequiresTool("shellcheck")
  public static final class EveryDiagnostic implements ScriptRule {
    @RuleOption(name = "executable", description = "The program.")
    String executable = "";

    @RuleOption(name = "exclude", description = "Codes left out.")
    List<String> exclude = List.of("2154", "SC1091");

    @RuleOption(name = "minimum-level", description = "The least level.")
    String minimumLevel = "style";

    @Override
    public void visitScript(Script script, RuleContext ctx) {
      for (ShellcheckDiagnostic d : ctx.tools().shellcheck()
          .check(script, new ShellcheckSettings(executable, exclude, minimumLevel))) {
        ctx.report(script.span(d.start(), d.end()), d.codeName() + " " + d.level().label());
      }
    }
  }

  private static final RuleDescriptor RULE = new RuleDescriptor(EveryDiagnostic.class);
  private static final String WORKFLOW = """
      on: push
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - run: |
                echo "${{ github.ref }}"
                rm -rf $dir
      """;

  @TempDir
  Path dir;

  /** A stand-in that prints {@code json} and exits with {@code status}. */
  private Path fake(String json, int status) throws IOException {
    Files.writeString(dir.resolve("out.json"), json);
    Path program = dir.resolve("shellcheck");
    Files.writeString(program, "#!/bin/bash\n"
        + "printf '%s\\n' \"$@\" > '" + dir + "/args'\n"
        + "IFS= read -r -d '' input\n"
        + "printf '%s' \"$input\" > '" + dir + "/stdin'\n"
        + "printf 'x' >> '" + dir + "/calls'\n"
        + "printf '%s' \"$(< '" + dir + "/out.json')\"\n"
        + "exit " + status + "\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return program;
  }

  private static String comment(int line, int column, int endLine, int endColumn, String level,
      int code) {
    return "{\"file\":\"-\",\"line\":" + line + ",\"endLine\":" + endLine + ",\"column\":"
        + column + ",\"endColumn\":" + endColumn + ",\"level\":\"" + level + "\",\"code\":" + code
        + ",\"message\":\"m\",\"fix\":null}";
  }

  private static String comments(String... comments) {
    return "{\"comments\":[" + String.join(",", comments) + "]}";
  }

  private static Engine engine(Toolbox toolbox, Map<String, Object> options) {
    RuleSet rules = RuleSet.builder(new RuleRegistry(List.of(RULE)))
        .configure(RULE, RuleConfig.options(options)).build();
    return new Engine(rules, new EngineOptions(1, 1 << 20), toolbox);
  }

  private static Engine.FileOutcome lint(Engine engine, String path, String text) {
    FileKind kind = path.contains("Dockerfile") ? FileKind.DOCKERFILE : FileKind.GITHUB_WORKFLOW;
    return engine.lint(SourceFile.of(path, text), kind);
  }

  private static List<String> positions(Engine.FileOutcome outcome) {
    return outcome.findings().stream().map(f -> f.message() + "@" + f.span().start().line() + ":"
        + f.span().start().column() + "-" + f.span().end().line() + ":" + f.span().end().column())
        .toList();
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  @Test
  void shellcheckGetsTheMaskedScriptOnStdinAndNoFile() throws IOException {
    Path fake = fake(comments(), 0);
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        fake.toString(), "exclude", List.of("SC2086", "1091", " sc2154 ")));
    assertThat(lint(engine, "w.yml", WORKFLOW).notifications()).isEmpty();
    assertThat(read("args").lines()).containsExactly("--norc",
        "--format=json1", "--shell=bash", "--severity=style", "--exclude=SC1091,SC2086,SC2154",
        "-");
    assertThat(read("stdin")).isEqualTo("set -e\necho \"" + "_".repeat(17) + "\"\nrm -rf $dir\n");
  }

  @Test
  void positionsMapBackThroughABlockScalarAndDockerfileContinuations() throws IOException {
    // "rm -rf $dir" is ShellCheck's line 3 (after "set -e"), $dir at columns 8-12
    Path fake = fake(comments(comment(3, 8, 3, 12, "info", 2086),
        comment(2, 6, 3, 3, "warning", 2000)), 1);
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        fake.toString()));
    assertThat(positions(lint(engine, "w.yml", WORKFLOW)))
        .containsExactly("SC2000 warning@7:16-8:13", "SC2086 info@8:18-8:22");

    // RUN's script is "apt-get update \t&&  rm -rf $dir": one line for ShellCheck
    String dockerfile = "FROM debian:12\nRUN apt-get update \\\n\t&& \\\n  rm -rf $dir\n";
    Path run = fake(comments(comment(1, 29, 1, 33, "info", 2086)), 1);
    assertThat(read("out.json")).contains("2086");
    Engine docker = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        run.toString()));
    Engine.FileOutcome outcome = lint(docker, "Dockerfile", dockerfile);
    assertThat(read("stdin")).isEqualTo("apt-get update \t&&   rm -rf $dir");
    assertThat(positions(outcome)).containsExactly("SC2086 info@4:10-4:14");
  }

  @Test
  void excludedCodesLowLevelsAndPlaceholderChecksOnMaskedLinesAreDropped() throws IOException {
    Path fake = fake(comments(comment(2, 6, 2, 24, "warning", 2050),
        comment(3, 8, 3, 12, "warning", 2050), comment(3, 8, 3, 12, "info", 2154),
        comment(3, 8, 3, 12, "style", 2250), comment(1, 1, 1, 3, "error", 1000)), 1);
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        fake.toString(), "minimum-level", "info"));
    assertThat(positions(lint(engine, "w.yml", WORKFLOW)))
        .as("line 2 holds ${{ }}; 2154 is excluded; style is below info; line 1 is 'set -e'")
        .containsExactly("SC2050 warning@8:18-8:22");
  }

  @Test
  void aFailureOnOneScriptIsAWarningAndTheOtherScriptsAreStillChecked() throws IOException {
    // unreadable output for the first script, a comment on "make" for the second
    Files.writeString(dir.resolve("out.json"), comments(comment(2, 1, 2, 5, "info", 2086)));
    Path program = dir.resolve("shellcheck");
    Files.writeString(program, "#!/bin/bash\nIFS= read -r -d '' input\n"
        + "if [[ $input == *make* ]]; then printf '%s' \"$(< '" + dir + "/out.json')\"; "
        + "else printf 'not json'; fi\nexit 1\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        program.toString()));
    Engine.FileOutcome outcome = lint(engine, "w.yml", WORKFLOW + "      - run: make\n");
    assertThat(positions(outcome)).containsExactly("SC2086 info@9:14-9:18");
    assertThat(outcome.notifications()).extracting(Notification::message).containsExactly(
        "rule SH902: shellcheck printed output Plumbline cannot read (it is not JSON) on the "
            + "script at line 7; that script was not checked");
    assertThat(outcome.notifications()).allSatisfy(n -> {
      assertThat(n.level()).isEqualTo(Severity.WARNING);
      assertThat(n.path()).contains("w.yml");
      assertThat(n.ruleId()).contains("SH902");
      assertThat(n.isInternalError()).isFalse();
    });
  }

  @Test
  void anUnexpectedExitStatusIsAFailureWithTheFirstLineOfStderr() throws IOException {
    Path program = dir.resolve("shellcheck-broken");
    Files.writeString(program, "#!/bin/bash\nprintf 'bad option\\nusage...\\n' >&2\nexit 3\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        program.toString()));
    assertThat(lint(engine, "w.yml", WORKFLOW).notifications()).extracting(Notification::message)
        .containsExactly("rule SH902: shellcheck exited with status 3: bad option on the script "
            + "at line 7; that script was not checked");
  }

  @Test
  void aShellcheckThatHangsIsKilledAtTheTimeLimit() throws IOException {
    Path program = dir.resolve("shellcheck");
    Files.writeString(program, "#!/bin/bash\nwhile :; do :; done\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    Engine engine = engine(Toolbox.withTimeout(null, List.of(), Duration.ofMillis(200)),
        Map.of("executable", program.toString()));
    assertThat(lint(engine, "w.yml", WORKFLOW).notifications()).extracting(Notification::message)
        .containsExactly("rule SH902: shellcheck did not finish within 0.2 s on the script at "
            + "line 7; that script was not checked");
  }

  @Test
  void identicalScriptsAreCheckedOnce() throws IOException {
    Path fake = fake(comments(comment(2, 1, 2, 5, "info", 2086)), 1);
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        fake.toString()));
    String twice = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n"
        + "      - run: make\n";
    assertThat(positions(lint(engine, "w.yml", twice)))
        .containsExactly("SC2086 info@6:14-6:18", "SC2086 info@7:14-7:18");
    assertThat(read("calls")).isEqualTo("x");
  }

  @Test
  void aMissingOrMisconfiguredProgramIsWarnedAboutOncePerRun() throws IOException {
    Path a = dir.resolve("repo/.github/workflows/a.yml");
    Files.createDirectories(a.getParent());
    Files.writeString(a, WORKFLOW);
    Files.writeString(a.resolveSibling("b.yml"), WORKFLOW);
    List<DiscoveredFile> files = List.of(
        new DiscoveredFile(a, ".github/workflows/a.yml", ".github/workflows/a.yml", false),
        new DiscoveredFile(a.resolveSibling("b.yml"), ".github/workflows/b.yml",
            ".github/workflows/b.yml", false));
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        "/no/such/shellcheck", "exclude", List.of("SC20x"), "minimum-level", "loud"));
    LintResult result = engine.run(files, List.of());
    assertThat(result.notifications()).extracting(Notification::message).containsExactly(
        "rule SH902: 'SC20x' is not a ShellCheck code such as SC2086; it is not excluded",
        "rule SH902: 'loud' is not a ShellCheck level (error, warning, info, style); every "
            + "level is reported",
        "rule SH902: the configured shellcheck '/no/such/shellcheck' is not an executable file; "
            + "the rule reports nothing");
    assertThat(result.notifications()).allSatisfy(n -> assertThat(n.path()).isEmpty());
  }

  @Test
  void withoutShellcheckOnThePathTheRuleIsSilentAndSaidToBeInactive() throws IOException {
    Path fake = fake(comments(comment(3, 8, 3, 12, "info", 2086)), 1);
    Toolbox empty = Toolbox.fromPath(dir.resolve("nothing-here").toString(), List.of());
    Engine.FileOutcome outcome = lint(engine(empty, Map.of()), "w.yml", WORKFLOW);
    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.notifications()).isEmpty();
    assertThat(empty.inactiveReason(RULE)).contains("shellcheck not found on PATH");

    Toolbox withFake = Toolbox.fromPath(dir.toString(), List.of());
    assertThat(withFake.inactiveReason(RULE)).isEmpty();
    assertThat(lint(engine(withFake, Map.of()), "w.yml", WORKFLOW).findings()).hasSize(1);
    assertThat(Toolbox.none().inactiveReason(RULE)).isPresent();
    assertThat(withFake.inactiveReason(new RuleDescriptor(NoTool.class))).isEmpty();
  }

  @Test
  void anEngineWithoutAToolboxRunsNothing() throws IOException {
    Path fake = fake(comments(comment(3, 8, 3, 12, "info", 2086)), 1);
    RuleSet rules = RuleSet.builder(new RuleRegistry(List.of(RULE)))
        .configure(RULE, RuleConfig.options(Map.of("executable", fake.toString()))).build();
    Engine plain = new Engine(rules, new EngineOptions(1, 1 << 20));
    Engine.FileOutcome outcome = lint(plain, "w.yml", WORKFLOW);
    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.notifications()).isEmpty();
    assertThat(dir.resolve("calls")).doesNotExist();
  }

  @Test
  void aShellcheckAmongTheScannedFilesIsRefused() throws IOException {
    Path fake = fake(comments(comment(3, 8, 3, 12, "info", 2086)), 1);
    Engine engine = engine(Toolbox.fromPath(null, List.of(dir)), Map.of("executable",
        fake.toString()));
    Engine.FileOutcome outcome = lint(engine, "w.yml", WORKFLOW);
    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.notifications()).singleElement().extracting(Notification::message)
        .asString().contains("is refused: it lies among the scanned files");
    assertThat(dir.resolve("calls")).doesNotExist();
  }

  @Rule(id = "SH903", name = "no-tool", platform = Platform.SCRIPT, severity = Severity.NOTE,
      summary = "Needs nothing")
  public static final class NoTool implements ScriptRule {
    @Override
    public void visitScript(Script script, RuleContext ctx) {}
  }
}
