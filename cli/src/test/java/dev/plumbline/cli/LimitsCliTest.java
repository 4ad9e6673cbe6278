package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits as the user sets them: in the configuration and with --max-file-size. */
class LimitsCliTest {

  @TempDir
  Path repo;

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void theOptionIsDocumentedAndChecked() throws IOException {
    write("Dockerfile", "FROM ubuntu:latest\n");

    assertThat(CliRun.in(repo, "--help").stdout()).contains("--max-file-size=SIZE");
    CliRun bad = CliRun.in(repo, "--max-file-size", "lots", ".");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stdout()).isEmpty();
    assertThat(bad.stderr()).isEqualTo("plumbline: --max-file-size must be a size from 1 byte to "
        + "1 GB, such as 10MB (a number of bytes, or a whole number with KB, MB or GB), not "
        + "'lots' (see 'plumbline --help')\n");
    CliRun small = CliRun.in(repo, "--max-file-size", "10", ".");
    assertThat(small.exitCode()).isZero();
    assertThat(small.stderr()).isEqualTo("plumbline: warning: Dockerfile: skipped: the file is "
        + "19 bytes, over the 10 bytes limit (limit max-file-size).\n");
  }

  @Test
  void aLimitThatIsNotValidStopsTheRunLikeAnyConfigurationMistake() throws IOException {
    write("Dockerfile", "FROM ubuntu:latest\n");
    write(".plumbline.yml", "limits:\n  max-files: many\n");

    CliRun run = CliRun.in(repo, ".");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).isEqualTo("plumbline: error: .plumbline.yml:2:14: 'max-files' must "
        + "be a whole number from 1 to 2,147,483,647, not the string 'many'\n");
  }

  @Test
  void yamlLimitsComeFromTheConfiguration() throws IOException {
    write(".github/workflows/ci.yml", "on: push\njobs: [[[[x]]]]\n");
    write(".plumbline.yml", "limits:\n  max-yaml-depth: 3\n");

    CliRun run = CliRun.in(repo, "--no-color", ".");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).contains(".github/workflows/ci.yml:2:9: error[GHA000] nesting is "
        + "deeper than 3 levels (limit max-yaml-depth)");
  }
}
