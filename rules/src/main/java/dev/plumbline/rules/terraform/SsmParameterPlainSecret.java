package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.rules.common.SecretNames;
import java.util.List;
import java.util.Optional;

/**
 * An SSM parameter whose name says it holds a credential but whose {@code type} is not
 * {@code SecureString}: the value is stored unencrypted and shown to anyone who may read the
 * parameter.
 */
@Rule(id = "TF123", name = "ssm-parameter-plain-secret", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 5.0,
    summary = "SSM parameter with a secret-like name is not a SecureString")
public final class SsmParameterPlainSecret implements TerraformRule {

  @Override
  public void visitResource(Resource parameter, ModuleContext ctx) {
    if (!parameter.type().equals("aws_ssm_parameter")) {
      return;
    }
    Optional<Expression> type = parameter.expression("type");
    Value typeValue = parameter.value("type");
    if (type.isEmpty() || typeValue.toText().isEmpty() || typeValue.is("SecureString")) {
      return;
    }
    Optional<String> name = secretName(parameter);
    if (name.isEmpty()) {
      return;
    }
    ctx.report(parameter, type.get().span(), parameter.address() + " stores '" + name.get()
        + "' as a " + typeValue.toText().get() + " parameter: its name says it is a secret, "
        + "but only a SecureString is encrypted",
        "set type = \"SecureString\" (with key_id for a customer-managed KMS key)");
  }

  /**
   * The parameter's name (or, when only its end is known, that end) when it looks like a
   * secret's.
   */
  private static Optional<String> secretName(Resource parameter) {
    Optional<String> name = parameter.value("name").asString();
    if (name.isPresent()) {
      return name.filter(SecretNames::looksSecret);
    }
    // "/${var.env}/db/password": the name certainly ends with the text after the last
    // interpolation, and SecretNames judges a name by its last words
    Optional<Expression> expression = parameter.expression("name");
    if (expression.isEmpty() || !(expression.get() instanceof Template template)) {
      return Optional.empty();
    }
    List<TemplatePart> parts = template.parts();
    if (parts.isEmpty() || !(parts.get(parts.size() - 1) instanceof TemplatePart.Literal tail)) {
      return Optional.empty();
    }
    String end = tail.value();
    // judge only whole words, from the first separator on, so "${var.x}word" is not misread
    int separator = 0;
    while (separator < end.length() && Character.isLetterOrDigit(end.charAt(separator))) {
      separator++;
    }
    String words = end.substring(separator);
    return SecretNames.looksSecret(words) ? Optional.of("..." + end) : Optional.empty();
  }
}
