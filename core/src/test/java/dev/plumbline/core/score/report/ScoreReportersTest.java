package dev.plumbline.core.score.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.score.Area;
import dev.plumbline.core.score.Assessment;
import dev.plumbline.core.score.Evidence;
import dev.plumbline.core.score.Item;
import dev.plumbline.core.score.ItemResult;
import dev.plumbline.core.score.ScoreCard;
import dev.plumbline.core.score.Scorer;
import dev.plumbline.core.score.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four score reports over one made-up card with hostile text from "scanned files". */
class ScoreReportersTest {

  /** A job name as a hostile repository could write it: markup, a pipe, a terminal escape. */
  private static final String HOSTILE = "job '<script>alert(1)</script>|x' \u001b[2J**bold**";

  private static ScoreCard card() {
    List<ItemResult> results = new ArrayList<>();
    List<Evidence> many = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      many.add(new Evidence("a.yml", i, 1, "place " + i, "GHA001", i == 2));
    }
    results.add(result("CI-1", Area.CI_CD, 3, Assessment.met("runs on push",
        List.of(new Evidence(".github/workflows/ci.yml", 3, 3, HOSTILE, null, false)))));
    results.add(result("CI-8", Area.CI_CD, 2, Assessment.notMet("not pinned", many)));
    results.add(result("CI-7", Area.CI_CD, 2, Assessment.notVisible("not in the files")));
    results.add(result("IAC-1", Area.INFRASTRUCTURE_AS_CODE, 3,
        Assessment.notMet("no infrastructure code", List.of())));
    results.add(result("CS-1", Area.CONTAINER_SECURITY, 2, Assessment.notApplicable("none")));
    results.add(result("SM-1", Area.SECRETS_MANAGEMENT, 4, Assessment.met("none", List.of())));
    return Scorer.total(results);
  }

  private static ItemResult result(String id, Area area, int weight, Assessment assessment) {
    Item item = new Item(id, area, "Item " + id, weight, "test", List.of(), in -> assessment);
    return new ItemResult(item, assessment);
  }

  private static String render(String format) throws IOException {
    StringWriter out = new StringWriter();
    ScoreReporters.forFormat(format, false).write(card(), out);
    return out.toString();
  }

  @Test
  void everyFormatIsDeterministicWithUnixLineEndsAndAFinalLineBreak() throws IOException {
    for (String format : ScoreReporters.formatNames()) {
      String first = render(format);
      assertThat(render(format)).as(format).isEqualTo(first);
      assertThat(first).as(format).doesNotContain("\r").endsWith("\n");
    }
    assertThatThrownBy(() -> ScoreReporters.forFormat("sarif", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonHasExactlyScoreBandAreasAndItemsAtTheTop() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render("json"));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("score", "band", "areas", "items");
    // (3 + 0) / (3 + 2) CI, 0 IaC, SM 100; container security left out: (0.3*60 + 0.1*100)/0.65
    assertThat(json.get("score").asInt()).isEqualTo(43);
    assertThat(json.at("/band/label").asText())
        .isEqualTo("Manual processes, no automation, critical gaps");
    assertThat(json.get("areas")).hasSize(5);
    JsonNode ci = json.get("areas").get(0);
    assertThat(ci.get("name").asText()).isEqualTo("CI/CD automation");
    assertThat(ci.get("weight").asInt()).isEqualTo(30);
    assertThat(ci.get("score").asInt()).isEqualTo(60);
    assertThat(ci.get("metWeight").asInt()).isEqualTo(3);
    assertThat(ci.get("applicableWeight").asInt()).isEqualTo(5);
    JsonNode containers = json.get("areas").get(3);
    assertThat(containers.get("included").asBoolean()).isFalse();
    assertThat(containers.get("score").isNull()).isTrue();
    JsonNode item = json.get("items").get(0);
    assertThat(item.get("id").asText()).isEqualTo("CI-1");
    assertThat(item.get("area").asText()).isEqualTo("ci-cd");
    assertThat(item.get("status").asText()).isEqualTo("met");
    assertThat(item.at("/evidence/0/path").asText()).isEqualTo(".github/workflows/ci.yml");
    assertThat(item.at("/evidence/0/line").asInt()).isEqualTo(3);
    assertThat(item.at("/evidence/0/note").asText()).isEqualTo(HOSTILE);
    assertThat(item.at("/evidence/0").has("ruleId")).isFalse();
    JsonNode pinned = json.get("items").get(1);
    assertThat(pinned.get("status").asText()).isEqualTo("not-met");
    assertThat(pinned.get("evidence")).hasSize(25);
    assertThat(pinned.at("/evidence/1/ruleId").asText()).isEqualTo("GHA001");
    assertThat(pinned.at("/evidence/1/suppressed").asBoolean()).isTrue();
    Iterator<JsonNode> statuses = json.get("items").elements();
    List<String> seen = new ArrayList<>();
    statuses.forEachRemaining(i -> seen.add(i.get("status").asText()));
    assertThat(seen).containsExactly("met", "not-met", "not-visible", "not-met",
        "not-applicable", "met");
    // the escape character never reaches a terminal that prints the report
    assertThat(render("json")).doesNotContain("\u001b").contains("\\u001B");
  }

  @Test
  void consoleListsTheChecklistWithMarksAndEscapesTerminalControls() throws IOException {
    String console = render("console");
    assertThat(console).doesNotContain("\u001b")
        .contains("CI/CD automation (30% of the score): 60/100, weight met 3 of 5")
        .contains("  \u2713 CI-1    Item CI-1: met, runs on push")
        .contains("  \u2717 CI-8    Item CI-8: not met, not pinned")
        .contains("  ? CI-7    Item CI-7: not visible, not in the files")
        .contains("  \u2013 CS-1    Item CS-1: not applicable, none")
        .contains(".github/workflows/ci.yml:3  job '<script>")
        .contains("\\x1b[2J")
        .contains("a.yml:2  [GHA001] place 2 (suppressed)")
        .contains("... and 20 more (--format json lists all)")
        .contains("Container security (15% of the score): not scored")
        .endsWith("Maturity score: 43/100 (0-49: Manual processes, no automation, critical "
            + "gaps)\nItems: 2 met, 2 not met, 1 not applicable, 1 not visible.\n");
    assertThat(console).doesNotContain("place 6\n");
    StringWriter coloured = new StringWriter();
    new ConsoleScoreReporter(true).write(card(), coloured);
    assertThat(coloured.toString()).contains("\u001b[1;32m\u2713\u001b[0m");
  }

  @Test
  void markdownEscapesMarkupAndKeepsPathsAsCode() throws IOException {
    String markdown = render("markdown");
    assertThat(markdown).startsWith("## DevOps maturity score: 43/100\n")
        .contains("| CI/CD automation | 30% | 60/100 | 3 of 5 |")
        .contains("| Container security | 15% | not scored | \u2013 |")
        .contains("- \u2713 **CI-1** Item CI-1 \u2014 met: runs on push")
        .contains("  - `.github/workflows/ci.yml:3` job '&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
            + "\\|x' \u001b\\[2J\\*\\*bold\\*\\*")
        .contains("  - ... and 15 more")
        .doesNotContain("<script>");
    assertThat(MarkdownScoreReporter.code("a`b")).isEqualTo("`` a`b ``");
  }

  @Test
  void htmlIsOnePageThatLoadsNothingAndEscapesTheFilesText() throws IOException {
    String html = render("html");
    assertThat(html).startsWith("<!DOCTYPE html>\n")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'\">")
        .contains("<div class=\"total\" id=\"score\">43<small>/100</small></div>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("job &#39;&lt;script&gt;alert(1)&lt;/script&gt;|x&#39; \\x1b[2J**bold**")
        .contains("<li>... and 5 more</li>")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
        .doesNotContain("@import").doesNotContain("url(");
    for (Area area : Area.values()) {
      assertThat(html).contains("id=\"area-" + area.id() + "\"")
          .contains("id=\"bar-" + area.id() + "\"")
          .contains(">" + area.displayName() + "<");
    }
    // the bars' lengths are the weights; CI/CD's fill is its score
    assertThat(html).contains("width=\"600\" height=\"22\" rx=\"4\" fill=\"#eaeef2\"")
        .contains("width=\"360\" height=\"22\" rx=\"4\" fill=\"#0969da\"")
        .contains("width=\"300\" height=\"22\" rx=\"4\" fill=\"none\"");
  }
}
