package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitLabCodeQualityReporterTest {

  /** GitLab's severities, https://docs.gitlab.com/ci/testing/code_quality/ */
  private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical",
      "blocker");

  private static String render(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new GitLabCodeQualityReporter().write(new ReportContext(result, "0.1.0", Optional.empty(),
        false), out);
    return out.toString();
  }

  private static JsonNode issues(LintResult result) throws IOException {
    return new ObjectMapper().readTree(render(result));
  }

  private static LintResult of(Finding... findings) {
    return new LintResult(List.of(findings), TestRules.ALL, List.of(), ReportFixture.files(1));
  }

  @Test
  void everyIssueHasTheFieldsGitLabRequiresWithTheRightTypes() throws IOException {
    JsonNode issues = issues(ReportFixture.result());
    assertThat(issues.isArray()).isTrue();
    assertThat(issues).hasSize(6);
    for (JsonNode issue : issues) {
      assertThat(issue.path("description").isTextual()).as("description").isTrue();
      assertThat(issue.path("description").asText()).isNotBlank();
      assertThat(issue.path("check_name").isTextual()).as("check_name").isTrue();
      assertThat(issue.path("fingerprint").asText()).matches("[0-9a-f]{32}");
      assertThat(issue.path("severity").asText()).isIn(SEVERITIES);
      JsonNode location = issue.path("location");
      assertThat(location.path("path").isTextual()).as("location.path").isTrue();
      assertThat(location.path("path").asText()).doesNotStartWith("/");
      assertThat(location.at("/lines/begin").isInt()).as("location.lines.begin").isTrue();
      assertThat(location.at("/lines/begin").asInt()).isPositive();
      assertThat(location.at("/lines/end").asInt())
          .isGreaterThanOrEqualTo(location.at("/lines/begin").asInt());
    }
  }

  @Test
  void fingerprintsAreUniqueEvenForIdenticalLines() throws IOException {
    JsonNode issues = issues(ReportFixture.result());
    Set<String> fingerprints = new HashSet<>(issues.findValuesAsText("fingerprint"));
    assertThat(fingerprints).hasSize(issues.size());
    // ci.yml lines 7 and 8 are the same step twice
    assertThat(issues.get(1).at("/location/lines/begin").asInt()).isEqualTo(7);
    assertThat(issues.get(2).at("/location/lines/begin").asInt()).isEqualTo(8);
    assertThat(issues.get(1).path("fingerprint").asText())
        .isNotEqualTo(issues.get(2).path("fingerprint").asText());
  }

  @Test
  void fingerprintStaysWhenUnrelatedLinesAreAddedAndDiffersByFile() throws IOException {
    SourceFile before = SourceFile.of("ci.yml", "a: 1\nuses: x@v1\n");
    SourceFile after = SourceFile.of("ci.yml", "# new line\na: 1\nb: 2\nuses: x@v1\n");
    SourceFile elsewhere = SourceFile.of("other.yml", "a: 1\nuses: x@v1\n");
    List<String> fingerprints = new ArrayList<>();
    for (SourceFile file : List.of(before, after, elsewhere)) {
      int at = file.text().indexOf("x@v1");
      fingerprints.add(issues(of(ReportFixture.finding(file, "PLB901", Severity.WARNING, at,
          at + 4, "m", null))).get(0).path("fingerprint").asText());
    }
    assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0));
    assertThat(fingerprints.get(2)).isNotEqualTo(fingerprints.get(0));
  }

  @Test
  void severitiesMapToGitLabValues() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "a: 1\nb: 2\nc: 3\n");
    JsonNode issues = issues(of(
        ReportFixture.finding(file, "PLB902", Severity.ERROR, 0, 1, "e", null),
        ReportFixture.finding(file, "PLB901", Severity.WARNING, 5, 6, "w", null),
        ReportFixture.finding(file, "PLB903", Severity.NOTE, 10, 11, "n", null)));
    assertThat(issues.findValuesAsText("severity")).containsExactly("major", "minor", "info");
    assertThat(issues.findValuesAsText("check_name"))
        .containsExactly("PLB902", "PLB901", "PLB903");
  }

  @Test
  void descriptionHasMessageAndHintAndLinesCoverTheSpan() throws IOException {
    JsonNode issues = issues(ReportFixture.result());
    JsonNode secret = issues.get(3);
    assertThat(secret.path("description").asText())
        .isEqualTo("env of step 3 sets TOKEN to a plaintext secret.");
    assertThat(secret.at("/location/lines").toString()).isEqualTo("{\"begin\":10,\"end\":11}");
    assertThat(issues.get(5).path("description").asText()).isEqualTo(
        "image node:latest is not pinned to a digest. Hint: pin it: node:22@sha256:<digest>.");
    assertThat(issues.get(5).at("/location/path").asText())
        .isEqualTo("services/café api/Dockerfile");
  }

  @Test
  void suppressedFindingsAreLeftOut() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "a: 1\nb: 2\n");
    JsonNode issues = issues(of(
        ReportFixture.finding(file, "PLB901", Severity.WARNING, 0, 1, "counted", null),
        ReportFixture.finding(file, "PLB901", Severity.WARNING, 5, 6, "silenced", null)
            .withSuppression(Suppression.inSource("reviewed")),
        ReportFixture.finding(file, "PLB902", Severity.ERROR, 5, 6, "baselined", null)
            .withSuppression(Suppression.external(""))));
    assertThat(issues.findValuesAsText("description")).containsExactly("counted.");
    assertThat(render(ReportFixture.result())).doesNotContain("acme/");
  }

  @Test
  void emptyRunIsAnEmptyArrayWithoutByteOrderMark() throws IOException {
    assertThat(render(of())).isEqualTo("[]\n");
    assertThat(render(ReportFixture.result())).startsWith("[").doesNotContain("\uFEFF");
  }

  @Test
  void controlCharactersAreEscapedInTheJsonText() throws IOException {
    String out = render(ReportFixture.result());
    assertThat(out.codePoints().filter(cp -> cp != '\n').filter(TerminalText::isUnsafe))
        .isEmpty();
    assertThat(new ObjectMapper().readTree(out).get(4).path("description").asText())
        .contains("\u001b]0;pwned\u0007 \u202edlrow");
  }
}
