package dev.plumbline.core.engine.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Programs here are bash scripts that use bash's own commands only. */
@DisabledOnOs(OS.WINDOWS)
class BoundedProcessTest {

  @TempDir
  Path dir;

  private List<String> script(String body) throws IOException {
    Path p = dir.resolve("program");
    Files.writeString(p, "#!/bin/bash\n" + body);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return List.of(p.toString());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void givesTheInputOnStdinAndReturnsWhatTheProgramPrinted() throws Exception {
    List<String> echo = script("IFS= read -r -d '' input\nprintf 'got:%s' \"$input\"\n"
        + "printf 'oops' >&2\nexit 1\n");
    BoundedProcess.Result result = BoundedProcess.run(echo, utf8("é\nline two\n"),
        Duration.ofSeconds(20), 1000);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(new String(result.stdout(), StandardCharsets.UTF_8))
        .isEqualTo("got:é\nline two\n");
    assertThat(result.stderr()).isEqualTo("oops");
  }

  @Test
  void runsWithAnEmptyEnvironmentInTheTemporaryDirectory() throws Exception {
    List<String> env = script("printf '%s|' \"$PWD\" \"${SHELLCHECK_OPTS-unset}\" "
        + "\"${HOME-unset}\"\n");
    BoundedProcess.Result result = BoundedProcess.run(env, new byte[0], Duration.ofSeconds(20),
        1000);
    String out = new String(result.stdout(), StandardCharsets.UTF_8);
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    assertThat(Path.of(out.split("\\|")[0]).toRealPath()).isEqualTo(tmp);
    assertThat(out).endsWith("|unset|unset|");
  }

  @Test
  void aLargeInputThatIsNotReadDoesNotBlock() throws Exception {
    BoundedProcess.Result result = BoundedProcess.run(script("printf '{}'\n"),
        new byte[1 << 20], Duration.ofSeconds(20), 1000);
    assertThat(new String(result.stdout(), StandardCharsets.UTF_8)).isEqualTo("{}");
  }

  @Test
  void aProgramThatRunsTooLongIsKilled() throws Exception {
    List<String> forever = script("while :; do :; done\n");
    long start = System.nanoTime();
    assertThatThrownBy(() -> BoundedProcess.run(forever, new byte[0], Duration.ofMillis(300),
        1000)).isInstanceOf(ToolFailure.class).hasMessage("did not finish within 0.3 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aProgramThatPrintsTooMuchIsStopped() throws Exception {
    List<String> chatty = script("while :; do printf 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; done\n");
    assertThatThrownBy(() -> BoundedProcess.run(chatty, new byte[0], Duration.ofSeconds(20),
        4096)).isInstanceOf(ToolFailure.class).hasMessage("printed more than 4096 bytes");
  }

  @Test
  void aProgramThatCannotStartIsAFailure() {
    assertThatThrownBy(() -> BoundedProcess.run(List.of(dir.resolve("none").toString()),
        new byte[0], Duration.ofSeconds(5), 10))
        .isInstanceOf(ToolFailure.class).hasMessageStartingWith("could not be started");
  }
}
