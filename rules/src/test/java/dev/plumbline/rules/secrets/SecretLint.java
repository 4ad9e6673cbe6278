package dev.plumbline.rules.secrets;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lints a text as one kind of file with only some rules on, for the secret rules' tests. */
final class SecretLint {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  private SecretLint() {}

  /** The findings of the rules {@code ruleIds} (the only ones on), sorted. */
  static List<Finding> findings(FileKind kind, String path, String text, Set<String> ruleIds,
      Map<String, Object> options) {
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor rule : REGISTRY.all()) {
      builder.configure(rule, ruleIds.contains(rule.id())
          ? new RuleConfig(Optional.of(true), Optional.empty(),
              rule.id().startsWith("SEC") ? options : Map.of())
          : RuleConfig.off());
    }
    Engine engine = new Engine(builder.build(),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    Engine.FileOutcome outcome = engine.lint(SourceFile.of(path, text), kind);
    List<String> errors = outcome.notifications().stream()
        .filter(Notification::isInternalError).map(Notification::message).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("internal errors: " + errors);
    }
    return outcome.findings();
  }

  /** SEC001's findings in a workflow. */
  static List<Finding> tokens(String text) {
    return findings(FileKind.GITHUB_WORKFLOW, ".github/workflows/w.yml", text, Set.of("SEC001"),
        Map.of());
  }

  /** What a finding points at. */
  static String marked(String text, Finding finding) {
    return text.substring(finding.span().start().offset(), finding.span().end().offset());
  }
}
