package dev.plumbline.rules.kubernetes;

import static dev.plumbline.rules.kubernetes.UnsafeRollingUpdate.unavailablePods;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeRollingUpdateTest {

  @Test
  void anIntegerIsTakenAsWritten() {
    assertThat(unavailablePods("1", "1", 3)).hasValue(1);
    assertThat(unavailablePods("0", "1", 3)).hasValue(0);
  }

  @Test
  void aPercentageOfTheReplicasIsRoundedDown() {
    assertThat(unavailablePods("25%", "25%", 3)).hasValue(0);
    assertThat(unavailablePods("25%", "25%", 4)).hasValue(1);
    assertThat(unavailablePods("50%", "0", 5)).hasValue(2);
    assertThat(unavailablePods("100%", "0", 3)).hasValue(3);
  }

  @Test
  void whenBothComeToZeroTheControllerAllowsOnePod() {
    assertThat(unavailablePods("25%", "0", 2)).hasValue(1);
    assertThat(unavailablePods("25%", "0%", 3)).hasValue(1);
    // maxSurge is rounded up, so 10% of 2 still lets a new pod start first
    assertThat(unavailablePods("25%", "10%", 2)).hasValue(0);
  }

  @Test
  void aTemplateVariableIsNotJudged() {
    assertThat(unavailablePods("${MAX_UNAVAILABLE}", "1", 3)).isEmpty();
    assertThat(unavailablePods("{{ .Values.maxUnavailable }}", "1", 3)).isEmpty();
    // an unknown maxSurge leaves maxUnavailable as written
    assertThat(unavailablePods("2", "${SURGE}", 3)).hasValue(2);
  }
}
