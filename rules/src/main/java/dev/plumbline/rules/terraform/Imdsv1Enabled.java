package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * {@code aws_instance} and {@code aws_launch_template} that leave the instance metadata service
 * answering version 1 requests: no {@code metadata_options { http_tokens = "required" }}. A
 * metadata service turned off ({@code http_endpoint = "disabled"}) is fine, and so is an
 * instance without {@code metadata_options} that is launched from a launch template, which then
 * decides.
 */
@Rule(id = "TF109", name = "imdsv1-enabled", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "compute"}, securitySeverity = 7.0,
    summary = "EC2 instance metadata service accepts version 1 requests (no session tokens)")
public final class Imdsv1Enabled implements TerraformRule {

  private static final String HINT = "add 'metadata_options { http_tokens = \"required\" }' "
      + "to %s so that the metadata service answers only session (IMDSv2) requests";

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    boolean instance = resource.type().equals("aws_instance");
    if (!instance && !resource.type().equals("aws_launch_template")) {
      return;
    }
    String where = "resource \"" + resource.type() + "\" \"" + resource.name() + "\"";
    Optional<TerraformBlock> options = resource.nestedBlock("metadata_options");
    if (options.isEmpty()) {
      if (resource.hasDynamic("metadata_options")
          || instance && resource.nestedBlock("launch_template").isPresent()) {
        return;
      }
      ctx.report(resource, resource.headSpan(), resource.address() + " accepts IMDSv1 "
          + "requests: it has no metadata_options with 'http_tokens = \"required\"'",
          HINT.formatted(where));
      return;
    }
    TerraformBlock metadata = options.get();
    if (metadata.value("http_endpoint").is("disabled")) {
      return;
    }
    Value tokens = metadata.value("http_tokens");
    boolean written = !metadata.expression("http_tokens").map(Expression::isNull).orElse(true);
    if (!written) {
      ctx.report(resource, metadata.headSpan(), resource.address() + " accepts IMDSv1 "
          + "requests: its metadata_options have no 'http_tokens = \"required\"' (the default "
          + "is \"optional\")", "add 'http_tokens = \"required\"' to the metadata_options of "
          + where);
    } else if (!tokens.isNull() && tokens.isNot("required")) {
      ctx.report(resource, metadata.expression("http_tokens").orElseThrow().span(),
          resource.address() + " accepts IMDSv1 requests: 'http_tokens' is \""
              + tokens.toText().orElseThrow() + "\"",
          "set 'http_tokens = \"required\"' in the metadata_options of " + where);
    }
  }
}
