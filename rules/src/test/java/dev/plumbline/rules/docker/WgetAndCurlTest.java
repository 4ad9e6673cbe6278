package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which uses of curl and wget count for the image. */
class WgetAndCurlTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR034", lines);
  }

  @Test
  void theSecondToolIsReportedAtItsFirstUse() {
    assertThat(findings("FROM alpine:3.20", "RUN wget -q https://x/a", "RUN curl -fsO https://x/b",
        "RUN wget -q https://x/c", "CMD [\"/app\"]"))
        .containsExactly("3:5 'curl' is used here while 'wget' is used at line 2: the image "
            + "carries two download tools");
  }

  @Test
  void aShellFormHealthcheckIsAUse() {
    assertThat(findings("FROM alpine:3.20", "RUN wget -q https://x/a",
        "HEALTHCHECK CMD   curl -fs http://localhost/ || exit 1", "CMD [\"/app\"]"))
        .singleElement().asString().startsWith("3:19 'curl' is used here");
  }

  @Test
  void buildStagesFallbacksAndRemovedToolsDoNotCount() {
    assertThat(findings("FROM alpine:3.20 AS fetch", "RUN wget -q https://x/a",
        "FROM alpine:3.20", "RUN curl -fsO https://x/b", "CMD [\"/app\"]")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "RUN curl -fsO https://x/b || wget -q https://x/b",
        "RUN which curl && curl -fsO https://x/c", "CMD [\"/app\"]")).isEmpty();
    assertThat(findings("FROM debian:12", "RUN apt-get install -y curl && curl -fsO https://x/b "
        + "&& apt-get purge -y curl", "RUN wget -q https://x/c", "CMD [\"/app\"]")).isEmpty();
  }

  @Test
  void toolboxImagesAndDevelopmentContainersAreLeftAlone() {
    assertThat(findings("FROM alpine:3.20", "RUN apk add --no-cache curl wget")).isEmpty();
    assertThat(DockerLint.findings("DKR034", Map.of(), ".devcontainer/Dockerfile", null,
        "FROM alpine:3.20", "RUN apk add --no-cache curl wget", "CMD [\"sleep\", \"infinity\"]"))
        .isEmpty();
  }
}
