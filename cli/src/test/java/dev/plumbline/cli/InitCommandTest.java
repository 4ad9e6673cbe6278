package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.config.ConfigLoader;
import dev.plumbline.core.engine.config.FailOn;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

  @TempDir
  Path dir;

  private static Config load(String text, Path file) {
    return new ConfigLoader(RuleRegistry.load()).parse(SourceFile.of(".plumbline.yml", text),
        file);
  }

  @Test
  void writesTheStarterConfigurationIntoTheWorkingDirectory() throws IOException {
    CliRun run = CliRun.in(dir, "init");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("Wrote .plumbline.yml.\n");
    assertThat(run.stderr()).isEmpty();
    String written = Files.readString(dir.resolve(".plumbline.yml"), StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(StarterConfig.TEXT)
        .startsWith("# yaml-language-server: $schema=https://plumbline.dev/schema/")
        .doesNotContain("\r");
  }

  @Test
  void theStarterConfigurationIsValidAndChangesOnlyFailOn() {
    Config config = load(StarterConfig.TEXT, dir.resolve(".plumbline.yml"));

    assertThat(config.failOn()).contains(FailOn.DEFAULT);
    assertThat(config.exclude()).isEmpty();
    assertThat(config.rules()).isEmpty();
    assertThat(config.overrides()).isEmpty();
  }

  @Test
  void itsCommentedExamplesAreValidOnceUncommented() {
    String uncommented = StarterConfig.TEXT.replaceAll("(?m)^( +)# ", "$1");

    Config config = load(uncommented, dir.resolve(".plumbline.yml"));

    assertThat(config.exclude()).containsExactly("vendor/", "**/testdata/");
    assertThat(config.rules()).containsExactly(
        Map.entry("GHA006", RuleConfig.severity(Severity.ERROR)),
        Map.entry("GHA002", RuleConfig.severity(Severity.WARNING)),
        Map.entry("GHA001", new RuleConfig(Optional.of(true), Optional.of(Severity.WARNING),
            Map.of("trusted-owners", List.of("actions", "github", "my-org")))));
    assertThat(config.overrides()).containsExactly(new Config.FileOverride(
        List.of(".github/workflows/experimental-*.yml"),
        Map.of("GHA001", RuleConfig.severity(Severity.NOTE))));
    assertThat(config.limits()).as("the limits shown are the defaults").isEqualTo(Limits.DEFAULT);
  }

  @Test
  void anExistingConfigurationIsKeptUnlessForced() throws IOException {
    Path existing = Files.writeString(dir.resolve(".plumbline.yaml"), "fail-on: error\n");

    CliRun refused = CliRun.in(dir, "init");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.stderr()).isEqualTo(
        "plumbline: .plumbline.yaml already exists; pass --force to overwrite it\n");
    assertThat(Files.readString(existing)).isEqualTo("fail-on: error\n");
    assertThat(dir.resolve(".plumbline.yml")).doesNotExist();

    CliRun forced = CliRun.in(dir, "init", "--force");

    assertThat(forced.exitCode()).isZero();
    assertThat(forced.stdout()).isEqualTo("Wrote .plumbline.yaml.\n");
    assertThat(Files.readString(existing)).isEqualTo(StarterConfig.TEXT);
  }

  @Test
  void writesIntoTheDirectoryGiven() throws IOException {
    Files.createDirectories(dir.resolve("repo"));

    CliRun run = CliRun.in(dir, "init", "repo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("Wrote repo/.plumbline.yml.\n");
    assertThat(dir.resolve("repo/.plumbline.yml")).hasContent(StarterConfig.TEXT);
    assertThat(dir.resolve(".plumbline.yml")).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    CliRun run = CliRun.in(dir, "init", "no/such");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("plumbline: no such directory: no/such\n");
  }

  @Test
  void checkRunsWithTheStarterConfiguration() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Path workflow = dir.resolve(".github/workflows/ci.yml");
    Files.createDirectories(workflow.getParent());
    Files.writeString(workflow, """
        on: push
        permissions: {}
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: make test
            timeout-minutes: 10
        """);
    assertThat(CliRun.in(dir, "init").exitCode()).isZero();

    CliRun run = CliRun.in(dir, ".");

    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo("No findings (1 file linted).\n");
    assertThat(run.exitCode()).isZero();
  }
}
