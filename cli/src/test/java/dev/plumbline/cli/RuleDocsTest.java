package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.docs.DocGen;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline rules} as the generator of the rule reference in {@code docs/rules}. */
class RuleDocsTest {

  private static final Path ROOT = TestData.projectRoot();
  private static final String REGENERATE = "regenerate with: mvn -B -q package -DskipTests && "
      + "java -jar cli/target/plumbline.jar " + DocGen.COMMAND.substring("plumbline ".length());

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void docsRulesInTheRepositoryIsWhatTheRulesGenerate(@TempDir Path out) throws IOException {
    CliRun run = CliRun.in(ROOT, "rules", "--write-docs", out.toString(), "--fixtures",
        "testdata/fixtures");
    assertThat(run.exitCode()).isZero();
    Path committed = ROOT.resolve("docs/rules");
    Set<String> generated = names(out);
    Set<String> present = names(committed);

    List<String> problems = new ArrayList<>();
    for (String name : generated) {
      if (!present.contains(name)) {
        problems.add("docs/rules/" + name + " is missing");
      } else if (!Files.readString(committed.resolve(name), StandardCharsets.UTF_8)
          .equals(Files.readString(out.resolve(name), StandardCharsets.UTF_8))) {
        problems.add("docs/rules/" + name + " is out of date");
      }
    }
    for (String name : present) {
      if (!generated.contains(name)) {
        problems.add("docs/rules/" + name + " is not generated (a removed rule?)");
      }
    }
    assertThat(problems).as("the rule reference; " + REGENERATE).isEmpty();
    assertThat(generated).contains("README.md", "GHA001.md");
  }

  @Test
  void writeDocsSaysWhatItDid(@TempDir Path out) throws IOException {
    Files.writeString(out.resolve("GHA999.md"), DocGen.GENERATED_MARKER + "; a removed rule -->\n");
    int pages = RuleRegistry.load().all().size() + 1;
    CliRun run = CliRun.in(out, "rules", "--write-docs", "docs");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo("Wrote " + pages + " pages to docs.\n");
    Files.move(out.resolve("GHA999.md"), out.resolve("docs/GHA999.md"));
    assertThat(CliRun.in(out, "rules", "--write-docs", "docs").stdout())
        .isEqualTo("Wrote " + pages + " pages to docs; removed GHA999.md.\n");
    assertThat(out.resolve("docs/GHA999.md")).doesNotExist();
    assertThat(Files.readString(out.resolve("docs/GHA001.md"))).doesNotContain("## Examples");
  }

  @Test
  void markdownFormatPrintsTheIndexPage() throws IOException {
    CliRun run = CliRun.in(ROOT, "rules", "--format", "markdown");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .isEqualTo(Files.readString(ROOT.resolve("docs/rules/README.md"), StandardCharsets.UTF_8));
  }

  @Test
  void jsonFormatListsEveryRuleWithItsMetadataAndOptions() throws IOException {
    CliRun run = CliRun.in(ROOT, "rules", "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).endsWith("}\n").doesNotContain("\r")
        .isEqualTo(CliRun.in(ROOT, "rules", "--format", "json").stdout());
    JsonNode rules = new ObjectMapper().readTree(run.stdout()).path("rules");
    List<RuleDescriptor> all = RuleRegistry.load().all();
    assertThat(rules).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(rules.get(i).path("id").asText()).isEqualTo(all.get(i).id());
    }
    JsonNode gha001 = byId(rules, "GHA001");
    RuleDescriptor gha001Rule = RuleRegistry.load().find("GHA001").orElseThrow();
    assertThat(gha001.path("name").asText()).isEqualTo("unpinned-action");
    assertThat(gha001.path("platform").asText()).isEqualTo("github-actions");
    assertThat(gha001.path("platformName").asText()).isEqualTo("GitHub Actions");
    assertThat(gha001.path("severity").asText()).isEqualTo("warning");
    assertThat(gha001.path("enabledByDefault").asBoolean()).isTrue();
    assertThat(gha001.path("tags").toString()).isEqualTo("[\"security\",\"supply-chain\"]");
    assertThat(gha001.path("securitySeverity").isNumber()).isTrue();
    assertThat(gha001.path("summary").asText()).isEqualTo(gha001Rule.summary());
    assertThat(gha001.path("description").asText()).startsWith("An action or reusable workflow");
    assertThat(gha001.path("explanation").asText()).startsWith("# GHA001 unpinned-action\n");
    assertThat(gha001.path("helpUri").asText()).isEqualTo("https://plumbline.dev/rules/GHA001");
    assertThat(gha001.path("since").asText()).isEqualTo("0.1.0");
    assertThat(gha001.path("options").toString()).isEqualTo("[{\"name\":\"trusted-owners\","
        + "\"type\":\"array\",\"default\":[\"actions\",\"github\"],\"description\":\""
        + gha001Rule.options().get(0).description() + "\"}]");
    assertThat(byId(rules, "GHA000").path("options").size()).isZero();
    assertThat(byId(rules, "GHA000").path("securitySeverity").isNull())
        .as("GHA000 is not about security").isTrue();
  }

  private static JsonNode byId(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.path("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id + " in the JSON list");
  }

  @Test
  void misuseIsAOneLineUsageError(@TempDir Path dir) {
    CliRun fixturesAlone = CliRun.in(dir, "rules", "--fixtures", "x");
    assertThat(fixturesAlone.exitCode()).isEqualTo(2);
    assertThat(fixturesAlone.stderr()).isEqualTo(
        "plumbline: --fixtures works with --write-docs (see 'plumbline --help')\n");
    CliRun missing = CliRun.in(dir, "rules", "--write-docs", "out", "--fixtures", "nope");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).isEqualTo("plumbline: no such directory: nope\n");
    assertThat(dir.resolve("out")).doesNotExist();
    CliRun format = CliRun.in(dir, "rules", "--format", "yaml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.stderr()).contains("unknown format 'yaml' (formats: table, markdown, json)");
  }
}
