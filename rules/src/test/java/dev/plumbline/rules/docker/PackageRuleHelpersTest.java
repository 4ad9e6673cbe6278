package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.ShellScript;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers the package manager rules share: options, versions, paths and stages. */
class PackageRuleHelpersTest {

  private static Command command(String text) {
    return ShellScript.parse(text).commands().get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      apt-get install x                                 | false
      apt-get -y install x                              | true
      apt-get install --yes x                           | true
      apt-get --assume-yes install x                    | true
      apt-get -qy install x                             | true
      apt-get -q install x                              | false
      apt-get --quiet install x                         | false
      apt-get -qq install x                             | true
      apt-get -q -q install x                           | true
      apt-get --quiet --quiet install x                 | true
      apt-get -q=2 install x                            | true
      apt-get --quiet=1 install x                       | false
      apt-get -tjammy install x                         | false
      apt-get -oq install x                             | false
      apt-get install -- -y                             | false
      DEBIAN_FRONTEND=noninteractive apt-get install x  | false
      """)
  void aptAnswersYes(String text, boolean expected) {
    assertThat(AptGetMissingYes.assumesYes(command(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      APT    | curl                      | false
      APT    | curl=7.88.1-10            | true
      APT    | curl=7.*                  | true
      APT    | curl/bookworm-backports   | false
      APK    | curl                      | false
      APK    | curl=8.9.1-r0             | true
      APK    | curl~8.9                  | true
      APK    | curl>8                    | true
      APK    | curl@edge                 | false
      RPM    | nginx                     | false
      RPM    | nginx-1.24.0              | true
      RPM    | python3-3.12.4-1.fc40     | true
      RPM    | nginx-2:1.24.0-1.el9      | true
      RPM    | java-17-openjdk           | false
      RPM    | java-1.8.0-openjdk-devel  | false
      RPM    | python3-devel             | false
      RPM    | gcc-c++                   | false
      """)
  void versions(PackageManager.Family family, String pkg, boolean pinned) {
    assertThat(UnpinnedOsPackages.pinned(family, pkg)).isEqualTo(pinned);
  }

  @ParameterizedTest(name = "{0} covers {1} -> {2}")
  @CsvSource({"/var/lib/apt/lists/*, /var/lib/apt/lists, true",
      "/var/lib/apt/lists, /var/lib/apt/lists, true",
      "/var/lib/apt/lists/, /var/lib/apt/lists, true",
      "/var/lib/apt, /var/lib/apt/lists, true",
      "/var/lib/apt/*, /var/lib/apt/lists, true",
      "/var/lib/apt/lists/partial, /var/lib/apt/lists, false",
      "/var/lib/ap, /var/lib/apt/lists, false",
      "/, /var/lib/apt/lists, false",
      "/*, /var/lib/apt/lists, false",
      "var/lib/apt/lists, /var/lib/apt/lists, false"})
  void pathCoversDirectory(String path, String dir, boolean expected) {
    assertThat(LayerCleanup.covers(path, dir)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      yes | apt-get install x             ; true
      yes y | apt-get install x           ; true
      yes n | apt-get install x           ; false
      echo y | yum install x              ; true
      printf 'Y\\n' | zypper install x   ; true
      echo n | apt-get install x          ; false
      cat list | apt-get install x        ; false
      apt-get install x | tee log         ; false
      apt-get install x                   ; false
      """)
  void answersThroughPipe(String text, boolean expected) {
    Run run = Dockerfile.parse(SourceFile.of("Dockerfile", "FROM debian\nRUN " + text + "\n"))
        .instructions(Run.class).get(0);
    List<PackageCommand> commands = PackageCommand.in(run.script().orElseThrow());
    assertThat(commands).hasSize(1);
    assertThat(commands.get(0).answeredThroughPipe()).isEqualTo(expected);
  }

  @Test
  void builderStagesThatAreOnlyCopiedFromAreNotShipped() {
    Dockerfile df = Dockerfile.parse(SourceFile.of("Dockerfile", """
        FROM debian AS base
        FROM base AS build
        FROM alpine AS tools
        FROM base AS dev
        FROM base AS cached
        FROM base AS test
        RUN --mount=type=bind,from=cached,target=/c true
        FROM alpine
        COPY --from=build /out /out
        COPY --from=tools /bin/tool /bin/tool
        COPY --from=test /report /report
        """));
    List<Stage> stages = df.stages();
    // base is shipped through dev, which nothing refers to (a --target)
    assertThat(stages).extracting(ShippedStages::ships)
        .containsExactly(true, false, false, true, false, false, true);
  }
}
