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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  private static JsonNode sarif(ReportContext context) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter().write(context, out);
    return new ObjectMapper().readTree(out.toString());
  }

  private static JsonNode fixtureRun() throws IOException {
    return sarif(ReportFixture.context(false)).path("runs").get(0);
  }

  private static JsonNode resultWithSnippet(JsonNode run, String ruleId, int startLine) {
    for (JsonNode result : run.path("results")) {
      JsonNode region = result.at("/locations/0/physicalLocation/region");
      if (result.path("ruleId").asText().equals(ruleId)
          && region.path("startLine").asInt() == startLine) {
        return result;
      }
    }
    throw new AssertionError("no result " + ruleId + " at line " + startLine);
  }

  private static JsonNode releaseResult(JsonNode run, int startLine) {
    for (JsonNode result : run.path("results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      if (location.at("/artifactLocation/uri").asText().equals(ReportFixture.RELEASE.path())
          && location.at("/region/startLine").asInt() == startLine) {
        return result;
      }
    }
    throw new AssertionError("no result in release.yml at line " + startLine);
  }

  @Test
  void logHasSchemaVersionAndOneRun() throws IOException {
    JsonNode log = sarif(ReportFixture.context(false));
    assertThat(log.path("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertThat(driver.path("name").asText()).isEqualTo("Plumbline");
    assertThat(driver.path("version").asText()).isEqualTo("0.1.0");
    assertThat(driver.path("semanticVersion").asText()).isEqualTo("0.1.0");
    assertThat(driver.path("informationUri").asText()).isEqualTo("https://plumbline.dev");
    assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void driverListsEveryRuleThatRanWithItsMetadata() throws IOException {
    JsonNode rules = fixtureRun().at("/tool/driver/rules");
    assertThat(rules.findValuesAsText("id")).containsExactly("PLB901", "PLB902", "PLB903",
        "PLB904");
    JsonNode unpinned = rules.get(0);
    assertThat(unpinned.path("name").asText()).isEqualTo("test-unpinned-reference");
    assertThat(unpinned.at("/shortDescription/text").asText())
        .isEqualTo("Reference is not pinned to an immutable version");
    assertThat(unpinned.at("/fullDescription/text").asText())
        .isEqualTo(TestRules.UNPINNED.docs().description()).startsWith("A reference to");
    assertThat(unpinned.at("/help/markdown").asText())
        .isEqualTo(TestRules.UNPINNED.docs().markdown());
    assertThat(unpinned.at("/help/text").asText()).isNotBlank();
    assertThat(unpinned.path("helpUri").asText()).isEqualTo("https://plumbline.dev/rules/PLB901");
    assertThat(unpinned.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(unpinned.at("/properties/tags").toString())
        .isEqualTo("[\"security\",\"supply-chain\"]");
  }

  @Test
  void securitySeverityIsANumberAsAString() throws IOException {
    JsonNode rules = fixtureRun().at("/tool/driver/rules");
    JsonNode severity = rules.get(0).at("/properties/security-severity");
    assertThat(severity.isTextual()).isTrue();
    assertThat(severity.asText()).isEqualTo("7.0");
    assertThat(rules.get(1).at("/properties/security-severity").asText()).isEqualTo("9.5");
    assertThat(rules.get(3).at("/properties/security-severity").asText()).isEqualTo("8.25");
    assertThat(rules.get(2).at("/properties/security-severity").isMissingNode()).isTrue();
  }

  @Test
  void ruleWithoutDocsFallsBackToItsSummary() throws IOException {
    JsonNode timeout = fixtureRun().at("/tool/driver/rules/2");
    assertThat(timeout.at("/fullDescription/text").asText()).isEqualTo("Job has no timeout");
    assertThat(timeout.at("/help/text").asText()).isEqualTo("Job has no timeout");
    assertThat(timeout.at("/help/markdown").isMissingNode()).isTrue();
    assertThat(timeout.at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void ruleIndexPointsAtTheResultsRule() throws IOException {
    JsonNode run = fixtureRun();
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(run.path("results")).hasSize(8);
    for (JsonNode result : run.path("results")) {
      int index = result.path("ruleIndex").asInt(-1);
      assertThat(rules.get(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }
  }

  @Test
  void resultsHaveAnExplicitLevel() throws IOException {
    JsonNode run = fixtureRun();
    assertThat(run.path("results").findValuesAsText("level"))
        .containsExactly("note", "warning", "warning", "error", "error", "warning", "warning",
            "warning");
  }

  @Test
  void regionsUseCodePointColumnsWithExclusiveEndAndCarryTheSpanText() throws IOException {
    JsonNode run = fixtureRun();
    JsonNode image = resultWithSnippet(run, "PLB901", 1)
        .at("/locations/0/physicalLocation/region");
    // "FROM\tnode:latest": the tab is one column
    assertThat(image.path("startColumn").asInt()).isEqualTo(6);
    assertThat(image.path("endLine").asInt()).isEqualTo(1);
    assertThat(image.path("endColumn").asInt()).isEqualTo(17);
    assertThat(image.at("/snippet/text").asText()).isEqualTo("node:latest");

    JsonNode multiLine = resultWithSnippet(run, "PLB902", 10)
        .at("/locations/0/physicalLocation/region");
    assertThat(multiLine.path("startColumn").asInt()).isEqualTo(9);
    assertThat(multiLine.path("endLine").asInt()).isEqualTo(11);
    assertThat(multiLine.path("endColumn").asInt()).isEqualTo(25);
    assertThat(multiLine.at("/snippet/text").asText()).isEqualTo("env:\n          TOKEN: hunter2");

    JsonNode empty = resultWithSnippet(run, "PLB903", 5)
        .at("/locations/0/physicalLocation/region");
    assertThat(empty.path("startColumn").asInt()).isEqualTo(5);
    assertThat(empty.path("endColumn").asInt()).isEqualTo(5);
    assertThat(empty.at("/snippet/text").asText()).isEmpty();
  }

  @Test
  void fixesCarryExactReplacementsForTheResultsArtifact() throws IOException {
    JsonNode run = fixtureRun();
    JsonNode timeout = resultWithSnippet(run, "PLB903", 5);
    assertThat(timeout.path("fixes")).hasSize(1);
    JsonNode fix = timeout.at("/fixes/0");
    assertThat(fix.at("/description/text").asText())
        .isEqualTo("add 'timeout-minutes: 30' to the job.");
    assertThat(fix.at("/properties/safe").asBoolean()).isTrue();
    JsonNode change = fix.at("/artifactChanges/0");
    assertThat(change.path("artifactLocation"))
        .isEqualTo(timeout.at("/locations/0/physicalLocation/artifactLocation"));
    JsonNode insertion = change.at("/replacements/0");
    assertThat(insertion.path("deletedRegion").toString())
        .isEqualTo("{\"startLine\":5,\"startColumn\":1,\"endLine\":5,\"endColumn\":1}");
    assertThat(insertion.at("/insertedContent/text").asText())
        .isEqualTo("    timeout-minutes: 30\n");

    JsonNode secret = resultWithSnippet(run, "PLB902", 10);
    JsonNode replacement = secret.at("/fixes/0/artifactChanges/0/replacements/0");
    assertThat(secret.at("/fixes/0/properties/safe").asBoolean()).isFalse();
    assertThat(replacement.path("deletedRegion").toString())
        .isEqualTo("{\"startLine\":11,\"startColumn\":18,\"endLine\":11,\"endColumn\":25}");
    assertThat(replacement.at("/insertedContent/text").asText())
        .isEqualTo("${{ secrets.TOKEN }}");
    assertThat(resultWithSnippet(run, "PLB901", 7).has("fixes")).isFalse();
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "k: \"😀😀\" bad\n");
    int at = file.text().indexOf("bad");
    Finding finding = ReportFixture.finding(file, "PLB901", Severity.WARNING, at, at + 3, "m",
        null);
    JsonNode region = sarif(new ReportContext(new LintResult(List.of(finding), TestRules.ALL,
        List.of(), ReportFixture.files(1)), "0.1.0", Optional.empty(), false))
        .at("/runs/0/results/0/locations/0/physicalLocation/region");
    assertThat(region.path("startColumn").asInt()).isEqualTo(9);
    assertThat(region.path("endColumn").asInt()).isEqualTo(12);
    assertThat(region.at("/snippet/text").asText()).isEqualTo("bad");
  }

  @Test
  void artifactLocationsAreRelativeUriReferencesAgainstSrcroot() throws IOException,
      URISyntaxException {
    JsonNode run = fixtureRun();
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo("file:///home/dev/project/");
    List<JsonNode> locations = new ArrayList<>(run.findValues("artifactLocation"));
    // 8 results, 2 notifications with a path, 2 fixes
    assertThat(locations).hasSize(12);
    for (JsonNode location : locations) {
      assertThat(location.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      URI uri = new URI(location.path("uri").asText());
      assertThat(uri.isAbsolute()).isFalse();
      assertThat(uri.getPath()).doesNotStartWith("/");
    }
    assertThat(resultWithSnippet(run, "PLB901", 1)
        .at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("services/caf%C3%A9%20api/Dockerfile");
  }

  @Test
  void pathsArePercentEncodedIntoValidUriReferences() throws URISyntaxException {
    String path = "dir with space/ü#?%:[x]+@.yml";
    String reference = SarifReporter.uriReference(path);
    assertThat(reference).isEqualTo("dir%20with%20space/%C3%BC%23%3F%25%3A%5Bx%5D%2B%40.yml");
    assertThat(new URI(reference).getPath()).isEqualTo(path);
    assertThat(SarifReporter.uriReference(".github/workflows/ci.yml"))
        .isEqualTo(".github/workflows/ci.yml");
  }

  @Test
  void withoutSourceRootThereIsNoOriginalUriBaseIds() throws IOException {
    JsonNode run = sarif(new ReportContext(ReportFixture.result(), "0.1.0", Optional.empty(),
        false)).path("runs").get(0);
    assertThat(run.has("originalUriBaseIds")).isFalse();
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId")
        .asText()).isEqualTo("%SRCROOT%");
  }

  @Test
  void sourceRootGetsATrailingSlash() throws IOException {
    JsonNode run = sarif(new ReportContext(ReportFixture.result(), "0.1.0",
        Optional.of(URI.create("file:///work/repo")), false)).path("runs").get(0);
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo("file:///work/repo/");
  }

  @Test
  void everyMessageEndsWithAPeriod() throws IOException {
    JsonNode run = fixtureRun();
    List<JsonNode> messages = run.findValues("message");
    assertThat(messages).hasSizeGreaterThanOrEqualTo(9);
    for (JsonNode message : messages) {
      if (message.isObject()) {
        assertThat(message.path("text").asText()).endsWith(".");
      }
    }
    assertThat(resultWithSnippet(run, "PLB901", 7).at("/message/text").asText()).isEqualTo(
        "actions/checkout@v4 is not pinned to a full commit SHA. Hint: pin it to a commit SHA"
            + " and keep the tag in a comment: @<sha> # v4.");
    assertThat(resultWithSnippet(run, "PLB902", 10).at("/message/text").asText())
        .isEqualTo("env of step 3 sets TOKEN to a plaintext secret.");
  }

  @Test
  void partialFingerprintsAreTheLineHashes() throws IOException {
    JsonNode run = fixtureRun();
    List<String> expected = Fingerprints.of(ReportFixture.result().findings());
    assertThat(run.path("results").findValuesAsText("primaryLocationLineHash"))
        .containsExactlyElementsOf(expected);
    assertThat(resultWithSnippet(run, "PLB901", 7).at("/partialFingerprints/"
        + "primaryLocationLineHash").asText()).endsWith(":1");
    assertThat(resultWithSnippet(run, "PLB901", 8).at("/partialFingerprints/"
        + "primaryLocationLineHash").asText()).endsWith(":2");
  }

  @Test
  void suppressedFindingsAreResultsWithSuppressions() throws IOException {
    JsonNode run = fixtureRun();
    JsonNode inSource = releaseResult(run, 8);
    assertThat(inSource.at("/message/text").asText()).startsWith("acme/deploy@v2");
    assertThat(inSource.path("suppressions").toString()).isEqualTo(
        "[{\"kind\":\"inSource\",\"justification\":\"" + ReportFixture.IN_SOURCE_REASON
            + "\"}]");
    // a baseline gives no reason: justification is left out rather than empty
    assertThat(releaseResult(run, 9).path("suppressions").toString())
        .isEqualTo("[{\"kind\":\"external\"}]");
    int suppressed = 0;
    for (JsonNode result : run.path("results")) {
      suppressed += result.has("suppressions") ? 1 : 0;
    }
    assertThat(suppressed).isEqualTo(2);
  }

  @Test
  void everySuppressionOfAFindingIsListedInOrder() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "k: v\n");
    Finding finding = ReportFixture.finding(file, "PLB901", Severity.WARNING, 3, 4, "m", null)
        .withSuppression(Suppression.external("accepted in review"))
        .withSuppression(Suppression.inSource("vendored file"));
    JsonNode result = sarif(new ReportContext(new LintResult(List.of(finding), TestRules.ALL,
        List.of(), ReportFixture.files(1)), "0.1.0", Optional.empty(), false))
        .at("/runs/0/results/0");
    assertThat(result.path("suppressions").findValuesAsText("kind"))
        .containsExactly("external", "inSource");
    assertThat(result.path("suppressions").findValuesAsText("justification"))
        .containsExactly("accepted in review", "vendored file");
    assertThat(result.path("level").asText()).isEqualTo("warning");
  }

  @Test
  void invocationCarriesSuccessAndNotificationsWithoutTimes() throws IOException {
    JsonNode run = fixtureRun();
    assertThat(run.path("invocations")).hasSize(1);
    JsonNode invocation = run.at("/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
    assertThat(invocation.has("startTimeUtc")).isFalse();
    assertThat(invocation.has("endTimeUtc")).isFalse();
    JsonNode notifications = invocation.path("toolExecutionNotifications");
    assertThat(notifications.findValuesAsText("level")).containsExactly("note", "error",
        "warning");
    JsonNode internal = notifications.get(1);
    assertThat(internal.at("/associatedRule/id").asText()).isEqualTo("PLB903");
    int index = internal.at("/associatedRule/index").asInt(-1);
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("PLB903");
    assertThat(internal.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("services/caf%C3%A9%20api/Dockerfile");
    assertThat(internal.at("/exception/kind").asText())
        .isEqualTo("java.lang.IllegalStateException");
    assertThat(notifications.get(0).has("locations")).isFalse();
    assertThat(notifications.get(2).has("associatedRule")).isFalse();
  }

  @Test
  void emptyRunIsStillComplete() throws IOException {
    JsonNode run = sarif(new ReportContext(new LintResult(List.of(), TestRules.ALL, List.of(),
        List.of()),
        "0.1.0", Optional.empty(), false)).path("runs").get(0);
    assertThat(run.path("results").isArray()).isTrue();
    assertThat(run.path("results")).isEmpty();
    assertThat(run.at("/tool/driver/rules")).hasSize(4);
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean(false)).isTrue();
    assertThat(run.at("/invocations/0").has("toolExecutionNotifications")).isFalse();
  }

  @Test
  void ruleMissingFromTheRunStillGetsADescriptor() throws IOException {
    SourceFile file = SourceFile.of("broken.yml", "a: [\n");
    Finding finding = ReportFixture.finding(file, "PLB000", Severity.ERROR, 3, 4,
        "unclosed flow sequence", null);
    JsonNode run = sarif(new ReportContext(new LintResult(List.of(finding), TestRules.ALL,
        List.of(), ReportFixture.files(1)), "0.1.0", Optional.empty(), false)).path("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).hasSize(5);
    assertThat(run.at("/results/0/ruleIndex").asInt()).isEqualTo(4);
    assertThat(rules.get(4).path("id").asText()).isEqualTo("PLB000");
    assertThat(rules.get(4).at("/shortDescription/text").asText()).isNotBlank();
  }
}
