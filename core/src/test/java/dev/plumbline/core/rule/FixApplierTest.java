package dev.plumbline.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixApplierTest {

  private static final SourceFile FILE = SourceFile.of("a.yml", "one: 1\r\ntwo: 2\r\n");

  private static Fix.Replacement replace(String what, String with) {
    int at = FILE.text().indexOf(what);
    return new Fix.Replacement(FILE.span(at, at + what.length()), with);
  }

  @Test
  void appliesEveryReplacementOfEveryFixAgainstTheOriginalOffsets() {
    Fix first = Fix.safe("a", replace("1", "100"), replace("two", "2"));
    Fix second = Fix.safe("b", new Fix.Replacement(FILE.span(FILE.text().length(),
        FILE.text().length()), "three: 3\r\n"));
    FixApplier.Outcome outcome = FixApplier.apply(FILE.text(), List.of(first, second));
    assertThat(outcome.text()).isEqualTo("one: 100\r\n2: 2\r\nthree: 3\r\n");
    assertThat(outcome.applied()).containsExactly(first, second);
    assertThat(outcome.skipped()).isEmpty();
  }

  @Test
  void aFixOverlappingAnAppliedOneIsLeftOutWhole() {
    Fix first = Fix.safe("a", replace("one", "uno"));
    Fix overlapping = Fix.safe("b", replace("two", "dos"), replace("one: 1", "x"));
    FixApplier.Outcome outcome = FixApplier.apply(FILE.text(), List.of(first, overlapping));
    // atomic: the 'two' part of the skipped fix is not applied either
    assertThat(outcome.text()).isEqualTo("uno: 1\r\ntwo: 2\r\n");
    assertThat(outcome.skipped()).containsExactly(overlapping);
  }

  @Test
  void theSameFixOfferedTwiceIsAppliedOnce() {
    Fix fix = Fix.safe("a", Fix.Replacement.insert(FILE.position(0), "zero: 0\r\n"));
    FixApplier.Outcome outcome = FixApplier.apply(FILE.text(), List.of(fix, fix));
    assertThat(outcome.text()).isEqualTo("zero: 0\r\none: 1\r\ntwo: 2\r\n");
    assertThat(outcome.applied()).containsExactly(fix);
    assertThat(outcome.skipped()).isEmpty();
  }

  @Test
  void noFixesLeaveTheTextAlone() {
    assertThat(FixApplier.apply(FILE.text(), List.of()).text()).isEqualTo(FILE.text());
  }

  @Test
  void aReplacementOutsideTheTextIsRejected() {
    Fix fix = Fix.safe("a", replace("two: 2", "x"));
    assertThatThrownBy(() -> FixApplier.apply("short", List.of(fix)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
  }
}
