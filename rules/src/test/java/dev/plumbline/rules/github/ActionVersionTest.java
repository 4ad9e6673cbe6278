package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionVersionTest {

  private static ActionVersion v(String text) {
    return ActionVersion.parse(text, false).orElseThrow();
  }

  @Test
  void readsVersionTagsAndNothingElse() {
    assertThat(v("v3.1.0").numbers()).containsExactly(3, 1, 0);
    assertThat(v("46.0.1").numbers()).containsExactly(46, 0, 1);
    assertThat(v("V2").major()).isEqualTo(2);
    assertThat(ActionVersion.parse("main", false)).isEmpty();
    assertThat(ActionVersion.parse("v1-beta", false)).isEmpty();
    assertThat(ActionVersion.parse("11bd71901bbe5b1630ceea73d27597364c9af683", false)).isEmpty();
  }

  @Test
  void comparesNumberByNumberWithMissingNumbersAsZero() {
    assertThat(ActionVersion.compare(List.of(4), List.of(4, 0, 0))).isZero();
    assertThat(ActionVersion.compare(List.of(4, 10), List.of(4, 9, 9))).isPositive();
    assertThat(ActionVersion.compare(List.of(3, 28, 2), List.of(3, 28, 3))).isNegative();
  }

  @Test
  void exactReleasesAreComparedWithTheRange() {
    List<Integer> introduced = List.of(4, 0, 0);
    Optional<List<Integer>> fixed = Optional.of(List.of(4, 1, 7));
    assertThat(v("4.0.0").isIn(introduced, fixed)).isTrue();
    assertThat(v("4.1.6").isIn(introduced, fixed)).isTrue();
    assertThat(v("4.1.7").isIn(introduced, fixed)).isFalse();
    assertThat(v("3.9.9").isIn(introduced, fixed)).isFalse();
  }

  @Test
  void floatingTagsAreAffectedOnlyWhenTheirWholeLineIsBeforeTheFix() {
    Optional<List<Integer>> fixed = Optional.of(List.of(46, 0, 1));
    assertThat(v("v45").isIn(List.of(0), fixed)).isTrue();
    assertThat(v("v46").isIn(List.of(0), fixed)).isFalse();
    assertThat(v("v46.0").isIn(List.of(0), fixed)).isFalse();
    // a line that starts after the range does not count
    assertThat(v("v3").isIn(List.of(4, 0, 0), Optional.of(List.of(4, 1, 7)))).isFalse();
    // a range without a fix affects every line it reaches
    assertThat(v("v2").isIn(List.of(2, 26, 11), Optional.empty())).isTrue();
  }

  @Test
  void aFloatingCommentAfterAShaCountsOnlyWhenItsWholeLineIsAffected() {
    ActionVersion comment = ActionVersion.parse("v2", true).orElseThrow();
    assertThat(comment.isIn(List.of(2, 26, 11), Optional.of(List.of(3, 0, 0)))).isFalse();
    assertThat(comment.isIn(List.of(0), Optional.of(List.of(17)))).isTrue();
    assertThat(v("v2").isIn(List.of(2, 26, 11), Optional.of(List.of(3, 0, 0)))).isTrue();
  }
}
