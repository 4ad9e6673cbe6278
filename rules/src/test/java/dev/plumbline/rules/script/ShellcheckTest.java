package dev.plumbline.rules.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.rules.InstalledTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * SH011 with a stand-in {@code shellcheck} (a bash script of bash's own commands that prints
 * canned output), and with the real one where it is installed.
 */
class ShellcheckTest {

  private static final RuleDescriptor RULE = new RuleDescriptor(Shellcheck.class);

  @TempDir
  Path dir;

  private static Engine engine(Toolbox toolbox, Map<String, Object> options) {
    RuleSet rules = RuleSet.builder(new RuleRegistry(List.of(RULE)))
        .configure(RULE, RuleConfig.options(options)).build();
    return new Engine(rules, new EngineOptions(1, 1 << 20), toolbox);
  }

  private static List<Finding> lint(Engine engine, String path, String text) {
    FileKind kind = path.contains("Dockerfile") ? FileKind.DOCKERFILE : FileKind.GITHUB_WORKFLOW;
    Engine.FileOutcome outcome = engine.lint(SourceFile.of(path, text), kind);
    assertThat(outcome.notifications()).isEmpty();
    return outcome.findings();
  }

  private static List<String> summary(List<Finding> findings) {
    return findings.stream().map(f -> f.message().substring(0, 6) + " " + f.severity().label()
        + "@" + f.span().start().line() + ":" + f.span().start().column() + "-"
        + f.span().end().line() + ":" + f.span().end().column()).toList();
  }

  /** A stand-in shellcheck that prints these comments on every script and records its input. */
  private Path fake(String... comments) throws IOException {
    Files.writeString(dir.resolve("out.json"),
        "{\"comments\":[" + String.join(",", comments) + "]}");
    Path program = dir.resolve("shellcheck");
    Files.writeString(program, "#!/bin/bash\n"
        + "printf '%s\\n' \"$@\" > '" + dir + "/args'\n"
        + "IFS= read -r -d '' input\n"
        + "printf '%s' \"$input\" > '" + dir + "/stdin'\n"
        + "printf '%s' \"$(< '" + dir + "/out.json')\"\n"
        + "exit 1\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return program;
  }

  private static String comment(int line, int column, int endColumn, String level, int code,
      String message) {
    return "{\"file\":\"-\",\"line\":" + line + ",\"endLine\":" + line + ",\"column\":" + column
        + ",\"endColumn\":" + endColumn + ",\"level\":\"" + level + "\",\"code\":" + code
        + ",\"message\":\"" + message + "\",\"fix\":null}";
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void levelsBecomeSeveritiesAndMessagesNameTheCode() throws IOException {
    Path fake = fake(comment(2, 1, 3, "error", 1072, "Unexpected keyword."),
        comment(2, 1, 3, "warning", 2164, "Use 'cd ... || exit'."),
        comment(2, 1, 3, "info", 2086, "Double quote to prevent globbing."),
        comment(2, 1, 3, "style", 2006, "Use $(...) notation instead of legacy backticks `...`."),
        comment(2, 1, 3, "warning", 2154, "x is referenced but not assigned."),
        comment(2, 1, 3, "warning", 3043, "In POSIX sh, 'local' is undefined."));
    List<Finding> findings = lint(engine(Toolbox.fromPath(null, List.of()),
        Map.of("executable", fake.toString())), "w.yml",
        "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ls\n");
    assertThat(findings).extracting(f -> f.severity() + " " + f.message())
        .containsExactlyInAnyOrder(
            "ERROR SC1072: Unexpected keyword",
            "WARNING SC2164: Use 'cd ... || exit'",
            "NOTE SC2086: Double quote to prevent globbing",
            "NOTE SC2006: Use $(...) notation instead of legacy backticks `...`");
    assertThat(findings).filteredOn(f -> f.message().startsWith("SC2086")).singleElement()
        .extracting(Finding::hint).isEqualTo(
            Optional.of("see https://www.shellcheck.net/wiki/SC2086"));
    assertThat(Files.readString(dir.resolve("args")))
        .as("the default exclusions go to shellcheck too")
        .contains("--exclude=SC1090,SC1091,SC2153,SC2154,SC3043\n");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void positionsMapBackThroughAFoldedScalarAndADockerfileHeredoc() throws IOException {
    // a folded scalar joins its lines: "echo a rm -rf $dir\n"; $dir is at column 15
    Path fake = fake(comment(2, 15, 19, "info", 2086, "Double quote."));
    Engine engine = engine(Toolbox.fromPath(null, List.of()), Map.of("executable",
        fake.toString()));
    String workflow = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: >\n"
        + "          echo a\n          rm -rf $dir\n";
    assertThat(summary(lint(engine, "w.yml", workflow))).containsExactly("SC2086 note@8:18-8:22");
    assertThat(Files.readString(dir.resolve("stdin"))).isEqualTo("set -e\necho a rm -rf $dir\n");

    fake(comment(2, 8, 12, "info", 2086, "Double quote."));
    String dockerfile = "FROM alpine:3\nRUN <<EOF\nset -e\nrm -rf $dir\nEOF\n";
    assertThat(summary(lint(engine, "Dockerfile", dockerfile)))
        .containsExactly("SC2086 note@4:8-4:12");
    assertThat(Files.readString(dir.resolve("args"))).contains("--shell=sh\n");
  }

  @Test
  void withRealShellcheckWorkflowScriptsAreCheckedInTheirDialect() {
    InstalledTools.assumeAvailable(RULE);
    String workflow = """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  cd build
                  echo "é😀" $OUT
              - shell: sh
                run: |
                  [[ -n "${{ github.sha }}" ]] && echo ok
        """;
    // GitHub's bash runs with -e: a failing cd stops it, so SC2164 is not reported; the
    // placeholder of ${{ }} is not reported as a constant (SC2157)
    assertThat(summary(lint(engine(InstalledTools.toolbox(), Map.of()), "w.yml", workflow)))
        .containsExactly("SC2086 note@8:21-8:25", "SC3010 warning@11:11-11:39");
  }

  @Test
  void withRealShellcheckDockerfileContinuationsAndTabsKeepTheirPlaces() {
    InstalledTools.assumeAvailable(RULE);
    String dockerfile = "FROM debian:12\n"
        + "RUN set -eux; \\\n"
        + "\tcd /src; \\\n"
        + "# a comment inside the instruction\n"
        + "\tmake $TARGETS\n"
        + "RUN cd /src; make\n";
    assertThat(summary(lint(engine(InstalledTools.toolbox(), Map.of()), "Dockerfile",
        dockerfile))).containsExactly("SC2086 note@5:7-5:15", "SC2164 warning@6:5-6:12");
  }
}
