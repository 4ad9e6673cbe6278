package dev.plumbline.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic of the score, on made-up items. */
class ScorerTest {

  private final List<ItemResult> results = new ArrayList<>();

  private void add(Area area, int weight, Status status) {
    Item item = new Item(area.id() + "-" + results.size(), area, "item", weight, "test",
        List.of(), in -> { throw new AssertionError("not judged here"); });
    results.add(new ItemResult(item, new Assessment(status, "because", List.of())));
  }

  private AreaResult area(ScoreCard card, Area area) {
    return card.areas().get(area.ordinal());
  }

  @Test
  void anAreaScoresItsMetWeightOverItsCountedWeight() {
    add(Area.CI_CD, 3, Status.MET);
    add(Area.CI_CD, 1, Status.NOT_MET);
    add(Area.CI_CD, 2, Status.NOT_APPLICABLE);
    add(Area.CI_CD, 5, Status.NOT_VISIBLE);
    ScoreCard card = Scorer.total(results);
    AreaResult ci = area(card, Area.CI_CD);
    assertThat(ci.metWeight()).isEqualTo(3);
    assertThat(ci.applicableWeight()).isEqualTo(4);
    assertThat(ci.score()).contains(75);
    // the only area: it carries all the weight
    assertThat(ci.effectiveWeight()).isEqualTo("100.00");
    assertThat(card.score()).isEqualTo(75);
    assertThat(card.band()).isEqualTo(Band.GOOD_AUTOMATION);
  }

  @Test
  void theTotalIsTheMeanOfTheAreasWeightedByTheirWeights() {
    add(Area.CI_CD, 1, Status.MET);                      // 100, weight 30
    add(Area.INFRASTRUCTURE_AS_CODE, 1, Status.NOT_MET); // 0, weight 25
    add(Area.DEPLOYMENT_STRATEGY, 1, Status.MET);        // 50, weight 20
    add(Area.DEPLOYMENT_STRATEGY, 1, Status.NOT_MET);
    add(Area.CONTAINER_SECURITY, 3, Status.MET);         // 75, weight 15
    add(Area.CONTAINER_SECURITY, 1, Status.NOT_MET);
    add(Area.SECRETS_MANAGEMENT, 1, Status.NOT_MET);     // 0, weight 10
    ScoreCard card = Scorer.total(results);
    // 0.30 * 100 + 0.25 * 0 + 0.20 * 50 + 0.15 * 75 + 0.10 * 0 = 51.25
    assertThat(card.score()).isEqualTo(51);
    assertThat(card.band()).isEqualTo(Band.BASIC_CI_CD);
    assertThat(card.areas()).extracting(AreaResult::effectiveWeight)
        .containsExactly("30.00", "25.00", "20.00", "15.00", "10.00");
    assertThat(card.areas()).extracting(AreaResult::score).containsExactly(Optional.of(100),
        Optional.of(0), Optional.of(50), Optional.of(75), Optional.of(0));
  }

  @Test
  void anAreaWithNothingCountedIsLeftOutAndTheOthersScaledUp() {
    add(Area.CI_CD, 1, Status.NOT_MET);                         // 0, weight 30
    add(Area.INFRASTRUCTURE_AS_CODE, 1, Status.NOT_APPLICABLE); // left out
    add(Area.DEPLOYMENT_STRATEGY, 1, Status.NOT_VISIBLE);       // left out
    add(Area.CONTAINER_SECURITY, 1, Status.NOT_MET);            // 0, weight 15
    add(Area.SECRETS_MANAGEMENT, 1, Status.MET);                // 100, weight 10
    ScoreCard card = Scorer.total(results);
    // 10 / (30 + 15 + 10) = 18.18...
    assertThat(card.score()).isEqualTo(18);
    assertThat(area(card, Area.INFRASTRUCTURE_AS_CODE).included()).isFalse();
    assertThat(area(card, Area.INFRASTRUCTURE_AS_CODE).score()).isEmpty();
    assertThat(area(card, Area.INFRASTRUCTURE_AS_CODE).effectiveWeight()).isEqualTo("0.00");
    assertThat(area(card, Area.DEPLOYMENT_STRATEGY).included()).isFalse();
    assertThat(card.areas()).extracting(AreaResult::effectiveWeight)
        .containsExactly("54.55", "0.00", "0.00", "27.27", "18.18");
  }

