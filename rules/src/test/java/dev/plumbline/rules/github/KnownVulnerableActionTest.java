package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.rules.ProjectLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of the advisory table, through the rule: fires when affected, not when fixed. */
class KnownVulnerableActionTest {

  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  static Stream<Advisories.Advisory> advisories() {
    return Advisories.all().stream();
  }

  @Test
  void theTableHoldsTheAdvisoriesItWasStartedWith() {
    assertThat(Advisories.all()).extracting(Advisories.Advisory::id)
        .contains("GHSA-mrrh-fwg8-r2c3", "GHSA-qmg3-hpqr-gqvc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("advisories")
  void firesAtAnAffectedVersionAndNotAtTheFixedOne(Advisories.Advisory advisory) {
    String affected = affectedVersion(advisory);
    assertThat(findings(advisory.action(), "v" + affected))
        .as("%s at v%s", advisory.action(), affected)
        .singleElement().asString().contains(advisory.id());
    // the same version read from the comment after a full SHA
    assertThat(findings(advisory.action(), SHA + " # v" + affected))
        .singleElement().asString().contains(advisory.id()).contains("commented as");
    // another advisory of the same action may still cover the fixed release
    String safe = advisory.upgrade().orElse(affected + ".99");
    assertThat(findings(advisory.action(), "v" + safe))
        .as("%s at v%s", advisory.action(), safe)
        .noneMatch(f -> f.contains(advisory.id()));
  }

  @Test
  void floatingTagsStandForTheNewestReleaseOfTheirLine() {
    assertThat(findings("tj-actions/changed-files", "v45")).singleElement().asString()
        .contains("GHSA-mrrh-fwg8-r2c3");
    assertThat(findings("tj-actions/changed-files", "v46")).isEmpty();
    assertThat(findings("actions/download-artifact", "v4")).isEmpty();
    assertThat(findings("actions/download-artifact", "v4.1")).isEmpty();
    assertThat(findings("actions/download-artifact", "v4.0")).singleElement().asString()
        .contains("GHSA-cxww-7g56-2vh6");
    assertThat(findings("github/codeql-action/analyze", "v2")).singleElement().asString()
        .contains("GHSA-vqf5-2xx6-9wfm");
    assertThat(findings("github/codeql-action/analyze", "v3")).isEmpty();
  }

  @Test
  void oneFindingNamesEveryAdvisoryOfTheVersion() {
    assertThat(findings("tj-actions/changed-files", "v40.2.1")).singleElement().asString()
        .contains("GHSA-mrrh-fwg8-r2c3").contains("GHSA-mcph-m25j-8j63");
  }

  @Test
  void refsWithoutAKnownVersionAreNotJudged() {
    assertThat(findings("tj-actions/changed-files", SHA)).isEmpty();
    assertThat(findings("tj-actions/changed-files", SHA + " # pinned by hand")).isEmpty();
    assertThat(findings("tj-actions/changed-files", "main")).isEmpty();
    assertThat(findings("tj-actions/changed-files", "0e58ed8")).isEmpty();
    assertThat(findings("TJ-Actions/Changed-Files", "v44.0.0")).hasSize(1);
  }

  @Test
  void malformedLinesAreRejectedWithTheirLineNumber() {
    assertThatThrownBy(() -> Advisories.parse("a/b\t< 1\t1\tGHSA-xxxx\t-\tsummary", 7))
        .hasMessageContaining(":7:").hasMessageContaining("GHSA-xxxx");
    assertThatThrownBy(() -> Advisories.parse("a/b\t~ 1\t1\tGHSA-2222-3333-4444\t-\ts", 9))
        .hasMessageContaining(":9:");
    assertThatThrownBy(() -> Advisories.parse("a/b\t< 1", 3)).hasMessageContaining(":3:");
  }

  /** A version inside the range: its lower bound, its one listed tag, or just below the fix. */
  private static String affectedVersion(Advisories.Advisory a) {
    if (a.exact().isPresent()) {
      return join(a.exact().get());
    }
    if (ActionVersion.compare(a.introduced(), List.of(0)) > 0) {
      return join(a.introduced()) + (a.introduced().size() < 3 ? ".0" : "");
    }
    List<Integer> below = new ArrayList<>(a.fixed().orElseThrow());
    while (below.size() < 3) {
      below.add(0);
    }
    for (int i = below.size() - 1; i >= 0; i--) {
      if (below.get(i) > 0) {
        below.set(i, below.get(i) - 1);
        for (int j = i + 1; j < below.size(); j++) {
          below.set(j, 99);
        }
        break;
      }
    }
    return join(below);
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining("."));
  }

  private static List<String> findings(String action, String ref) {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - uses: %s@%s
        """.formatted(action, ref);
    return ProjectLint.findings("GHA026", Map.of(), ".github/workflows/ci.yml", workflow);
  }
}
