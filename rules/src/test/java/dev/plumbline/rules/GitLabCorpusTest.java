package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every GitLab and script rule, those off by default too, over every GitLab CI file of the
 * real-world corpus as discovered files (each {@code .gitlab-ci.yml} with the files it includes):
 * no crash, no internal error, every file linted as a pipeline file. Prints the findings per rule; with
 * {@code -Dplumbline.corpus.show=RULE-ID} also every finding of that rule.
 */
class GitLabCorpusTest {

  @Test
  void everyGitLabFileOfTheCorpusIsLintedWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    ObjectMapper json = new ObjectMapper();
    List<DiscoveredFile> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (entry.path("kind").asText().equals("gitlab-ci")) {
        String path = entry.get("path").asText();
        files.add(new DiscoveredFile(corpus.resolve(path), path, path, false));
      }
    }
    RuleRegistry registry = RuleRegistry.load();
    List<String> gitLabRules = registry.all().stream()
        .filter(d -> d.id().startsWith("GLC") || d.id().startsWith("SH"))
        .map(RuleDescriptor::id).toList();
    Engine engine = new Engine(RuleSet.defaults(registry, gitLabRules),
        EngineOptions.defaults());
    LintResult result = engine.run(files, List.of());

    List<String> internalErrors = result.notifications().stream()
        .filter(Notification::isInternalError)
        .map(n -> n.path().orElse("") + ": " + n.message()).toList();
    Set<String> linted = new HashSet<>();
    result.files().stream().filter(f -> f.kind() == FileKind.GITLAB_CI)
        .map(LintedFile::path).forEach(linted::add);
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    for (Finding f : result.findings()) {
      findingsPerRule.merge(f.ruleId(), 1, Integer::sum);
      if (f.ruleId().equals(System.getProperty("plumbline.corpus.show"))) {
        System.out.println(f.path() + ":" + f.span().start() + ": " + f.message());
      }
    }
    System.out.println("corpus GitLab CI files: " + files.size() + ", linted: " + linted.size()
        + ", GitLab and script rules: " + gitLabRules.size());
    files.stream().map(DiscoveredFile::displayPath).filter(p -> !linted.contains(p))
        .forEach(p -> System.out.println("  not linted: " + p));
    findingsPerRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    internalErrors.forEach(e -> System.out.println("  internal error: " + e));
    assertThat(files).as("GitLab CI files in the corpus").hasSizeGreaterThan(100);
    assertThat(internalErrors).as("internal errors").isEmpty();
    // the others are a template library that only a file other projects include reaches
    assertThat(linted).as("files linted as pipeline files")
        .hasSizeGreaterThan(files.size() * 85 / 100);
  }
}
