package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which images are single-stage, which packages are build tools and which stay installed. */
class SingleStageBuildToolsTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR026", lines);
  }

  @Test
  void buildsOfEachToolchainAreFound() {
    assertThat(findings("FROM maven:3-eclipse-temurin-21", "RUN ./mvnw -B -q package",
        "CMD [\"java\", \"-jar\", \"/app.jar\"]")).containsExactly("2:5 './mvnw -B -q package' "
        + "builds in a single-stage image: the toolchain it needs ships with the result");
    assertThat(findings("FROM node:20", "RUN npm ci && npm run build", "CMD [\"node\", \"s.js\"]"))
        .singleElement().asString().startsWith("2:15 'npm run build'");
    assertThat(findings("FROM eclipse-temurin:21", "RUN ./gradlew --no-daemon bootJar",
        "CMD [\"java\", \"-jar\", \"/app.jar\"]")).hasSize(1);
  }

  @Test
  void packageNamesOfEachFamilyAreKnown() {
    assertThat(findings("FROM rockylinux:9", "RUN dnf -y groupinstall \"Development Tools\"",
        "CMD [\"/app\"]")).singleElement().asString()
        .startsWith("2:25 build tool 'Development Tools'");
    assertThat(findings("FROM debian:12", "RUN apt-get install -y gcc-12=12.2.0-14 libc-dev",
        "CMD [\"/app\"]")).singleElement().asString().contains("'gcc-12'");
    assertThat(findings("FROM debian:12", "RUN apt-get install -y gcc-doc libgcc-s1",
        "CMD [\"/app\"]")).isEmpty();
  }

  @Test
  void theAptMarkIdiomRemovesWhatTheRunInstalled() {
    assertThat(findings("FROM debian:12",
        "RUN saved=\"$(apt-mark showmanual)\"; apt-get install -y gcc make; make install; "
            + "apt-mark auto '.*' > /dev/null; apt-mark manual $saved; "
            + "apt-get purge -y --auto-remove", "CMD [\"/app\"]")).isEmpty();
  }

  @Test
  void takingFilesFromAnotherStageMakesItAMultiStageBuild() {
    assertThat(findings("FROM golang:1.22 AS build", "RUN go build -o /app .",
        "FROM golang:1.22", "RUN --mount=from=build,source=/app,target=/x cp /x /app",
        "RUN go build ./tools", "CMD [\"/app\"]")).isEmpty();
    assertThat(findings("FROM golang:1.22", "COPY --from=ghcr.io/x/tool:1 /tool /tool",
        "RUN go build -o /app .", "CMD [\"/app\"]")).hasSize(1);
  }
}