  @Test
  void anExactHalfRoundsUp() {
    // the bare fixture's shape: 10 of 80 weight points met, 12.5
    add(Area.CI_CD, 1, Status.NOT_MET);
    add(Area.INFRASTRUCTURE_AS_CODE, 1, Status.NOT_MET);
    add(Area.CONTAINER_SECURITY, 1, Status.NOT_MET);
    add(Area.SECRETS_MANAGEMENT, 1, Status.MET);
    assertThat(Scorer.total(results).score()).isEqualTo(13);
  }

  @Test
  void aHalfOfAnAreaRoundsUpToo() {
    add(Area.CI_CD, 1, Status.MET);
    add(Area.CI_CD, 7, Status.NOT_MET);
    add(Area.CI_CD, 1, Status.NOT_MET);
    // 1/9 = 11.1...; and 1 of 8: 12.5 -> 13
    assertThat(area(Scorer.total(results), Area.CI_CD).score()).contains(11);
    results.remove(2);
    assertThat(area(Scorer.total(results), Area.CI_CD).score()).contains(13);
  }

  @Test
  void halvesThatFloatingPointMissesStillRoundUp() {
    // 15/40 * 3/5 * 100 is 22.5 exactly, but 22.499999999999996 in double arithmetic
    add(Area.INFRASTRUCTURE_AS_CODE, 1, Status.NOT_MET);
    add(Area.CONTAINER_SECURITY, 3, Status.MET);
    add(Area.CONTAINER_SECURITY, 2, Status.NOT_MET);
    assertThat((15.0 / 40) * (3.0 / 5) * 100).isLessThan(22.5);
    assertThat(Scorer.total(results).score()).isEqualTo(23);
  }

  @Test
  void everythingMetIsOneHundredAndNothingCountedIsZero() {
    for (Area area : Area.values()) {
      add(area, 2, Status.MET);
    }
    assertThat(Scorer.total(results).score()).isEqualTo(100);
    assertThat(Scorer.total(results).band()).isEqualTo(Band.PRODUCTION_READY);
    results.clear();
    add(Area.CI_CD, 1, Status.NOT_VISIBLE);
    ScoreCard none = Scorer.total(results);
    assertThat(none.score()).isZero();
    assertThat(none.band()).isEqualTo(Band.MANUAL);
    assertThat(none.areas()).noneMatch(AreaResult::included);
  }

  @Test
  void scoreJudgesEveryItemOfTheModelInOrder() {
    Item met = new Item("A-1", Area.CI_CD, "a", 2, "x", List.of(),
        in -> Assessment.met("yes", in.facts(FactKind.CI_PIPELINE)));
    Item against = new Item("A-2", Area.CI_CD, "b", 2, "x", List.of("GHA001"),
        in -> in.against().isEmpty() ? Assessment.met("none", List.of())
            : Assessment.notMet("found", in.against()));
    ScoreInput input = new ScoreInput(List.of(
        new Fact(FactKind.CI_PIPELINE, "ci.yml", 1, 1, "workflow")), List.of());
    ScoreCard card = Scorer.score(List.of(met, against), input);
    assertThat(card.items()).extracting(i -> i.item().id()).containsExactly("A-1", "A-2");
    assertThat(card.items().get(0).assessment().evidence()).extracting(Evidence::location)
        .containsExactly("ci.yml:1");
    assertThat(card.score()).isEqualTo(100);
  }

  @Test
  void bandsCoverZeroToOneHundredWithTheSeedsBoundaries() {
    assertThat(Band.of(0)).isEqualTo(Band.MANUAL);
    assertThat(Band.of(49)).isEqualTo(Band.MANUAL);
    assertThat(Band.of(50)).isEqualTo(Band.BASIC_CI_CD);
    assertThat(Band.of(69)).isEqualTo(Band.BASIC_CI_CD);
    assertThat(Band.of(70)).isEqualTo(Band.GOOD_AUTOMATION);
    assertThat(Band.of(89)).isEqualTo(Band.GOOD_AUTOMATION);
    assertThat(Band.of(90)).isEqualTo(Band.PRODUCTION_READY);
    assertThat(Band.of(100)).isEqualTo(Band.PRODUCTION_READY);
    assertThat(Band.GOOD_AUTOMATION.label()).isEqualTo("Good automation, some manual steps remain");
    assertThat(Band.BASIC_CI_CD.range()).isEqualTo("50-69");
    assertThatThrownBy(() -> Band.of(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Band.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAreasWeighOneHundredInAll() {
    int total = 0;
    for (Area area : Area.values()) {
      total += area.weight();
    }
    assertThat(total).isEqualTo(100);
    assertThat(Area.values()).extracting(Area::weight).containsExactly(30, 25, 20, 15, 10);
  }
}
