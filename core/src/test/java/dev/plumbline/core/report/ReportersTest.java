package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void knowsEachFormatByName() {
    assertThat(Reporters.formatNames()).containsExactly("console", "json", "sarif", "junit",
        "gitlab", "github");
    assertThat(Reporters.forFormat("console")).isInstanceOf(ConsoleReporter.class);
    assertThat(Reporters.forFormat("json")).isInstanceOf(JsonReporter.class);
    assertThat(Reporters.forFormat("sarif")).isInstanceOf(SarifReporter.class);
    assertThat(Reporters.forFormat("SARIF")).isInstanceOf(SarifReporter.class);
    assertThat(Reporters.forFormat("junit")).isInstanceOf(JUnitReporter.class);
    assertThat(Reporters.forFormat("gitlab")).isInstanceOf(GitLabCodeQualityReporter.class);
    assertThat(Reporters.forFormat("github")).isInstanceOf(GitHubAnnotationsReporter.class);
  }

  @Test
  void unknownFormatListsTheValidNames() {
    assertThatThrownBy(() -> Reporters.forFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml'; valid formats: console, json, sarif, junit, gitlab,"
            + " github");
  }
}
