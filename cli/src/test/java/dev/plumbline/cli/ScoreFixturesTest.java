package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code plumbline score} on the three repositories of {@code testdata/score}: the status of
 * every item, the places that show some of them, and the total.
 */
@Timeout(120)
class ScoreFixturesTest {

  private static final Path ROOT = TestData.projectRoot();
  private static final String M = "met";
  private static final String N = "not-met";
  private static final String A = "not-applicable";
  private static final String V = "not-visible";

  private static JsonNode score(String fixture) throws IOException {
    CliRun run = CliRun.in(ROOT, "score", "testdata/score/" + fixture, "--format", "json");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr()).isEmpty();
    return new ObjectMapper().readTree(run.stdout());
  }

  private static Map<String, String> statuses(JsonNode score) {
    Map<String, String> statuses = new LinkedHashMap<>();
    for (JsonNode item : score.get("items")) {
      statuses.put(item.get("id").asText(), item.get("status").asText());
    }
    return statuses;
  }

  /** The expected statuses, in checklist order: CI-1..8, IAC-1..6, DS-1..5, CS-1..6, SM-1..6. */
  private static Map<String, String> expected(String... statuses) {
    String[] ids = {"CI-1", "CI-2", "CI-3", "CI-4", "CI-5", "CI-6", "CI-7", "CI-8",
        "IAC-1", "IAC-2", "IAC-3", "IAC-4", "IAC-5", "IAC-6",
        "DS-1", "DS-2", "DS-3", "DS-4", "DS-5",
        "CS-1", "CS-2", "CS-3", "CS-4", "CS-5", "CS-6",
        "SM-1", "SM-2", "SM-3", "SM-4", "SM-5", "SM-6"};
    assertThat(statuses).hasSameSizeAs(ids);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      expected.put(ids[i], statuses[i]);
    }
    return expected;
  }

  private static List<String> evidence(JsonNode score, String id) {
    List<String> places = new ArrayList<>();
    for (JsonNode item : score.get("items")) {
      if (item.get("id").asText().equals(id)) {
        for (JsonNode e : item.get("evidence")) {
          places.add(e.get("path").asText().replace("testdata/score/", "") + ":"
              + e.get("line").asInt() + (e.has("ruleId") ? " " + e.get("ruleId").asText() : ""));
        }
      }
    }
    return places;
  }

  @Test
  void bare() throws IOException {
    JsonNode score = score("bare");
    assertThat(statuses(score)).containsExactlyEntriesOf(expected(
        N, N, N, N, N, N, V, A,  // CI/CD: no CI at all
        N, V, A, A, A, V,        // IaC: none, so nothing about state, modules or drift
        A, A, A, V, A,           // nothing is deployed
        N, N, V, N, N, N,        // the Dockerfile: tag only, no scan, root, caches, one stage
        M, A, A, V, V, A));      // no secret written down, none used
    // 10 of the 80 weight points of the areas that count: 12.5, rounded up
    assertThat(score.get("score").asInt()).isEqualTo(13);
    assertThat(score.at("/band/min").asInt()).isZero();
    assertThat(score.at("/areas/2/included").asBoolean()).isFalse();
    assertThat(evidence(score, "CS-1")).containsExactly("bare/Dockerfile:1 DKR003");
    assertThat(evidence(score, "CS-4")).containsExactly("bare/Dockerfile:6 DKR004");
    assertThat(evidence(score, "CS-5")).containsExactly("bare/Dockerfile:2 DKR010",
        "bare/Dockerfile:2 DKR011", "bare/Dockerfile:4 DKR016");
    assertThat(evidence(score, "CS-6")).containsExactly("bare/Dockerfile:2 DKR026");
  }

  @Test
  void typical() throws IOException {
    JsonNode score = score("typical");
    assertThat(statuses(score)).containsExactlyEntriesOf(expected(
        M, M, N, N, M, M, V, N,  // tests, then a production deploy through an environment
        M, V, A, A, N, V,        // Kubernetes manifests, no Terraform, no drift check
        N, M, N, V, M,           // probes, rollout status, two replicas; no strategy or way back
        N, N, V, N, M, N,        // tags only, no scan, the container may run as root
        M, N, M, V, V, M));      // a CI secret injected at run time, no secret manager
    assertThat(score.get("score").asInt()).isEqualTo(55);
    assertThat(score.at("/band/label").asText())
        .isEqualTo("Basic CI/CD, manual deployments to production");
    assertThat(evidence(score, "CI-2")).containsExactly("typical/.github/workflows/ci.yml:9");
    assertThat(evidence(score, "CI-5")).containsExactly("typical/.github/workflows/ci.yml:40");
    assertThat(evidence(score, "CI-8")).containsExactly(
        "typical/.github/workflows/ci.yml:13 GHA001", "typical/.github/workflows/ci.yml:16 GHA001",
        "typical/.github/workflows/ci.yml:30 GHA001", "typical/.github/workflows/ci.yml:43 GHA001");
    assertThat(evidence(score, "DS-2")).containsExactly("typical/.github/workflows/ci.yml:51",
        "typical/k8s/deployment.yaml:21");
    assertThat(evidence(score, "CS-4")).containsExactly("typical/k8s/deployment.yaml:17 K8S003");
    assertThat(evidence(score, "SM-3")).containsExactly("typical/.github/workflows/ci.yml:48");
  }

  @Test
  void exemplary() throws IOException {
    JsonNode score = score("exemplary");
    assertThat(statuses(score)).containsExactlyEntriesOf(expected(
        M, M, M, M, M, M, V, M,
        M, V, M, M, M, V,
        M, M, M, V, M,
        M, M, M, M, M, M,
        M, M, M, V, M, M));
    assertThat(score.get("score").asInt()).isEqualTo(100);
    assertThat(score.at("/band/label").asText()).isEqualTo("DevOps-driven, production-ready");
    assertThat(evidence(score, "CI-4")).containsExactly("exemplary/.github/workflows/ci.yml:41");
    assertThat(evidence(score, "IAC-3")).containsExactly("exemplary/infra/main.tf:9");
    assertThat(evidence(score, "IAC-5")).containsExactly(
        "exemplary/.github/workflows/drift.yml:21");
    assertThat(evidence(score, "CS-3")).containsExactly("exemplary/.github/workflows/ci.yml:34");
    assertThat(evidence(score, "DS-5")).containsExactly("exemplary/k8s/shop.yaml:2");
    assertThat(evidence(score, "SM-5")).containsExactly("exemplary/infra/main.tf:27",
        "exemplary/infra/main.tf:51");
    for (JsonNode area : score.get("areas")) {
      assertThat(area.get("score").asInt()).as(area.get("name").asText()).isEqualTo(100);
    }
  }
}
