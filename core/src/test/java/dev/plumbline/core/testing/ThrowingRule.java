package dev.plumbline.core.testing;

import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule for the tests of how Plumbline contains a rule that fails: it notes every workflow on its
 * first line, except a workflow that asks it to throw (see {@link #throwIfAsked}).
 */
@Rule(id = "GHA990", name = "test-throwing-rule", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.NOTE, summary = "Notes every workflow and throws where a workflow asks")
public final class ThrowingRule implements GitHubRule {

  /** The message of the rule's findings. */
  public static final String MESSAGE = "workflow seen by the test rule";

  private static final Pattern REQUEST = Pattern.compile("# plumbline-test: throw (\\w+)");

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    throwIfAsked(ctx.file());
    ctx.report(ctx.file().lineSpan(1), MESSAGE);
  }

  /** The comment that makes {@link #throwIfAsked} throw {@code name}. */
  public static String request(String name) {
    return "# plumbline-test: throw " + name;
  }

  /**
   * Throws what the file asks for in a {@link #request} comment, if it has one:
   * {@code IllegalStateException}, {@code AssertionError}, {@code NoClassDefFoundError} (a rule
   * built against classes that are missing) or {@code ExceptionInInitializerError} (a rule whose
   * static initialiser failed). The message says where: {@code thrown on request in PATH}.
   */
  public static void throwIfAsked(SourceFile file) {
    Matcher request = REQUEST.matcher(file.text());
    if (!request.find()) {
      return;
    }
    String message = "thrown on request in " + file.path();
    switch (request.group(1)) {
      case "IllegalStateException" -> throw new IllegalStateException(message);
      case "AssertionError" -> throw new AssertionError(message);
      case "NoClassDefFoundError" -> throw new NoClassDefFoundError(message);
      case "ExceptionInInitializerError" -> throw new ExceptionInInitializerError(message);
      default -> throw new IllegalArgumentException("the test rule cannot throw '"
          + request.group(1) + "'");
    }
  }
}
