package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UID threshold and the ways of writing the UID and the flag. */
class UseraddWithoutNoLogInitTest {

  @Test
  void uidsAboveSixteenBitsAreReportedInEveryForm() {
    assertThat(DockerLint.findings("DKR033", "FROM debian:12",
        "RUN useradd -u 65535 a && useradd --uid 65536 b && sudo useradd -u70000 c"))
        .extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly("2:41", "2:67");
  }

  @Test
  void theFlagInAnyFormSilencesIt() {
    assertThat(DockerLint.findings("DKR033", "FROM debian:12",
        "RUN useradd -l -u 70000 a && useradd -mlu 70001 b && useradd -u 70002 --no-log-init c"))
        .isEmpty();
  }
}
