package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsecureDockerInDockerTest {

  private static final String INCLUDED_GLOBALS = """
      variables:
        DOCKER_TLS_CERTDIR: ""
      """;

  @Test
  void anInheritedGlobalFromAnIncludedFileIsReportedThereOnce() {
    assertThat(GitLabLint.findings("GLC008",
        ".gitlab-ci.yml", """
            include: [{local: ci/docker.yml}]
            a:
              services: [docker:dind]
              script: [docker info]
            b:
              services: [registry.example.com/mirror/docker:27-dind]
              script: [docker info]
            """,
        "ci/docker.yml", INCLUDED_GLOBALS))
        .containsExactly("ci/docker.yml:2:23 DOCKER_TLS_CERTDIR is empty, so the "
            + "Docker-in-Docker service starts its daemon without TLS on port 2375, where "
            + "anything that reaches the service can run containers on it");
  }

  @Test
  void aJobThatDoesNotInheritTheGlobalOrOverridesItIsNotReported() {
    assertThat(GitLabLint.findings("GLC008",
        ".gitlab-ci.yml", """
            include: [{local: ci/docker.yml}]
            a:
              inherit: {variables: false}
              services: [docker:dind]
              script: [docker info]
            b:
              services: [docker:dind]
              variables: {DOCKER_TLS_CERTDIR: /certs}
              script: [docker info]
            c:
              services: [docker:24-cli, "$DIND_IMAGE"]
              script: [docker info]
            """,
        "ci/docker.yml", INCLUDED_GLOBALS))
        .isEmpty();
  }

  @Test
  void aServiceNamedByOneVariableIsReadThroughTheVariable() {
    assertThat(GitLabLint.findings("GLC008",
        ".gitlab-ci.yml", """
            variables:
              DIND_IMAGE: "${MIRROR}/docker:28.0.4-dind"
            .dind:
              variables:
                DOCKER_HOST: tcp://docker:2375
              services:
                - name: ${DIND_IMAGE}
                  alias: docker
            build:
              extends: .dind
              script: [docker build .]
            """))
        .containsExactly(".gitlab-ci.yml:5:18 DOCKER_HOST 'tcp://docker:2375' talks to the "
            + "Docker-in-Docker service on port 2375, without TLS");
  }
}
