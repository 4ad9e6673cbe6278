package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Reference;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.List;
import java.util.Optional;

/**
 * An S3 bucket without server access logging: no {@code logging} block (provider v3) and no
 * {@code aws_s3_bucket_logging} for it in the module. Buckets that receive logs are left out:
 * logging a log bucket would log its own deliveries.
 */
@Rule(id = "TF105", name = "s3-access-logging-disabled", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"security", "aws"}, securitySeverity = 3.0,
    enabledByDefault = false,
    summary = "S3 bucket without server access logging")
public final class S3AccessLoggingDisabled implements TerraformRule {

  private static final String COMPANION = "aws_s3_bucket_logging";
  /** Attributes that name the bucket logs are delivered to. */
  private static final List<String> LOG_TARGETS = List.of("target_bucket", "s3_bucket_name",
      "log_destination");
  /** Nested blocks that name the bucket logs are delivered to. */
  private static final List<String> LOG_BLOCKS = List.of("logging", "access_logs",
      "logging_config");

  @Override
  public void visitResource(Resource bucket, ModuleContext ctx) {
    if (bucket.isData() || !bucket.type().equals("aws_s3_bucket")
        || !bucket.module().isComplete() || bucket.has("logging")
        || !bucket.nestedBlocks("logging").isEmpty() || bucket.hasDynamic("logging")
        || receivesLogs(bucket)) {
      return;
    }
    if (Companions.of(bucket, COMPANION, "bucket", "bucket").certainlyNone()) {
      ctx.report(bucket, bucket.headSpan(), bucket.address() + " has no access logging: "
          + "neither a logging block nor an " + COMPANION, "add resource \"" + COMPANION
          + "\" with bucket = " + bucket.address() + ".id and a target_bucket for the logs");
    }
  }

  /** Whether the bucket is where the module delivers logs to. */
  private static boolean receivesLogs(Resource bucket) {
    if (bucket.value("acl").is("log-delivery-write")) {
      return true;
    }
    TerraformModule module = bucket.module();
    for (Reference reference : module.referencesTo(bucket)) {
      if (reference.from() instanceof Resource from && inLogTarget(from, reference)) {
        return true;
      }
    }
    Optional<String> name = bucket.value("bucket").asString();
    if (name.isEmpty()) {
      return false;
    }
    for (Resource logging : module.resources(COMPANION)) {
      if (logging.value("target_bucket").is(name.get())) {
        return true;
      }
    }
    for (Resource other : module.resources("aws_s3_bucket")) {
      for (TerraformBlock logging : other.nestedBlocks("logging")) {
        if (logging.value("target_bucket").is(name.get())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inLogTarget(Resource from, Reference reference) {
    for (String attribute : LOG_TARGETS) {
      if (from.expression(attribute).filter(e -> e.span().contains(reference.span()))
          .isPresent()) {
        return true;
      }
    }
    for (String type : LOG_BLOCKS) {
      for (TerraformBlock block : from.nestedBlocks(type)) {
        if (block.span().contains(reference.span())) {
          return true;
        }
      }
    }
    return false;
  }
}
