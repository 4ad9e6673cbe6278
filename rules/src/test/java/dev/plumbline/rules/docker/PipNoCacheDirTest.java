package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where pip's cache is off, mounted, removed, or thrown away with its stage. */
class PipNoCacheDirTest {

  private static List<String> findings(String... lines) {
    return DockerLint.findings("DKR016", lines);
  }

  @Test
  void everyWayOfRunningPipInstallIsRead() {
    assertThat(findings("FROM python:3.12",
        "RUN pip3.12 install flask",
        "RUN sudo -H pip install flask",
        "RUN /opt/venv/bin/python -m pip install flask",
        "RUN pip --disable-pip-version-check install flask"))
        .extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly("2:5", "3:13", "4:5", "5:5");
    assertThat(findings("FROM python:3.12", "RUN sudo -H pip install flask"))
        .containsExactly("2:13 'pip install' keeps its download cache (~/.cache/pip) in the "
            + "image layer");
  }

  @Test
  void otherCommandsAreNotPipInstall() {
    assertThat(findings("FROM python:3.12",
        "RUN python setup.py install",
        "RUN uv pip install flask",
        "RUN pipx install black",
        "RUN pip wheel --wheel-dir /w flask",
        "RUN pip install --no-cache flask")).isEmpty();
  }

  @Test
  void theVariableCountsFromEnvOrArgOfTheStageOrAStageItBuildsOn() {
    assertThat(findings("FROM python:3.12 AS base", "ENV PIP_NO_CACHE_DIR=false",
        "FROM base", "RUN pip install flask")).isEmpty();
    assertThat(findings("FROM python:3.12", "ARG PIP_NO_CACHE_DIR",
        "RUN pip install flask")).isEmpty();
    assertThat(findings("FROM python:3.12", "ENV PIP_NO_CACHE_DIR=",
        "RUN pip install flask")).hasSize(1);
    assertThat(findings("FROM python:3.12", "RUN pip install flask",
        "ENV PIP_NO_CACHE_DIR=1")).hasSize(1);
    assertThat(findings("ARG PIP_NO_CACHE_DIR=1", "FROM python:3.12",
        "RUN pip install flask")).hasSize(1);
  }

  @Test
  void aCacheMountOverTheCacheFolderKeepsTheCacheOutOfTheLayer() {
    assertThat(findings("FROM python:3.12",
        "RUN --mount=type=cache,target=/home/app/.cache pip install flask",
        "RUN --mount=type=cache,dst=/pip pip install --cache-dir=/pip flask")).isEmpty();
    assertThat(findings("FROM python:3.12", "ENV PIP_CACHE_DIR=/var/cache/pip",
        "RUN --mount=type=cache,target=/var/cache pip install flask")).isEmpty();
    assertThat(findings("FROM python:3.12",
        "RUN --mount=type=bind,target=/root/.cache/pip pip install flask")).hasSize(1);
  }

  @Test
  void onlyStagesOfTheFinalImageAreJudged() {
    assertThat(findings("FROM python:3.12 AS build", "RUN pip install --prefix=/i flask",
        "FROM python:3.12-slim", "COPY --from=build /i /usr/local")).isEmpty();
    assertThat(findings("FROM python:3.12 AS build", "RUN pip install --prefix=/i flask",
        "FROM build")).hasSize(1);
  }
}
