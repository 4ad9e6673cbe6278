package dev.plumbline.rules;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One platform's files of the real-world corpus, linted as discovered files with the platform's
 * rules (those off by default too). Prints the counts and the findings per rule; with
 * {@code -Dplumbline.corpus.show=RULE-ID} also every finding of that rule.
 *
 * @param files          the corpus files of the platform's manifest kinds
 * @param linted         the display paths of the files linted as one of the platform's kinds
 * @param internalErrors every internal error, as {@code path: message}
 */
record CorpusRun(List<DiscoveredFile> files, Set<String> linted, List<String> internalErrors) {

  /**
   * @param manifestKind the corpus manifest's {@code kind} of the files
   * @param rules        which rules run, by descriptor
   * @param fileKinds    what the files must be linted as
   */
  static CorpusRun of(Path corpus, String manifestKind, Predicate<RuleDescriptor> rules,
      Set<FileKind> fileKinds) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<DiscoveredFile> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (entry.path("kind").asText().equals(manifestKind)) {
        String path = entry.get("path").asText();
        files.add(new DiscoveredFile(corpus.resolve(path), path, path, false));
      }
    }
    RuleRegistry registry = RuleRegistry.load();
    List<String> ruleIds = registry.all().stream().filter(rules).map(RuleDescriptor::id).toList();
    LintResult result = new Engine(RuleSet.defaults(registry, ruleIds), EngineOptions.defaults())
        .run(files, List.of());

    List<String> internalErrors = result.notifications().stream()
        .filter(Notification::isInternalError)
        .map(n -> n.path().orElse("") + ": " + n.message()).toList();
    Set<String> linted = result.files().stream().filter(f -> fileKinds.contains(f.kind()))
        .map(LintedFile::path).collect(Collectors.toSet());
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    for (Finding f : result.findings()) {
      findingsPerRule.merge(f.ruleId(), 1, Integer::sum);
      if (f.ruleId().equals(System.getProperty("plumbline.corpus.show"))) {
        System.out.println(f.path() + ":" + f.span().start() + ": " + f.message());
      }
    }
    System.out.println("corpus " + manifestKind + " files: " + files.size() + ", linted: "
        + linted.size() + ", rules: " + ruleIds.size());
    files.stream().map(DiscoveredFile::displayPath).filter(p -> !linted.contains(p))
        .forEach(p -> System.out.println("  not linted: " + p));
    findingsPerRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    internalErrors.forEach(e -> System.out.println("  internal error: " + e));
    return new CorpusRun(files, linted, internalErrors);
  }
}
