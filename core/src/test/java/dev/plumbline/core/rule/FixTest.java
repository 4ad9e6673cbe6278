package dev.plumbline.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixTest {

  private static final SourceFile FILE = SourceFile.of("a.yml", "one: 1\ntwo: 2\nthree: 3\n");

  private static Fix.Replacement replace(String what, String with) {
    int at = FILE.text().indexOf(what);
    return new Fix.Replacement(FILE.span(at, at + what.length()), with);
  }

  private static Fix.Replacement insertAt(int offset, String text) {
    return Fix.Replacement.insert(FILE.position(offset), text);
  }

  @Test
  void replacementsAreKeptInFileOrder() {
    Fix fix = Fix.safe("d", replace("3", "30"), replace("1", "10"));
    assertThat(fix.replacements()).extracting(r -> r.inserted()).containsExactly("10", "30");
    assertThat(fix.safe()).isTrue();
    assertThat(Fix.unsafe("d", replace("1", "x")).safe()).isFalse();
  }

  @Test
  void overlappingReplacementsInOneFixAreRejected() {
    assertThatThrownBy(() -> Fix.safe("d", replace("one: 1", "a"), replace("1", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
    // two insertions at one point have no order
    assertThatThrownBy(() -> Fix.safe("d", insertAt(0, "a"), insertAt(0, "b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fix("d", true, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void adjacentReplacementsDoNotOverlap() {
    Fix.Replacement one = replace("one", "uno");
    Fix.Replacement colon = replace(": 1", "=1");
    assertThat(one.overlaps(colon)).isFalse();
    // an insertion where another region ends is after it
    assertThat(one.overlaps(insertAt(3, "!"))).isFalse();
    assertThat(one.overlaps(insertAt(1, "!"))).isTrue();
    assertThat(one.overlaps(insertAt(0, "!"))).isTrue();
  }

  @Test
  void lineBreakIsTheFirstOneOfTheText() {
    assertThat(Fix.lineBreakOf("a\r\nb\n")).isEqualTo("\r\n");
    assertThat(Fix.lineBreakOf("a\nb\r\n")).isEqualTo("\n");
    assertThat(Fix.lineBreakOf("a\rb")).isEqualTo("\r");
    assertThat(Fix.lineBreakOf("no break")).isEqualTo("\n");
  }

  @Test
  void findingsWithoutFixesStayEqualAndSuppressionKeepsFixes() {
    Finding plain = new Finding("X001", Severity.WARNING, "m", Optional.empty(), FILE.path(),
        FILE.span(0, 3), "one: 1");
    assertThat(plain.fixes()).isEmpty();
    assertThat(plain).isEqualTo(new Finding("X001", Severity.WARNING, "m", Optional.empty(),
        FILE.path(), FILE.span(0, 3), "one: 1", List.of(), List.of()));
    Fix safe = Fix.safe("s", replace("1", "10"));
    Fix unsafe = Fix.unsafe("u", replace("2", "20"));
    Finding fixed = new Finding("X001", Severity.WARNING, "m", Optional.empty(), FILE.path(),
        FILE.span(0, 3), "one: 1", List.of(), List.of(unsafe, safe));
    assertThat(fixed.safeFixes()).containsExactly(safe);
    assertThat(fixed.withSuppression(Suppression.external("")).fixes())
        .containsExactly(unsafe, safe);
  }
}
