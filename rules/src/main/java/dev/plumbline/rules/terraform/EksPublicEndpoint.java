package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.Splat;
import dev.plumbline.core.hcl.TupleExpression;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * EKS clusters whose public API endpoint is open to the whole internet, and clusters without
 * envelope encryption of secrets. The endpoint is public unless {@code endpoint_public_access =
 * false}, and open to {@code 0.0.0.0/0} unless {@code public_access_cidrs} says otherwise; both
 * defaults count. One finding per problem.
 */
@Rule(id = "TF122", name = "eks-public-endpoint", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "network", "encryption"},
    securitySeverity = 7.0,
    summary = "EKS cluster API endpoint open to the internet, or secrets not encrypted with KMS")
public final class EksPublicEndpoint implements TerraformRule {

  private static final Set<String> ANYWHERE = Set.of("0.0.0.0/0", "::/0");

  @Override
  public void visitResource(Resource cluster, ModuleContext ctx) {
    if (cluster.isData() || !cluster.type().equals("aws_eks_cluster")) {
      return;
    }
    for (TerraformBlock vpc : cluster.nestedBlocks("vpc_config")) {
      checkEndpoint(cluster, vpc, ctx);
    }
    checkEncryption(cluster, ctx);
  }

  private static void checkEndpoint(Resource cluster, TerraformBlock vpc, ModuleContext ctx) {
    Value publicAccess = vpc.value("endpoint_public_access");
    if (!publicAccess.isNull() && !publicAccess.isTrue()) {
      return;
    }
    String fix = "set 'endpoint_public_access = false' (with 'endpoint_private_access = true') "
        + "or list the networks that need the API in 'public_access_cidrs'";
    Value cidrs = vpc.value("public_access_cidrs");
    if (cidrs.isNull()) {
      Span at = vpc.expression("endpoint_public_access").map(Expression::span)
          .orElse(vpc.block().typeSpan());
      ctx.report(cluster, at, cluster.address() + "'s Kubernetes API endpoint is reachable from "
          + "the whole internet: it is public and has no 'public_access_cidrs' (the default is "
          + "[\"0.0.0.0/0\"])", fix);
      return;
    }
    Optional<List<Value>> list = cidrs.asList();
    if (list.isEmpty()) {
      return;
    }
    for (int i = 0; i < list.get().size(); i++) {
      Optional<String> cidr = list.get().get(i).asString().filter(ANYWHERE::contains);
      if (cidr.isPresent()) {
        ctx.report(cluster, elementSpan(vpc, i), cluster.address() + "'s Kubernetes API "
            + "endpoint is public and open to " + cidr.get() + " in 'public_access_cidrs'", fix);
        return;
      }
    }
  }

  /** The element written at {@code index} of a literal list, else the whole value. */
  private static Span elementSpan(TerraformBlock vpc, int index) {
    Expression cidrs = vpc.expression("public_access_cidrs").orElseThrow();
    if (cidrs instanceof TupleExpression tuple && index < tuple.elements().size()
        && tuple.elements().stream().noneMatch(EksPublicEndpoint::mayExpand)) {
      return tuple.elements().get(index).span();
    }
    return cidrs.span();
  }

  /** Whether an element may stand for several (a splat), so that indices do not line up. */
  private static boolean mayExpand(Expression element) {
    return element instanceof Splat;
  }

  private static void checkEncryption(Resource cluster, ModuleContext ctx) {
    if (cluster.hasDynamic("encryption_config")) {
      return;
    }
    String fix = "add 'encryption_config { resources = [\"secrets\"] provider { key_arn = "
        + "aws_kms_key.<name>.arn } }' to resource \"aws_eks_cluster\" \"" + cluster.name() + "\"";
    List<TerraformBlock> configs = cluster.nestedBlocks("encryption_config");
    if (configs.isEmpty()) {
      ctx.report(cluster, cluster.headSpan(), cluster.address() + " does not encrypt Kubernetes "
          + "secrets with a KMS key of its own: it has no 'encryption_config { resources = "
          + "[\"secrets\"] }'", fix);
      return;
    }
    for (TerraformBlock config : configs) {
      Value resources = config.value("resources");
      if (!resources.isWhollyKnown() || resources.asList().isEmpty()
          || resources.asList().get().stream().anyMatch(v -> v.is("secrets"))) {
        return;
      }
    }
    TerraformBlock first = configs.get(0);
    ctx.report(cluster, first.expression("resources").map(Expression::span)
            .orElse(first.block().typeSpan()),
        cluster.address() + "'s encryption_config does not cover \"secrets\"", fix);
  }
}
