package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Map;

/**
 * An S3 bucket made public by its ACL: a canned ACL that grants to everyone or to every AWS
 * account ({@code acl} of {@code aws_s3_bucket} or {@code aws_s3_bucket_acl}), or a grant to
 * the AllUsers or AuthenticatedUsers group (the inline {@code grant} blocks of provider v3, the
 * {@code access_control_policy} of {@code aws_s3_bucket_acl}).
 */
@Rule(id = "TF101", name = "s3-public-acl", platform = Platform.TERRAFORM,
    severity = Severity.ERROR, tags = {"security", "aws"}, securitySeverity = 9.0,
    summary = "S3 bucket ACL that grants access to everyone or to every AWS account")
public final class S3PublicAcl implements TerraformRule {

  /** The public canned ACLs and whom they open the bucket to. */
  private static final Map<String, String> PUBLIC_ACLS = Map.of(
      "public-read", "anyone on the internet can list and read its objects",
      "public-read-write", "anyone on the internet can list, read, write and delete its objects",
      "authenticated-read", "any AWS account, of anyone, can list and read its objects");
  private static final String GROUPS = "http://acs.amazonaws.com/groups/global/";
  private static final Map<String, String> PUBLIC_GROUPS = Map.of(
      GROUPS + "AllUsers", "everyone (AllUsers)",
      GROUPS + "AuthenticatedUsers", "every AWS account (AuthenticatedUsers)");

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (resource.isData()) {
      return;
    }
    switch (resource.type()) {
      case "aws_s3_bucket" -> {
        checkAcl(resource, ctx);
        resource.nestedBlocks("grant").forEach(grant -> checkGrant(resource, grant, ctx));
      }
      case "aws_s3_bucket_acl" -> {
        checkAcl(resource, ctx);
        for (TerraformBlock policy : resource.nestedBlocks("access_control_policy")) {
          for (TerraformBlock grant : policy.nestedBlocks("grant")) {
            grant.nestedBlocks("grantee").forEach(grantee -> checkGrant(resource, grantee, ctx));
          }
        }
      }
      default -> { }
    }
  }

  private static void checkAcl(Resource resource, ModuleContext ctx) {
    Value acl = resource.value("acl");
    for (Map.Entry<String, String> canned : PUBLIC_ACLS.entrySet()) {
      if (acl.is(canned.getKey())) {
        ctx.report(resource, resource.expression("acl").orElseThrow().span(),
            resource.address() + " has acl \"" + canned.getKey() + "\": " + canned.getValue(),
            "use acl = \"private\" (or drop the ACL and set object_ownership = "
                + "\"BucketOwnerEnforced\"); serve public content through CloudFront with "
                + "origin access control");
      }
    }
  }

  /** A grant ({@code grant} of a v3 bucket, or {@code grantee} of a split ACL) to a group. */
  private static void checkGrant(Resource resource, TerraformBlock grantee, ModuleContext ctx) {
    Value uri = grantee.value("uri");
    for (Map.Entry<String, String> group : PUBLIC_GROUPS.entrySet()) {
      if (uri.is(group.getKey())) {
        ctx.report(resource, grantee.expression("uri").orElseThrow().span(),
            resource.address() + " grants access to " + group.getValue() + " in its ACL",
            "remove the grant to the " + group.getKey().substring(GROUPS.length())
                + " group; grant to specific accounts or use a bucket policy");
      }
    }
  }
}
