package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void knowsEachFormatByName() {
    assertThat(Reporters.formatNames()).containsExactly("console", "json", "sarif");
    assertThat(Reporters.forFormat("console")).isInstanceOf(ConsoleReporter.class);
    assertThat(Reporters.forFormat("json")).isInstanceOf(JsonReporter.class);
    assertThat(Reporters.forFormat("sarif")).isInstanceOf(SarifReporter.class);
    assertThat(Reporters.forFormat("SARIF")).isInstanceOf(SarifReporter.class);
  }

  @Test
  void unknownFormatListsTheValidNames() {
    assertThatThrownBy(() -> Reporters.forFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml'; valid formats: console, json, sarif");
  }
}
