package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * ECR repositories whose image tags can be overwritten ({@code image_tag_mutability} not
 * {@code IMMUTABLE}; Terraform's default is {@code MUTABLE}), and repositories whose images are
 * not scanned on push ({@code image_scanning_configuration { scan_on_push = true }}). One finding
 * per problem. A registry scanning configuration in the module
 * ({@code aws_ecr_registry_scanning_configuration} with enhanced scanning, or a rule scanning on
 * push or continuously) scans every repository, so then the scanning check is skipped.
 */
@Rule(id = "TF119", name = "ecr-mutable-or-unscanned", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 5.0,
    summary = "ECR repository with mutable image tags or without scanning on push")
public final class EcrMutableOrUnscanned implements TerraformRule {

  @Override
  public void visitResource(Resource repository, ModuleContext ctx) {
    if (repository.isData() || !repository.type().equals("aws_ecr_repository")) {
      return;
    }
    checkMutability(repository, ctx);
    if (!registryScans(repository.module())) {
      checkScanning(repository, ctx);
    }
  }

  private static void checkMutability(Resource repository, ModuleContext ctx) {
    Value mutability = repository.value("image_tag_mutability");
    String fix = "set 'image_tag_mutability = \"IMMUTABLE\"' on resource \"aws_ecr_repository\" \""
        + repository.name() + "\" and give every build a unique tag (the commit SHA)";
    if (mutability.isNull()) {
      ctx.report(repository, repository.headSpan(), repository.address() + " lets pushes "
          + "overwrite image tags: it has no 'image_tag_mutability = \"IMMUTABLE\"' (the default "
          + "is MUTABLE)", fix);
      return;
    }
    Optional<String> text = mutability.toText();
    // IMMUTABLE_WITH_EXCLUSION keeps every tag but the excluded ones fixed: a deliberate choice
    if (text.isPresent() && !text.get().startsWith("IMMUTABLE")) {
      ctx.report(repository, repository.expression("image_tag_mutability").orElseThrow().span(),
          repository.address() + " lets pushes overwrite image tags ('image_tag_mutability = \""
              + text.get() + "\"')", fix);
    }
  }

  private static void checkScanning(Resource repository, ModuleContext ctx) {
    if (repository.hasDynamic("image_scanning_configuration")) {
      return;
    }
    String fix = "add 'image_scanning_configuration { scan_on_push = true }' to resource "
        + "\"aws_ecr_repository\" \"" + repository.name() + "\", or configure registry scanning "
        + "with aws_ecr_registry_scanning_configuration";
    Optional<TerraformBlock> scanning = repository.nestedBlock("image_scanning_configuration");
    if (scanning.isEmpty()) {
      ctx.report(repository, repository.headSpan(), repository.address() + " does not scan "
          + "images for vulnerabilities: it has no 'image_scanning_configuration { scan_on_push "
          + "= true }'", fix);
      return;
    }
    Value onPush = scanning.get().value("scan_on_push");
    if (onPush.isNull() || onPush.isFalse()) {
      ctx.report(repository, scanning.get().expression("scan_on_push").map(e -> e.span())
              .orElse(scanning.get().block().typeSpan()),
          repository.address() + " does not scan images on push (" + (onPush.isNull()
              ? "image_scanning_configuration has no 'scan_on_push = true'"
              : "'scan_on_push = false'") + ")", fix);
    }
  }

  /**
   * Whether the module configures registry-wide scanning that covers pushes: enhanced scanning
   * (Amazon Inspector), or a basic-scanning rule with {@code SCAN_ON_PUSH} or
   * {@code CONTINUOUS_SCAN}. Unknown values count as scanning, so that nothing is reported on
   * a guess; repository filters are not matched.
   */
  private static boolean registryScans(TerraformModule module) {
    for (Resource config : module.resources("aws_ecr_registry_scanning_configuration")) {
      Value type = config.value("scan_type");
      if (!type.is("BASIC") || config.hasDynamic("rule")) {
        return true;
      }
      for (TerraformBlock rule : config.nestedBlocks("rule")) {
        Value frequency = rule.value("scan_frequency");
        if (!frequency.is("MANUAL")) {
          return true;
        }
      }
    }
    return false;
  }
}
