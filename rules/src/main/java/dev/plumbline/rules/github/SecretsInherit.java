package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Index;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.Property;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code secrets: inherit} on a reusable workflow call. For a local workflow the finding says
 * which secrets it declares and which it reads, so that the fix is to pass exactly those.
 */
@Rule(id = "GHA010", name = "secrets-inherit", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "Reusable workflow call passes every secret with 'secrets: inherit'")
public final class SecretsInherit implements GitHubRule {

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    Optional<YamlScalar> secrets = job.node().scalar("secrets")
        .filter(s -> s.value().equals("inherit"));
    Optional<ActionRef> uses = job.uses();
    if (secrets.isEmpty() || uses.isEmpty()) {
      return;
    }
    String name = uses.get().kind() == ActionRef.Kind.LOCAL ? uses.get().raw() : uses.get().name();
    String message = "'secrets: inherit' hands every secret of the repository, its environments "
        + "and its organization to '" + name + "', whatever it needs";
    Optional<Workflow> called = uses.filter(u -> u.kind() == ActionRef.Kind.LOCAL)
        .flatMap(u -> job.workflow().repository().localWorkflow(u.raw()));
    if (called.isEmpty()) {
      ctx.report(secrets.get().span(), message, "pass only the secrets it needs, by name: "
          + "secrets: { NAME: ${{ secrets.NAME }} }, and declare them under its "
          + "on.workflow_call.secrets");
      return;
    }
    List<String> declared = Declarations.names(Declarations.workflowSecrets(called.get()));
    Set<String> undeclared = new TreeSet<>(readSecrets(called.get()));
    declared.forEach(d -> undeclared.removeIf(u -> u.equalsIgnoreCase(d)));
    if (declared.isEmpty() && undeclared.isEmpty()) {
      ctx.report(secrets.get().span(), message + "; it declares and reads no secret",
          "remove 'secrets: inherit'");
      return;
    }
    StringBuilder hint = new StringBuilder();
    if (!declared.isEmpty()) {
      hint.append("pass only the secrets it declares: secrets: { ");
      hint.append(String.join(", ", declared.stream()
          .map(d -> d + ": ${{ secrets." + d + " }}").toList()));
      hint.append(" }");
    }
    if (!undeclared.isEmpty()) {
      hint.append(hint.length() == 0 ? "it reads " : "; it also reads ")
          .append(String.join(", ", undeclared))
          .append(" without declaring them: declare them under its on.workflow_call.secrets "
              + "and pass them too");
    }
    ctx.report(secrets.get().span(), message + " (it declares "
        + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")", hint.toString());
  }

  /** The names of {@code secrets.NAME} the workflow reads, as written (GITHUB_TOKEN aside). */
  private static Set<String> readSecrets(Workflow workflow) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Expressions.Found found : Expressions.under(workflow.root(), List.of())) {
      found.expr().descendants().forEach(node -> Expressions.member(node, "secrets")
          .filter(n -> !n.equals("github_token"))
          .ifPresent(n -> names.add(written(node).orElse(n))));
    }
    return names;
  }

  /** The name as written in {@code secrets.Name} or {@code secrets['Name']}. */
  private static Optional<String> written(Expr node) {
    if (node instanceof Property p) {
      return Optional.of(p.name());
    }
    if (node instanceof Index i && i.index() instanceof Literal l && l.value() instanceof String v) {
      return Optional.of(v);
    }
    return Optional.empty();
  }
}
