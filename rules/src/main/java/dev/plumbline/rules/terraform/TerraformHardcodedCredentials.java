package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Reference;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Credentials written into Terraform configuration: an argument whose name says it is a
 * credential ({@code password}, {@code secret_key}, {@code token}, {@code client_secret}...) of a
 * resource, data source, provider or module call that gets a string known from the
 * configuration alone (a literal, or a local value or variable default holding one); a
 * secret-named variable with a literal default; a secret-named assignment in a variables file.
 * Values Terraform only learns when it runs — variables without a default, data sources,
 * {@code random_password} results — are what the rule asks for, and are never reported. Messages
 * never show the value.
 */
@Rule(id = "TF007", name = "terraform-hardcoded-credentials", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 9.0,
    summary = "Credential written as a literal string in Terraform configuration")
public final class TerraformHardcodedCredentials implements TerraformRule {

  /**
   * Strings that point at a secret rather than hold one: an ARN, a dynamic reference of
   * CloudFormation or SSM, a placeholder another tool fills in.
   */
  private static final Pattern NOT_A_SECRET = Pattern.compile(
      "arn:aws[a-z-]*:.*|.*\\{\\{resolve:.*|\\$\\{[^}]*\\}|\\{\\{[^}]*\\}\\}",
      Pattern.DOTALL);
  /** URLs without user information (a token endpoint, an issuer), never credentials. */
  private static final Pattern PLAIN_URL = Pattern.compile("[a-z][a-z0-9+.-]*://[^@\\s]*",
      Pattern.CASE_INSENSITIVE);
  /** Nested blocks whose arguments are not values passed to the provider. */
  private static final Set<String> SKIPPED_BLOCKS = Set.of("lifecycle", "dynamic");

  private static final String HINT = "pass it in through a variable with sensitive = true and no "
      + "default, or read it from a secret store (a data source of Secrets Manager or SSM, a "
      + "random_password, manage_master_user_password)";

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    checkBody(resource, resource.body(), resource.address(), ctx);
  }

  @Override
  public void visitDataSource(Resource dataSource, ModuleContext ctx) {
    checkBody(dataSource, dataSource.body(), dataSource.address(), ctx);
  }

  @Override
  public void visitProvider(Provider provider, ModuleContext ctx) {
    checkBody(provider, provider.body(), "provider \"" + provider.address() + "\"", ctx);
  }

  @Override
  public void visitModuleCall(ModuleCall call, ModuleContext ctx) {
    for (Attribute input : call.inputs()) {
      checkArgument(call, input, call.address(), ctx);
    }
  }

  @Override
  public void visitVariable(Variable variable, ModuleContext ctx) {
    Optional<Expression> value = variable.defaultExpression();
    if (TerraformSecretNames.looksSecret(variable.name()) && value.isPresent()
        && isSecretString(variable.module().evaluate(value.get()))) {
      ctx.report(variable, value.get().span(), "variable '" + variable.name()
          + "' has a credential as its default value",
          "remove the default and set the value when Terraform runs (TF_VAR_" + variable.name()
              + ", or a secret store); mark the variable sensitive = true");
    }
  }

  @Override
  public void visitFile(TerraformFile file, ModuleContext ctx) {
    if (!file.isVariables()) {
      return;
    }
    TerraformModule module = ctx.module();
    for (Attribute assignment : file.body().attributes()) {
      if (TerraformSecretNames.looksSecret(assignment.name())
          && isSecretString(module.evaluate(assignment.expression()))) {
        ctx.report(file.path(), assignment.expression().span(), "the variables file sets '"
            + assignment.name() + "' to a credential written in the file",
            "keep credentials out of variables files that are committed: set TF_VAR_"
                + assignment.name() + " when Terraform runs, or read it from a secret store");
      }
    }
  }

  private void checkBody(TerraformBlock owner, Body body, String address, ModuleContext ctx) {
    for (Attribute attribute : body.attributes()) {
      checkArgument(owner, attribute, address, ctx);
    }
    for (Block nested : body.blocks()) {
      if (!SKIPPED_BLOCKS.contains(nested.type())) {
        checkBody(owner, nested.body(), address, ctx);
      }
    }
  }

  private void checkArgument(TerraformBlock owner, Attribute argument, String address,
      ModuleContext ctx) {
    if (!TerraformSecretNames.looksSecret(argument.name())) {
      return;
    }
    Expression expression = argument.expression();
    if (!isSecretString(owner.module().evaluate(expression))) {
      return;
    }
    // a secret-named variable is reported where its value is written
    if (expression.traversal().filter(t -> isSecretVariable(t, owner.module())).isPresent()) {
      return;
    }
    Set<String> through = new LinkedHashSet<>();
    Span span = expression.span();
    for (Reference reference : owner.module().referencesFrom(owner)) {
      if (span.contains(reference.span())) {
        through.add(reference.address());
      }
    }
    ctx.report(owner, span, address + " sets '" + argument.name() + "' to a credential "
        + (through.isEmpty() ? "written in the configuration"
            : "written in the configuration (through " + String.join(", ", through) + ")"),
        HINT);
  }

  private static boolean isSecretVariable(ScopeTraversal traversal, TerraformModule module) {
    List<String> names = traversal.names();
    return names.size() == 2 && names.get(0).equals("var")
        && TerraformSecretNames.looksSecret(names.get(1))
        && module.variable(names.get(1)).isPresent();
  }

  /** Whether a value is a known string that may be a credential. */
  private static boolean isSecretString(Value value) {
    Optional<String> text = value.asString();
    return text.isPresent() && !text.get().isBlank()
        && !NOT_A_SECRET.matcher(text.get().trim()).matches()
        && !PLAIN_URL.matcher(text.get().trim()).matches();
  }
}
