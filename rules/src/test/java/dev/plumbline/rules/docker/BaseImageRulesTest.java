package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The image-reference rules on references that fixtures do not show. */
class BaseImageRulesTest {

  @Test
  void aWholeReferenceFromABuildArgumentIsReportedAsAWhole() {
    assertThat(DockerLint.findings("DKR001", "ARG BASE=node:latest", "FROM ${BASE}"))
        .containsExactly("2:6 base image '${BASE}' is 'node:latest' with the default build "
            + "arguments; 'latest' points to a different image whenever a new release is pushed");
  }

  @Test
  void placeholdersAndNamesDockerWouldRefuseAreNotJudged() {
    for (String rule : new String[] {"DKR001", "DKR002", "DKR003"}) {
      assertThat(DockerLint.findings(rule, "FROM REPLACE-ME AS a", "FROM {{ from }}"))
          .as(rule).isEmpty();
    }
  }

  @Test
  void aBuildArgumentThatNamesScratchOrAnEarlierStageIsNoRegistryImage() {
    assertThat(DockerLint.findings("DKR003", "ARG BASE=scratch", "ARG STAGE=build",
        "FROM ${BASE} AS build", "FROM ${STAGE}")).isEmpty();
    assertThat(DockerLint.findings("DKR003", "ARG STAGE=build", "FROM ${STAGE}"))
        .containsExactly("2:6 base image '${STAGE}' ('build' by default) is not pinned by "
            + "digest: its tag can be moved to a different image at any time");
  }
}
