package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over every GitHub Actions file of the real-world corpus: no crash, no internal
 * error, and every file that is valid YAML parses. Prints the findings per rule; with
 * {@code -Dplumbline.corpus.show=RULE-ID} also every finding of that rule.
 */
class CorpusTest {

  @Test
  void everyGitHubFileOfTheCorpusIsLintedWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()), EngineOptions.defaults());
    YamlParser parser = new YamlParser();
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    List<String> internalErrors = new ArrayList<>();
    List<String> validButUnparsed = new ArrayList<>();
    int files = 0;
    int parsed = 0;

    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      String kind = entry.get("kind").asText();
      if (!kind.startsWith("github-actions")) {
        continue;
      }
      String path = entry.get("path").asText();
      SourceFile file = SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path)));
      files++;
      YamlStream stream = parser.parse(file);
      if (stream.fatalProblem().isEmpty()) {
        parsed++;
      } else if (entry.path("yaml_parses").asBoolean(false)) {
        validButUnparsed.add(path + ": " + stream.fatalProblem().get());
      }
      FileKind fileKind = kind.equals("github-actions-composite")
          ? FileKind.GITHUB_ACTION : FileKind.GITHUB_WORKFLOW;
      Engine.FileOutcome outcome = engine.lint(file, fileKind);
      for (Notification n : outcome.notifications()) {
        if (n.isInternalError()) {
          internalErrors.add(path + ": " + n.message());
        }
      }
      for (Finding f : outcome.findings()) {
        findingsPerRule.merge(f.ruleId(), 1, Integer::sum);
        if (f.ruleId().equals(System.getProperty("plumbline.corpus.show"))) {
          System.out.println(path + ":" + f.span().start() + ": " + f.message());
        }
      }
    }

    System.out.println("corpus GitHub files: " + files + ", parsed as YAML: " + parsed);
    findingsPerRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    assertThat(files).as("GitHub files in the corpus").isGreaterThan(400);
    assertThat(internalErrors).as("internal errors").isEmpty();
    assertThat(validButUnparsed).as("files PyYAML reads that Plumbline cannot").isEmpty();
  }
}
