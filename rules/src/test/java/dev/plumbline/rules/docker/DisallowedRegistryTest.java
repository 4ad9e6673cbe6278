package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowedRegistryTest {

  private static final String DIGEST =
      "@sha256:54c5b3dd459d5ef778bb2fa1e23a5fb0e1b62ae66970bcb436e8f81a1a1a8e41";

  private static List<String> lint(List<String> allowed, String... lines) {
    return DockerLint.findings("DKR031", Map.of("allowed-registries", allowed), "Dockerfile",
        null, lines);
  }

  @Test
  void dockerHubIsTheRegistryOfNamesWithoutOneUnderAnyOfItsNames() {
    assertThat(lint(List.of("hub.docker.com"), "FROM nginx:1" + DIGEST + " AS a",
        "FROM library/nginx:1 AS b", "FROM bitnami/redis:7 AS c",
        "FROM index.docker.io/library/nginx:1 AS d", "FROM registry-1.docker.io/x/y:1"))
        .isEmpty();
    assertThat(lint(List.of("registry.example.com"), "FROM nginx:1"))
        .containsExactly("1:6 base image 'nginx:1' comes from Docker Hub (docker.io), which "
            + "allowed-registries (registry.example.com) does not list");
  }

  @Test
  void hostsCompareInAnyCaseAndWildcardsMatchSubdomains() {
    List<String> allowed = List.of("Registry.Example.com", "*.dkr.ecr.eu-west-1.amazonaws.com");
    assertThat(lint(allowed, "FROM registry.example.COM/app:1 AS a",
        "FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1 AS b")).isEmpty();
    assertThat(lint(allowed, "FROM dkr.ecr.eu-west-1.amazonaws.com.evil.io/app:1 AS a",
        "FROM registry.example.com:5000/app:1"))
        .containsExactly(
            "1:6 base image 'dkr.ecr.eu-west-1.amazonaws.com.evil.io/app:1' comes from registry "
                + "'dkr.ecr.eu-west-1.amazonaws.com.evil.io', which allowed-registries "
                + "(registry.example.com, *.dkr.ecr.eu-west-1.amazonaws.com) does not list",
            "2:6 base image 'registry.example.com:5000/app:1' comes from registry "
                + "'registry.example.com:5000', which allowed-registries (registry.example.com, "
                + "*.dkr.ecr.eu-west-1.amazonaws.com) does not list");
  }

  @Test
  void aPathPrefixAllowsOneNamespaceOnly() {
    List<String> allowed = List.of("docker.io/library", "ghcr.io/acme/");
    assertThat(lint(allowed, "FROM nginx:1 AS a", "FROM docker.io/library/alpine:3 AS b",
        "FROM ghcr.io/acme/tools:1 AS c", "FROM ghcr.io/ACME/sub/tool:1")).isEmpty();
    assertThat(lint(allowed, "FROM bitnami/redis:7 AS a", "FROM ghcr.io/acme-evil/tools:1"))
        .hasSize(2).allMatch(f -> f.contains("does not list"));
  }

  @Test
  void registriesFromBuildArgumentsAreReadWithTheirDefaultsOrLeftAlone() {
    List<String> allowed = List.of("docker.io");
    assertThat(lint(allowed, "ARG MIRROR=quay.io", "ARG UNKNOWN", "ARG TAG",
        "FROM ${MIRROR}/app:1 AS a", "FROM ${UNKNOWN}/app:1 AS b", "FROM ${UNKNOWN} AS c",
        "FROM node:${TAG} AS d", "FROM quay.io/app:${TAG}"))
        .containsExactly(
            "4:6 base image '${MIRROR}/app:1' ('quay.io/app:1' by default) comes from registry "
                + "'quay.io', which allowed-registries (docker.io) does not list",
            "8:6 base image 'quay.io/app:${TAG}' comes from registry 'quay.io', which "
                + "allowed-registries (docker.io) does not list");
  }

  @Test
  void whenOnlyTheHostIsKnownAPathEntryForItMayAllowTheImage() {
    assertThat(lint(List.of("ghcr.io/acme"), "ARG TAG", "FROM ghcr.io/acme/app:${TAG} AS a",
        "ARG NAME", "FROM ghcr.io/${NAME}:1")).isEmpty();
  }

  @Test
  void stagesAndScratchAreNotImagesFromARegistry() {
    assertThat(lint(List.of("registry.example.com"), "FROM registry.example.com/b:1 AS build",
        "FROM build AS test", "FROM scratch")).isEmpty();
  }
}
