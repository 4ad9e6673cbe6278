package dev.plumbline.rules.docker;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lints Dockerfile text with one rule, for tests of rule logic that fixtures cannot reach. */
final class DockerLint {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  private DockerLint() {}

  /** The findings of one rule as {@code line:column message}. */
  static List<String> findings(String ruleId, Map<String, Object> options, String path,
      Path location, String... lines) {
    RuleDescriptor rule = REGISTRY.find(ruleId).orElseThrow();
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor other : REGISTRY.all()) {
      builder.configure(other, RuleConfig.off());
    }
    builder.configure(rule, new RuleConfig(Optional.of(true), Optional.empty(), options));
    Engine engine = new Engine(builder.build(),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    SourceFile file = SourceFile.of(path, String.join("\n", lines) + "\n");
    Engine.FileOutcome outcome = location == null ? engine.lint(file, FileKind.DOCKERFILE)
        : engine.lint(file, FileKind.DOCKERFILE, location);
    return outcome.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .map(f -> f.span().start().line() + ":" + f.span().start().column() + " " + f.message())
        .toList();
  }

  static List<String> findings(String ruleId, String... lines) {
    return findings(ruleId, Map.of(), "Dockerfile", null, lines);
  }
}
