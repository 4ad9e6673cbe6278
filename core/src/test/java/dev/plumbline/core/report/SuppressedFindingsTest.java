package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suppressed findings: hidden and not counted on the console, marked in SARIF and JSON. */
class SuppressedFindingsTest {

  private static final String TEXT = ReportFixture.WORKFLOW.text();
  private static final int FIRST = TEXT.indexOf("actions/checkout@v4");
  private static final int SECOND = TEXT.indexOf("actions/checkout@v4", FIRST + 1);

  private static ReportContext context() {
    Finding shown = ReportFixture.finding(ReportFixture.WORKFLOW, "PLB901", Severity.WARNING,
        FIRST, FIRST + 19, "shown", null);
    Finding baselined = ReportFixture.finding(ReportFixture.WORKFLOW, "PLB901", Severity.ERROR,
        SECOND, SECOND + 19, "baselined", null)
        .withSuppression(Suppression.external("baseline b.json"));
    Finding inSource = ReportFixture.finding(ReportFixture.WORKFLOW, "PLB902", Severity.ERROR,
        0, 4, "in source", null).withSuppression(Suppression.inSource(""));
    List<Finding> findings = new java.util.ArrayList<>(List.of(shown, baselined, inSource));
    findings.sort(Finding.ORDER);
    return new ReportContext(new LintResult(findings, TestRules.ALL, List.of(),
        ReportFixture.files(1)), "0.1.0", Optional.empty(), false);
  }

  private static String write(Reporter reporter) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(context(), out);
    return out.toString();
  }

  @Test
  void consoleShowsAndCountsOnlyUnsuppressedFindings() throws IOException {
    String console = write(new ConsoleReporter());
    assertThat(console).contains("warning[PLB901] shown").doesNotContain("baselined")
        .doesNotContain("in source")
        .endsWith("Found 1 warning in 1 file (1 file linted).\n");
  }

  @Test
  void sarifMarksSuppressedResultsWithKindAndJustification() throws IOException {
    JsonNode results = new ObjectMapper().readTree(write(new SarifReporter()))
        .at("/runs/0/results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).path("message").path("text").asText()).isEqualTo("in source.");
    assertThat(results.get(0).path("suppressions").toString())
        .isEqualTo("[{\"kind\":\"inSource\"}]");
    assertThat(results.get(1).has("suppressions")).isFalse();
    assertThat(results.get(2).path("suppressions").toString())
        .isEqualTo("[{\"kind\":\"external\",\"justification\":\"baseline b.json\"}]");
  }

  @Test
  void jsonListsSuppressionsAndLeavesThemOutOfTheSummary() throws IOException {
    JsonNode report = new ObjectMapper().readTree(write(new JsonReporter()));
    assertThat(report.path("summary").path("errors").asInt()).isZero();
    assertThat(report.path("summary").path("warnings").asInt()).isOne();
    JsonNode findings = report.path("findings");
    assertThat(findings).hasSize(3);
    assertThat(findings.get(1).has("suppressions")).isFalse();
    assertThat(findings.get(2).path("suppressions").toString())
        .isEqualTo("[{\"kind\":\"external\",\"justification\":\"baseline b.json\"}]");
  }
}
