package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cds of a RUN move the build around, and which stay scoped. */
class CdInsteadOfWorkdirTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR007", lines);
  }

  @Test
  void aCdFollowedBySeveralCommandsIsReportedAtTheCdWithItsDirectory() {
    assertThat(findings("FROM alpine:3.20", "RUN cd /src && ./configure && make"))
        .containsExactly("2:5 'cd /src' moves the rest of this RUN to another directory, out of "
            + "sight of the WORKDIR the Dockerfile states");
  }

  @Test
  void aCdThatEndsTheRunChangesNothing() {
    assertThat(findings("FROM alpine:3.20", "RUN mkdir -p /app && cd /app"))
        .singleElement().asString().startsWith("2:22 'cd /app' is the last thing this RUN does");
  }

  @Test
  void onlyTheFirstCdOfARunIsReported() {
    assertThat(findings("FROM alpine:3.20", "RUN cd /a && make && cd /b && make")).hasSize(1);
  }

  @Test
  void scopedCdsAreNotReported() {
    assertThat(findings("FROM alpine:3.20",
        "RUN (cd /src && make) && make install",
        "RUN v=\"$(cd /src && git describe)\" && echo \"$v\"",
        "RUN cd /src && make",
        "RUN cd - && make && make install")).isEmpty();
  }

  @Test
  void aScratchFolderThatTheRunRemovesAndTheWayBackOutAreNotReported() {
    assertThat(findings("FROM alpine:3.20",
        "RUN tar -xf /tmp/x.tgz -C /tmp && cd /tmp/x-1.0 && ./configure && make install "
            + "&& cd .. && rm -rf /tmp/x-1.0",
        "RUN tar -xf app.tgz && cd app-1.0 && make && make install && cd .. && rm -rf app-1.0",
        "RUN cd \"$(mktemp -d)\" && wget -q https://example.com/x.tgz && tar -xf x.tgz",
        "RUN mkdir /tmp/b && cd /tmp/b && make -f /src/Makefile && make install && rm -rf /tmp/*"))
        .isEmpty();
  }

  @Test
  void aCdBackToTheWorkdirIsNotReported() {
    assertThat(findings("FROM alpine:3.20", "WORKDIR /srv",
        "RUN (cd /opt && make) && cd /srv && make check && make install")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "WORKDIR /srv", "WORKDIR app",
        "RUN make && cd /srv/app && make check && make install")).isEmpty();
  }

  @Test
  void pushdCountsAsCdAndSudoIsSeenThrough() {
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-c\"]",
        "RUN pushd /src && make && make install")).singleElement().asString()
        .startsWith("3:5 'pushd /src' moves");
    assertThat(findings("FROM debian:12", "RUN builtin cd /src && make && make install"))
        .singleElement().asString().startsWith("2:13 'cd /src'");
  }

  @Test
  void aCdInAHereDocumentIsReportedOnItsLine() {
    assertThat(findings("FROM alpine:3.20", "RUN <<EOF", "set -e", "cd /src", "make",
        "make install", "EOF")).containsExactly("4:1 'cd /src' moves the rest of this RUN to "
        + "another directory, out of sight of the WORKDIR the Dockerfile states");
  }
}
