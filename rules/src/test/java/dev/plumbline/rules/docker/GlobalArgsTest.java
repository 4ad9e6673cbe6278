package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlobalArgsTest {

  private static GlobalArgs args(String... lines) {
    String text = String.join("\n", lines) + "\nFROM scratch\nARG IN_STAGE=ignored\n";
    return GlobalArgs.of(Dockerfile.parse(SourceFile.of("Dockerfile", text)));
  }

  @Test
  void defaultsFillInEveryReferenceForm() {
    GlobalArgs args = args("ARG IMAGE=node", "ARG TAG=\"20-alpine\"");
    assertThat(args.resolve("$IMAGE:${TAG}")).contains("node:20-alpine");
    assertThat(args.resolve("plain:1.0")).contains("plain:1.0");
  }

  @Test
  void aVariableWithoutDefaultIsUnknownUnlessAFallbackIsGiven() {
    GlobalArgs args = args("ARG TAG", "ARG EMPTY=");
    assertThat(args.resolve("node:${TAG}")).isEmpty();
    assertThat(args.resolve("node:$UNDECLARED")).isEmpty();
    assertThat(args.resolve("node:${TAG:-latest}")).contains("node:latest");
    assertThat(args.resolve("node:${TAG-latest}")).contains("node:latest");
    assertThat(args.resolve("node:${EMPTY:-latest}")).contains("node:latest");
    assertThat(args.resolve("node:${EMPTY-latest}")).contains("node:");
    assertThat(args.resolve("node${TAG:+:set}")).contains("node");
  }

  @Test
  void defaultsMayReferToEarlierArgsAndFallbacksNest() {
    GlobalArgs args = args("ARG VERSION=3.20", "ARG IMAGE=alpine:${VERSION}", "ARG UNSET");
    assertThat(args.resolve("${IMAGE}")).contains("alpine:3.20");
    assertThat(args.resolve("${UNSET:-${IMAGE}}")).contains("alpine:3.20");
    assertThat(args.resolve("${VERSION:+v${VERSION}}")).contains("v3.20");
  }

  @Test
  void aDefaultThatIsItselfUnknownStaysUnknown() {
    GlobalArgs args = args("ARG REGISTRY", "ARG IMAGE=${REGISTRY}/app");
    assertThat(args.resolve("${IMAGE}:1")).isEmpty();
    assertThat(args.resolve("${IMAGE:-fallback}")).isEmpty();
  }

  @Test
  void otherOperatorsAndBrokenReferencesAreUnknown() {
    GlobalArgs args = args("ARG TAG=1.2.3");
    assertThat(args.resolve("app:${TAG%.*}")).isEmpty();
    assertThat(args.resolve("app:${TAG")).isEmpty();
    assertThat(args.resolve("app:${}")).isEmpty();
    assertThat(args.resolve("cost$")).isEqualTo(Optional.of("cost$"));
  }

  @Test
  void stageArgsAreNotGlobal() {
    assertThat(args().resolve("${IN_STAGE}")).isEmpty();
  }
}
