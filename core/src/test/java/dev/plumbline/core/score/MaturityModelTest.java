package dev.plumbline.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklist: its shape, and how its items read facts and findings. */
class MaturityModelTest {

  private static Finding finding(String ruleId, String path, int line) {
    Span span = new Span(new Position(line, 3, 0), new Position(line, 9, 6));
    return new Finding(ruleId, Severity.WARNING, ruleId + " says no", Optional.empty(), path,
        span, "");
  }

  private static Map<String, Status> statuses(ScoreInput input) {
    return Scorer.score(MaturityModel.items(), input).items().stream()
        .collect(Collectors.toMap(i -> i.item().id(), ItemResult::status));
  }

  @Test
  void everyAreaHasItemsAndEveryItemAUniqueIdAndAPositiveWeight() {
    Set<String> ids = new HashSet<>();
    for (Item item : MaturityModel.items()) {
      assertThat(ids.add(item.id())).as(item.id()).isTrue();
      assertThat(item.weight()).isPositive();
      assertThat(item.id()).matches("(CI|IAC|DS|CS|SM)-\\d");
      assertThat(item.judgedBy()).isNotBlank();
    }
    for (Area area : Area.values()) {
      assertThat(MaturityModel.items()).anyMatch(i -> i.area() == area);
    }
    assertThat(MaturityModel.items()).hasSize(31);
  }

  @Test
  void anEmptyRepositoryMeetsOnlyTheAbsenceOfSecrets() {
    Map<String, Status> status = statuses(new ScoreInput(List.of(), List.of()));
    assertThat(status.entrySet().stream().filter(e -> e.getValue() == Status.MET)
        .map(Map.Entry::getKey)).containsExactly("SM-1");
    assertThat(status).containsEntry("CI-1", Status.NOT_MET)
        .containsEntry("IAC-1", Status.NOT_MET)
        .containsEntry("CI-7", Status.NOT_VISIBLE)
        .containsEntry("DS-1", Status.NOT_APPLICABLE)
        .containsEntry("CS-4", Status.NOT_APPLICABLE);
  }

  @Test
  void aFindingOfANamedRuleContradictsTheItemWithItsPlaceEvenWhenSuppressed() {
    Fact dockerfile = new Fact(FactKind.DOCKERFILE, "Dockerfile", 1, 1, "Dockerfile");
    Fact nonRoot = new Fact(FactKind.NON_ROOT, "Dockerfile", 5, 1, "runs as 'app'");
    ScoreInput clean = new ScoreInput(List.of(dockerfile, nonRoot), List.of());
    ItemResult met = result(clean, "CS-4");
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.assessment().evidence()).extracting(Evidence::location)
        .containsExactly("Dockerfile:5");

    Finding root = finding("K8S003", "k8s/app.yaml", 17)
        .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "the exporter needs it"));
    ItemResult notMet = result(new ScoreInput(List.of(dockerfile, nonRoot), List.of(root)),
        "CS-4");
    assertThat(notMet.status()).isEqualTo(Status.NOT_MET);
    assertThat(notMet.assessment().evidence()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo("k8s/app.yaml:17");
      assertThat(e.ruleId()).isEqualTo("K8S003");
      assertThat(e.suppressed()).isTrue();
    });
  }

  @Test
  void secretRulesAreReadByPrefixAndNoSecretFindingMeetsTheItem() {
    assertThat(result(new ScoreInput(List.of(), List.of()), "SM-1").status())
        .isEqualTo(Status.MET);
    ItemResult found = result(new ScoreInput(List.of(),
        List.of(finding("SEC001", "config/app.env", 3))), "SM-1");
    assertThat(found.status()).isEqualTo(Status.NOT_MET);
    assertThat(found.assessment().evidence()).extracting(Evidence::location)
        .containsExactly("config/app.env:3");
    assertThat(MaturityModel.ruleIds()).contains("SEC*", "GHA001", "DKR004", "TF001");
  }

  @Test
  void containerItemsApplyOnlyToRepositoriesWithContainers() {
    ScoreInput noContainers = new ScoreInput(List.of(
        new Fact(FactKind.TERRAFORM_MODULE, "main.tf", 1, 1, "module")), List.of());
    for (String id : List.of("CS-1", "CS-2", "CS-3", "CS-4", "CS-5", "CS-6", "CI-3")) {
      assertThat(result(noContainers, id).status()).as(id).isEqualTo(Status.NOT_APPLICABLE);
    }
    ScoreInput workloadOnly = new ScoreInput(List.of(
        new Fact(FactKind.WORKLOAD, "k8s/app.yaml", 2, 1, "Deployment 'app'")), List.of());
    assertThat(result(workloadOnly, "CS-4").status()).isEqualTo(Status.MET);
    // size and stages are about Dockerfiles
    assertThat(result(workloadOnly, "CS-5").status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(result(workloadOnly, "CS-6").status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void remoteStateIsJudgedOnlyWhereAModuleKeepsState() {
    Fact module = new Fact(FactKind.TERRAFORM_MODULE, "main.tf", 1, 1, "module");
    assertThat(result(new ScoreInput(List.of(module), List.of()), "IAC-3").status())
        .isEqualTo(Status.NOT_APPLICABLE);
    assertThat(result(new ScoreInput(List.of(module,
        new Fact(FactKind.REMOTE_STATE_LOCKED, "main.tf", 9, 3, "backend 'gcs'")), List.of()),
        "IAC-3").status()).isEqualTo(Status.MET);
    assertThat(result(new ScoreInput(List.of(module,
        new Fact(FactKind.REMOTE_STATE_LOCKED, "main.tf", 9, 3, "backend 'gcs'")),
        List.of(finding("TF001", "examples/main.tf", 1))), "IAC-3").status())
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void notVisibleItemsStayNotVisibleWhateverTheFilesShow() {
    List<Fact> everything = java.util.Arrays.stream(FactKind.values())
        .map(k -> new Fact(k, "f", 1, 1, k.name())).toList();
    Map<String, Status> status = statuses(new ScoreInput(everything, List.of()));
    assertThat(status.entrySet().stream().filter(e -> e.getValue() == Status.NOT_VISIBLE)
        .map(Map.Entry::getKey).sorted())
        .containsExactly("CI-7", "DS-4", "IAC-2", "IAC-6", "SM-4");
  }

  private static ItemResult result(ScoreInput input, String id) {
    Item item = MaturityModel.item(id);
    return new ItemResult(item, item.assess(input));
  }
}
