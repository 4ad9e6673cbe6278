package dev.plumbline.core.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailOnTest {

  private static final SourceFile FILE = SourceFile.of("ci.yml", "on: push\n");

  private static Finding finding(Severity severity) {
    return new Finding("GHA901", severity, "m", Optional.empty(), FILE.path(),
        FILE.span(0, 2), "on: push");
  }

  @Test
  void labelsRoundTrip() {
    assertThat(FailOn.labels()).containsExactly("error", "warning", "note", "never");
    for (FailOn f : FailOn.values()) {
      assertThat(FailOn.fromLabel(f.label())).contains(f);
    }
    assertThat(FailOn.fromLabel("WARNING")).isEmpty();
    assertThat(FailOn.DEFAULT).isEqualTo(FailOn.WARNING);
  }

  @Test
  void aRunFailsOnUnsuppressedFindingsAtLeastAsSevereAsTheThreshold() {
    List<Finding> warning = List.of(finding(Severity.NOTE), finding(Severity.WARNING));

    assertThat(FailOn.ERROR.failsOn(warning)).isFalse();
    assertThat(FailOn.WARNING.failsOn(warning)).isTrue();
    assertThat(FailOn.NOTE.failsOn(warning)).isTrue();
    assertThat(FailOn.NEVER.failsOn(List.of(finding(Severity.ERROR)))).isFalse();
    assertThat(FailOn.NOTE.failsOn(List.of())).isFalse();
  }

  @Test
  void suppressedFindingsNeverFail() {
    Finding suppressed = finding(Severity.ERROR).withSuppression(
        new Suppression(Suppression.Kind.IN_SOURCE, "reviewed"));

    assertThat(FailOn.NOTE.failsOn(List.of(suppressed))).isFalse();
  }
}
