package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a pipe's status decides something, and whether pipefail is on at that point. */
class PipeWithoutPipefailTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR020", lines);
  }

  @Test
  void thePipeIsReportedAtItsBarNamingBothSides() {
    assertThat(findings("FROM alpine:3.20", "RUN wget -qO- https://x/a.tgz | tar -xz"))
        .containsExactly("2:31 if 'wget' fails, this pipe still succeeds when 'tar' does: the "
            + "POSIX shell runs it without pipefail");
  }

  @Test
  void pipefailCountsFromWhereItIsSetUntilItIsUnset() {
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-c\"]",
        "RUN set -o pipefail && curl -s https://x | tar -x")).isEmpty();
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-c\"]",
        "RUN curl -s https://x | tar -x && set -o pipefail")).hasSize(1);
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-c\"]",
        "RUN set -euo pipefail; set +o pipefail; curl -s https://x | tar -x")).hasSize(1);
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-c\"]",
        "RUN (set -o pipefail); curl -s https://x | tar -x")).hasSize(1);
  }

  @Test
  void theShellInstructionGivesTheStartOptionsOfItsStage() {
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]",
        "RUN curl -s https://x | tar -x")).isEmpty();
    assertThat(findings("FROM debian:12", "SHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]",
        "FROM debian:12", "RUN curl -s https://x | tar -x")).hasSize(1);
  }

  @Test
  void aPipeWhoseStatusNothingReadsIsNotReported() {
    assertThat(findings("FROM alpine:3.20",
        "RUN wget -qO- https://x | tee /tmp/x; echo done",
        "RUN echo \"$(wget -qO- https://x | head -n 1)\" > /etc/x",
        "RUN if wget -qO- https://x | tar -t; then echo ok; fi",
        "RUN ! wget -qO- https://x | tar -t")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "RUN set -e; wget -qO- https://x | tee /x; echo ok"))
        .hasSize(1);
    assertThat(findings("FROM alpine:3.20", "RUN v=\"$(wget -qO- https://x | head -n 1)\"; "
        + "echo \"$v\"")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "RUN v=\"$(wget -qO- https://x | head -n 1)\" "
        + "&& echo \"$v\"")).hasSize(1);
    assertThat(findings("FROM alpine:3.20", "RUN { wget -qO- https://x | tar -x; } && echo ok"))
        .hasSize(1);
  }

  @Test
  void commandsThatCannotFailOrAReaderThatFailsOnNoInputLoseNothing() {
    assertThat(findings("FROM alpine:3.20",
        "RUN echo a | tee /a && printf 'b' | tee /b && yes | /usr/bin/setup",
        "RUN { echo a; echo b; } | tee /ab",
        "RUN sha256sum /x | grep -q 0123",
        "RUN grep ' x.tgz$' SUMS | sha256sum -c -")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "RUN wget -qO- https://x | grep -v '^#' > /x"))
        .hasSize(1);
    assertThat(findings("FROM alpine:3.20", "RUN echo a | wget -qO- https://x | tar -x"))
        .singleElement().asString().contains("if 'wget' fails");
  }

  @Test
  void theMessageCountsTheOtherPipesOfTheRun() {
    assertThat(findings("FROM alpine:3.20",
        "RUN wget -qO- https://x | tar -x && wget -qO- https://y | tar -x && a | b"))
        .singleElement().asString().endsWith("(2 more such pipes in this RUN)");
  }

  @Test
  void anOnbuildRunAndAHereDocumentAreRead() {
    assertThat(findings("FROM alpine:3.20", "ONBUILD RUN wget -qO- https://x | tar -x"))
        .singleElement().asString().startsWith("2:33 ");
    assertThat(findings("FROM alpine:3.20", "RUN <<EOF", "wget -qO- https://x | tar -x", "EOF"))
        .singleElement().asString().startsWith("3:21 ");
  }
}
