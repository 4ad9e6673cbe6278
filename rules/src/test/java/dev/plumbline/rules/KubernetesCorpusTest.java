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
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
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
 * Runs every rule over every Kubernetes manifest and Helm template of the real-world corpus, as
 * discovered files (classified by path, decided by content): no crash, no internal error, every
 * manifest linted, no K8S000 on a file that the YAML parser reads. Prints the counts and the
 * findings per rule; with {@code -Dplumbline.corpus.show=RULE-ID} also every finding of that rule.
 */
class KubernetesCorpusTest {

  @Test
  void everyManifestOfTheCorpusIsReadWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    ObjectMapper json = new ObjectMapper();
    List<DiscoveredFile> files = new ArrayList<>();
    Set<String> manifests = new HashSet<>();
    Set<String> parsable = new HashSet<>();
    int templates = 0;
    int objects = 0;
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      String kind = entry.path("kind").asText();
      if (!kind.equals("kubernetes") && !kind.equals("helm-templates")) {
        continue;
      }
      String path = entry.get("path").asText();
      files.add(new DiscoveredFile(corpus.resolve(path), path, path, false));
      if (kind.equals("kubernetes")) {
        manifests.add(path);
        SourceFile file = SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path)));
        var stream = new YamlParser().parse(file);
        if (stream.fatalProblem().isEmpty()) {
          parsable.add(path);
        }
        objects += countObjects(stream.documents());
      } else {
        templates++;
      }
    }

    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()), EngineOptions.defaults());
    LintResult result = engine.run(files, List.of());

    List<String> internalErrors = result.notifications().stream()
        .filter(Notification::isInternalError)
        .map(n -> n.path().orElse("") + ": " + n.message()).toList();
    List<String> skipped = result.notifications().stream().filter(n -> !n.isInternalError())
        .map(n -> n.path().orElse("") + ": " + n.message()).toList();
    Set<String> linted = new HashSet<>();
    result.files().stream().map(LintedFile::path).forEach(linted::add);
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    List<String> invalidButParsable = new ArrayList<>();
    for (Finding f : result.findings()) {
      findingsPerRule.merge(f.ruleId(), 1, Integer::sum);
      if (f.ruleId().equals("K8S000") && parsable.contains(f.path())) {
        invalidButParsable.add(f.path() + ":" + f.span().start() + ": " + f.message());
      }
      if (f.ruleId().equals(System.getProperty("plumbline.corpus.show"))) {
        System.out.println(f.path() + ":" + f.span().start() + ": " + f.message());
      }
    }
    List<String> notLinted = manifests.stream().filter(p -> !linted.contains(p))
        .filter(p -> !p.endsWith("/kustomization.yaml")).sorted().toList();

    System.out.println("corpus Kubernetes files: " + files.size() + " (manifests: "
        + manifests.size() + ", Helm templates: " + templates + "), objects: " + objects
        + ", linted: " + linted.size() + ", skipped with a note: " + skipped.size());
    Map<String, Integer> skippedWhy = new TreeMap<>();
    skipped.forEach(s -> skippedWhy.merge(s.substring(s.indexOf(": ") + 2), 1, Integer::sum));
    skippedWhy.forEach((why, count) -> System.out.println("  skipped " + count + ": " + why));
    notLinted.forEach(p -> System.out.println("  manifest not linted: " + p));
    findingsPerRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    invalidButParsable.forEach(s -> System.out.println("  K8S000 " + s));
    assertThat(manifests).as("manifests in the corpus").hasSizeGreaterThan(500);
    assertThat(internalErrors).as("internal errors").isEmpty();
    assertThat(files.stream().map(f -> Classifier.of(f.contextPath())))
        .as("every file is a Kubernetes candidate").containsOnly(FileKind.KUBERNETES);
    assertThat(notLinted).as("manifests declined as not Kubernetes").isEmpty();
  }

  /** Mapping documents with a kind, and the items of List kinds. */
  private static int countObjects(List<YamlDocument> documents) {
    int count = 0;
    for (YamlDocument d : documents) {
      if (d.root() instanceof YamlMapping m && m.has("kind")) {
        count += m.string("kind").filter(k -> k.endsWith("List")).isPresent()
            ? m.sequence("items").map(s -> s.size()).orElse(0) : 1;
      }
    }
    return count;
  }

  /** The engine's classification, seen from the rules module. */
  private static final class Classifier {
    static FileKind of(String path) {
      return dev.plumbline.core.engine.Classifier.classify(path).orElse(null);
    }
  }
}
