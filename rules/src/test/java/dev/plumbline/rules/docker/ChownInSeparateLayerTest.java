package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the paths of COPY and of chown are resolved and compared. */
class ChownInSeparateLayerTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR029", lines);
  }

  @Test
  void relativePathsResolveAgainstTheWorkdir() {
    assertThat(findings("FROM node:20", "WORKDIR /srv", "WORKDIR app", "COPY src ./src",
        "RUN chown -R node /srv/app")).containsExactly("5:19 'chown -R node /srv/app' changes "
        + "the owner of what COPY wrote to /srv/app/src at line 4: the layer of this RUN stores "
        + "those files a second time");
    assertThat(findings("FROM node:20", "WORKDIR /srv/app", "COPY src/ /srv/app/src/",
        "RUN chown -R node:node ./src/")).hasSize(1);
  }

  @Test
  void variablesResolveToWhatEnvAndArgSetOrCompareAsWritten() {
    assertThat(findings("FROM alpine:3.20", "ARG HOME_DIR=/home/app", "ENV APP=${HOME_DIR}/srv",
        "COPY app /home/app/srv", "RUN chown -R app \"${APP}\"")).hasSize(1);
    assertThat(findings("FROM alpine:3.20", "COPY app $TARGET_DIR/",
        "RUN chown -R app ${TARGET_DIR}")).hasSize(1);
    assertThat(findings("FROM alpine:3.20", "COPY app $TARGET_DIR/",
        "RUN chown -R app $OTHER_DIR")).isEmpty();
  }

  @Test
  void pathsThatCannotBeKnownOrCoverEverythingAreNotCompared() {
    assertThat(findings("FROM alpine:3.20", "COPY app /app",
        "RUN cd /app && chown -R app data",
        "RUN chown -R app ~/app",
        "RUN chown -R app /",
        "RUN chown app /app",
        "RUN mkdir /app2 && chown -R app /app2")).isEmpty();
    assertThat(findings("FROM alpine:3.20", "COPY rootfs/ /", "RUN chown -R app /etc/app"))
        .isEmpty();
  }

  @Test
  void onlyCopiesOfTheSameStageCount() {
    assertThat(findings("FROM alpine:3.20 AS base", "COPY app /app", "FROM base",
        "RUN chown -R app /app")).isEmpty();
  }

  @Test
  void theReferenceFormTakesEveryOperandAsAPath() {
    assertThat(findings("FROM alpine:3.20", "COPY app /app",
        "RUN chown -R --reference=/home/app /app")).singleElement().asString()
        .startsWith("3:36 'chown -R --reference=/home/app /app' changes the owner");
  }
}
