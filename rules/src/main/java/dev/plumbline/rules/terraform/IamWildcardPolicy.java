package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.PolicyDocument;
import dev.plumbline.core.model.terraform.PolicyStatement;
import dev.plumbline.core.model.terraform.PolicyValue;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An identity policy that allows every action, or every IAM or S3 action, on every resource.
 * Read from {@code aws_iam_policy_document} data sources and from the policies of the IAM
 * resources that attach identity policies; statements with a {@code Principal} belong to
 * resource or trust policies and are left to the rules about principals.
 */
@Rule(id = "TF115", name = "iam-wildcard-policy", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"security", "iam"}, securitySeverity = 7.0,
    summary = "IAM policy allows all actions, or all IAM or S3 actions, on all resources")
public final class IamWildcardPolicy implements TerraformRule {

  /** Resource types that attach an identity policy, and the attribute that holds it. */
  private static final Map<String, String> POLICY_ATTRIBUTES = Map.of(
      "aws_iam_policy", "policy",
      "aws_iam_role_policy", "policy",
      "aws_iam_user_policy", "policy",
      "aws_iam_group_policy", "policy",
      "aws_ssoadmin_permission_set_inline_policy", "inline_policy");
  /** Wildcard actions (compared ignoring case) and what they grant. */
  private static final Map<String, String> BROAD_ACTIONS = Map.of(
      "*", "every action", "*:*", "every action",
      "iam:*", "every IAM action", "s3:*", "every S3 action");

  /** Where findings were made: a policy in a local value may be attached several times. */
  private final Set<String> reported = new HashSet<>();

  @Override
  public void visitDataSource(Resource dataSource, ModuleContext ctx) {
    PolicyDocument.of(dataSource).ifPresent(doc -> check(doc, dataSource, ctx));
  }

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    String attribute = POLICY_ATTRIBUTES.get(resource.type());
    if (attribute != null) {
      checkAttribute(resource, resource, attribute, ctx);
    }
    if (resource.type().equals("aws_iam_role")) {
      for (TerraformBlock inline : resource.nestedBlocks("inline_policy")) {
        checkAttribute(resource, inline, "policy", ctx);
      }
    }
  }

  private void checkAttribute(Resource resource, TerraformBlock block, String attribute,
      ModuleContext ctx) {
    Optional<PolicyDocument> doc = PolicyDocument.of(block, attribute);
    // a policy document data source is judged where it is declared
    if (doc.isPresent() && doc.get().dataSource().isEmpty()) {
      check(doc.get(), resource, ctx);
    }
  }

  private void check(PolicyDocument doc, Resource owner, ModuleContext ctx) {
    for (PolicyStatement statement : doc.statements()) {
      if (!statement.allows() || !statement.principals().isEmpty()
          || !statement.notPrincipals().isEmpty()
          || statement.resources().stream().noneMatch(r -> r.is("*"))) {
        continue;
      }
      for (PolicyValue action : statement.actions()) {
        String grants = action.value().map(a -> BROAD_ACTIONS.get(a.toLowerCase(Locale.ROOT)))
            .orElse(null);
        if (grants != null) {
          report(ctx, owner, action, whose(owner) + " allows '"
              + action.value().get() + "' (" + grants + ") on every resource ('*')",
              "list the actions the identity needs, on the ARNs of the resources it uses");
        }
      }
      List<PolicyValue> notActions = statement.notActions();
      if (!notActions.isEmpty() && notActions.stream().allMatch(PolicyValue::isKnown)) {
        PolicyValue first = notActions.get(0);
        report(ctx, owner, first, whose(owner) + " allows every action "
            + "except " + String.join(", ", notActions.stream()
                .map(a -> "'" + a.value().get() + "'").toList())
            + " on every resource ('*'): an Allow with NotAction grants everything else",
            "allow a list of actions instead of NotAction");
      }
    }
  }

  private static String whose(Resource owner) {
    return owner.isData() ? owner.address() : "the policy of " + owner.address();
  }

  private void report(ModuleContext ctx, Resource owner, PolicyValue at, String message,
      String hint) {
    if (reported.add(at.path() + ":" + at.span())) {
      ctx.report(at, at.span(), message, hint);
    }
  }
}
