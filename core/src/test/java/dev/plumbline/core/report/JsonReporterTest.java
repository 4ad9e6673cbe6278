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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  private static JsonNode json(ReportContext context) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(context, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void hasTheDocumentedTopLevelShape() throws IOException {
    JsonNode report = json(ReportFixture.context(false));
    assertThat(report.fieldNames()).toIterable()
        .containsExactly("tool", "summary", "findings", "notifications");
    assertThat(report.at("/tool/name").asText()).isEqualTo("Plumbline");
    assertThat(report.at("/tool/version").asText()).isEqualTo("0.1.0");
    assertThat(report.path("summary").toString())
        .isEqualTo("{\"errors\":2,\"warnings\":3,\"notes\":1,\"suppressed\":2,"
            + "\"filesLinted\":5}");
  }

  @Test
  void findingsCarryRulePositionAndFingerprint() throws IOException {
    JsonNode findings = json(ReportFixture.context(false)).path("findings");
    assertThat(findings).hasSize(8);
    JsonNode image = findings.get(7);
    assertThat(image.fieldNames()).toIterable().containsExactly("ruleId", "ruleName", "severity",
        "message", "hint", "path", "start", "end", "fingerprint", "suppressions", "fixes");
    assertThat(image.path("ruleId").asText()).isEqualTo("PLB901");
    assertThat(image.path("ruleName").asText()).isEqualTo("test-unpinned-reference");
    assertThat(image.path("severity").asText()).isEqualTo("warning");
    assertThat(image.path("path").asText()).isEqualTo("services/café api/Dockerfile");
    assertThat(image.path("start").toString()).isEqualTo("{\"line\":1,\"column\":6}");
    assertThat(image.path("end").toString()).isEqualTo("{\"line\":1,\"column\":17}");
    assertThat(image.path("fingerprint").asText())
        .isEqualTo(Fingerprints.of(ReportFixture.result().findings()).get(7));
    assertThat(image.path("suppressions").isArray()).isTrue();
    assertThat(image.path("suppressions")).isEmpty();
    assertThat(image.path("fixes").isArray()).isTrue();
    assertThat(image.path("fixes")).isEmpty();
  }

  @Test
  void fixesCarryDescriptionSafetyAndReplacements() throws IOException {
    JsonNode findings = json(ReportFixture.context(false)).path("findings");
    JsonNode timeout = findings.get(0);
    assertThat(timeout.path("ruleId").asText()).isEqualTo("PLB903");
    assertThat(timeout.path("fixes").toString()).isEqualTo("[{\"description\":"
        + "\"add 'timeout-minutes: 30' to the job\",\"safe\":true,\"replacements\":[{"
        + "\"start\":{\"line\":5,\"column\":1},\"end\":{\"line\":5,\"column\":1},"
        + "\"text\":\"    timeout-minutes: 30\\n\"}]}]");
    JsonNode secret = findings.get(3);
    assertThat(secret.path("ruleId").asText()).isEqualTo("PLB902");
    JsonNode fix = secret.at("/fixes/0");
    assertThat(fix.path("safe").asBoolean()).isFalse();
    assertThat(fix.at("/replacements/0/start").toString())
        .isEqualTo("{\"line\":11,\"column\":18}");
    assertThat(fix.at("/replacements/0/end").toString())
        .isEqualTo("{\"line\":11,\"column\":25}");
    assertThat(fix.at("/replacements/0/text").asText()).isEqualTo("${{ secrets.TOKEN }}");
  }

  @Test
  void suppressedFindingsAreCarriedWithKindAndJustification() throws IOException {
    JsonNode findings = json(ReportFixture.context(false)).path("findings");
    JsonNode inSource = findings.get(5);
    assertThat(inSource.path("message").asText()).startsWith("acme/deploy@v2");
    assertThat(inSource.path("suppressions").toString()).isEqualTo(
        "[{\"kind\":\"inSource\",\"justification\":\"" + ReportFixture.IN_SOURCE_REASON
            + "\"}]");
    JsonNode external = findings.get(6);
    assertThat(external.path("message").asText()).startsWith("acme/notify@v1");
    assertThat(external.path("suppressions").toString())
        .isEqualTo("[{\"kind\":\"external\",\"justification\":\"\"}]");
  }

  @Test
  void summaryCountsExcludeSuppressedFindings() throws IOException {
    SourceFile file = SourceFile.of("x.yml", "a: 1\nb: 2\n");
    Finding counted = ReportFixture.finding(file, "PLB902", Severity.ERROR, 0, 1, "m", null);
    Finding silenced = ReportFixture.finding(file, "PLB902", Severity.ERROR, 5, 6, "m", null)
        .withSuppression(Suppression.inSource("test data"));
    JsonNode report = json(new ReportContext(new LintResult(List.of(counted, silenced),
        TestRules.ALL, List.of(), ReportFixture.files(1)), "0.1.0", Optional.empty(), false));
    assertThat(report.path("summary").toString())
        .isEqualTo("{\"errors\":1,\"warnings\":0,\"notes\":0,\"suppressed\":1,"
            + "\"filesLinted\":1}");
    assertThat(report.path("findings")).hasSize(2);
  }

  @Test
  void messagesAreKeptVerbatimAndHintOnlyWhenPresent() throws IOException {
    JsonNode findings = json(ReportFixture.context(false)).path("findings");
    JsonNode secret = findings.get(3);
    assertThat(secret.path("message").asText())
        .isEqualTo("env of step 3 sets TOKEN to a plaintext secret");
    assertThat(secret.has("hint")).isFalse();
    assertThat(findings.get(4).path("message").asText()).contains("\u001b]0;pwned\u0007");
  }

  @Test
  void controlCharactersAreEscapedInTheJsonText() throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(ReportFixture.context(false), out);
    assertThat(out.toString().codePoints().filter(TerminalText::isUnsafe)
        .filter(cp -> cp != '\n')).isEmpty();
    assertThat(out.toString()).contains("\\u001B]0;pwned\\u0007 \\u202Edlrow");
  }

  @Test
  void notificationsHaveLevelMessageAndOptionalPathAndRule() throws IOException {
    JsonNode notifications = json(ReportFixture.context(false)).path("notifications");
    assertThat(notifications).hasSize(3);
    assertThat(notifications.get(0).fieldNames()).toIterable()
        .containsExactly("level", "message");
    assertThat(notifications.get(1).fieldNames()).toIterable()
        .containsExactly("level", "message", "path", "ruleId");
    assertThat(notifications.get(1).path("level").asText()).isEqualTo("error");
    assertThat(notifications.get(2).path("path").asText()).isEqualTo("vendor/huge.yml");
  }

  @Test
  void unknownRuleHasNullName() throws IOException {
    SourceFile file = SourceFile.of("x.yml", "a: [\n");
    Finding finding = ReportFixture.finding(file, "PLB000", Severity.ERROR, 3, 4, "m", null);
    JsonNode report = json(new ReportContext(new LintResult(List.of(finding), List.of(),
        List.of(), ReportFixture.files(1)), "0.1.0", Optional.empty(), false));
    assertThat(report.at("/findings/0").has("ruleName")).isTrue();
    assertThat(report.at("/findings/0/ruleName").isNull()).isTrue();
  }

  @Test
  void emptyRunHasEmptyArrays() throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(new ReportContext(new LintResult(List.of(), List.of(), List.of(),
        ReportFixture.files(2)),
        "0.1.0", Optional.empty(), false), out);
    assertThat(out.toString()).contains("\"findings\": [],\n  \"notifications\": []\n}\n");
  }
}
