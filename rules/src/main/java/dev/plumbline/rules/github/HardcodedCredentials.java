package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Expr;
import dev.plumbline.core.expr.Literal;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.NodePath;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.SecretNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Locale;

@Rule(id = "GHA012", name = "hardcoded-credentials", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 9.0,
    summary = "Password, token or key written as a literal value in the workflow")
public final class HardcodedCredentials implements GitHubRule {

  /** {@code $NAME} or {@code ${NAME}}: a reference to another variable, not a value. */
  private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?");

  @Override
  public void visitWorkflow(Workflow workflow, RuleContext ctx) {
    checkAll(workflow.env(), "environment variable", ctx);
  }

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    checkAll(job.env(), "environment variable", ctx);
    checkAll(job.with(), "input", ctx);
    job.node().mapping("secrets").ifPresent(secrets -> {
      for (YamlMapping.Entry e : secrets.entries()) {
        check(new EnvVar(e, job.path().key("secrets").key(e.keyText())), "secret", ctx, true);
      }
    });
    job.container().ifPresent(c -> checkContainer(c, "container", job.path().key("container"), ctx));
    for (Map.Entry<String, YamlNode> service : job.services().entrySet()) {
      checkContainer(service.getValue(), "service '" + service.getKey() + "'",
          job.path().key("services").key(service.getKey()), ctx);
    }
  }

  /**
   * Inputs of secret-fetching actions that name the secrets to fetch (paths, IDs), not their
   * values, by action (owner/repo, lower case).
   */
  private static final Map<String, Set<String>> SECRET_REFERENCE_INPUTS = Map.of(
      "hashicorp/vault-action", Set.of("secrets"),
      "google-github-actions/get-secretmanager-secrets", Set.of("secrets"),
      "azure/get-keyvault-secrets", Set.of("secrets"),
      "aws-actions/aws-secretsmanager-get-secrets", Set.of("secret-ids"),
      "1password/load-secrets-action", Set.of("secrets"),
      "bitwarden/sm-action", Set.of("secrets"));

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    checkAll(step.env(), "environment variable", ctx);
    Set<String> references = step.uses()
        .map(ref -> SECRET_REFERENCE_INPUTS.getOrDefault(ref.slug(), Set.of()))
        .orElse(Set.of());
    checkAll(step.with().stream().filter(input -> !references.contains(input.name())).toList(),
        "input", ctx);
  }

  private static void checkContainer(YamlNode container, String what, NodePath path,
      RuleContext ctx) {
    if (!(container instanceof YamlMapping c)) {
      return;
    }
    c.mapping("credentials").flatMap(cred -> cred.entry("password")).ifPresent(e ->
        literalCredential(e).ifPresent(span -> ctx.report(span, "the " + what
                + " registry password is written in the workflow, where anyone who can read the "
                + "repository can read it",
            "store it as an encrypted secret: password: ${{ secrets.REGISTRY_PASSWORD }}")));
    c.mapping("env").ifPresent(env -> {
      for (YamlMapping.Entry e : env.entries()) {
        check(new EnvVar(e, path.key("env").key(e.keyText())), "environment variable", ctx, false);
      }
    });
  }

  private static void checkAll(List<EnvVar> vars, String what, RuleContext ctx) {
    for (EnvVar var : vars) {
      check(var, what, ctx, false);
    }
  }

  private static void check(EnvVar var, String what, RuleContext ctx, boolean alwaysSecret) {
    if (!alwaysSecret && !SecretNames.looksSecret(var.name())) {
      return;
    }
    literalCredential(var.entry()).ifPresent(span -> ctx.report(span, what + " '" + var.name()
            + "' is set to a literal credential in the workflow, where anyone who can read the "
            + "repository can read it",
        "store it as an encrypted secret and use ${{ secrets." + secretName(var.name()) + " }}"));
  }

  /**
   * Where an entry's value writes a credential out: the whole value when it is a literal, or a
   * non-empty string literal that an expression can yield ({@code ${{ 'hunter2' }}}, the fallback
   * of {@code ${{ secrets.PASSWORD || 'hunter2' }}}).
   */
  static Optional<Span> literalCredential(YamlMapping.Entry entry) {
    if (isLiteral(entry.value())) {
      return Optional.of(entry.valueSpan());
    }
    if (!(entry.value() instanceof YamlScalar s) || s.isNull()) {
      return Optional.empty();
    }
    return Templates.whole(s.value()).flatMap(TemplateExpression::expr)
        .flatMap(HardcodedCredentials::stringYielded)
        .map(literal -> s.spanOf(literal.start(), literal.end()));
  }

  /** A non-empty string literal the expression can yield: itself, or an operand of || or &&. */
  private static Optional<Literal> stringYielded(Expr expr) {
    if (expr instanceof Literal l) {
      return l.kind() == Literal.Kind.STRING && l.value() instanceof String v && !v.isBlank()
          ? Optional.of(l) : Optional.empty();
    }
    if (expr instanceof Binary b
        && (b.op() == Binary.Operator.OR || b.op() == Binary.Operator.AND)) {
      return stringYielded(b.right()).or(() -> stringYielded(b.left()));
    }
    return Optional.empty();
  }

  /** A value written out in the file: not empty, not a boolean or number, no expression. */
  static boolean isLiteral(YamlNode value) {
    if (!(value instanceof YamlScalar s) || s.isNull()) {
      return false;
    }
    String v = s.value().trim();
    if (v.isEmpty() || v.contains("${{") || VARIABLE_REFERENCE.matcher(v).matches()) {
      return false;
    }
    if (s.isPlain() && (s.type() == YamlScalar.Type.BOOL || s.type() == YamlScalar.Type.INT
        || s.type() == YamlScalar.Type.FLOAT)) {
      return false;
    }
    return !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false");
  }

  private static String secretName(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
