package dev.plumbline.core.engine;

import dev.plumbline.core.engine.github.GitHubLinter;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules over files: classify, read, parse, model, rules, sort. Thread-safe; one engine
 * can serve many runs.
 */
public final class Engine {

  private final RuleSet rules;
  private final EngineOptions options;
  private final List<PlatformLinter> linters = List.of(new GitHubLinter());

  public Engine(RuleSet rules, EngineOptions options) {
    this.rules = rules;
    this.options = options;
  }

  public RuleSet rules() {
    return rules;
  }

  public EngineOptions options() {
    return options;
  }

  /** Lints one file already in memory as the given kind; findings sorted. */
  public FileOutcome lint(SourceFile file, FileKind kind) {
    FileLint lint = new FileLint(file, rules);
    Optional<PlatformLinter> linter = linterFor(kind);
    linter.ifPresent(l -> l.lint(lint, kind));
    List<Finding> findings = new ArrayList<>(lint.findings());
    findings.sort(Finding.ORDER);
    List<Notification> notifications = new ArrayList<>(lint.notifications());
    notifications.sort(Notification.ORDER);
    return new FileOutcome(findings, notifications);
  }

  Optional<PlatformLinter> linterFor(FileKind kind) {
    return linters.stream().filter(l -> l.kinds().contains(kind)).findFirst();
  }

  /** What linting one file produced. */
  public record FileOutcome(List<Finding> findings, List<Notification> notifications) {}
}
