package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A common taggable AWS resource that ends up without tags — none of its own and no
 * {@code default_tags} in its provider configuration — or, with {@code required-tags}, without
 * one of the required keys in its own tags and the provider's default tags together. Tags that
 * are not known without running Terraform are not judged, nor are resources of a module that
 * does not configure their provider (the caller's provider, and its default tags, apply).
 */
@Rule(id = "TF006", name = "missing-tags", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"maintainability", "cost"}, enabledByDefault = false,
    summary = "Taggable AWS resource without tags, or without the required tag keys")
public final class MissingTags implements TerraformRule {

  /** The common AWS resource types whose schema has {@code tags} (and honour default_tags). */
  static final Set<String> TAGGABLE = Set.of(
      // compute and containers
      "aws_instance", "aws_launch_template", "aws_ebs_volume", "aws_ebs_snapshot", "aws_ami",
      "aws_key_pair", "aws_placement_group", "aws_ecs_cluster", "aws_ecs_service",
      "aws_ecs_task_definition", "aws_ecr_repository", "aws_eks_cluster", "aws_eks_node_group",
      "aws_lambda_function", "aws_batch_compute_environment", "aws_emr_cluster",
      // network
      "aws_vpc", "aws_subnet", "aws_internet_gateway", "aws_egress_only_internet_gateway",
      "aws_nat_gateway", "aws_eip", "aws_route_table", "aws_security_group", "aws_network_acl",
      "aws_network_interface", "aws_vpc_endpoint", "aws_vpc_peering_connection",
      "aws_vpn_gateway", "aws_customer_gateway", "aws_vpn_connection", "aws_ec2_transit_gateway",
      "aws_flow_log", "aws_lb", "aws_alb", "aws_elb", "aws_lb_target_group",
      "aws_alb_target_group", "aws_lb_listener", "aws_alb_listener", "aws_route53_zone",
      "aws_route53_health_check", "aws_cloudfront_distribution", "aws_acm_certificate",
      "aws_api_gateway_rest_api", "aws_api_gateway_stage", "aws_apigatewayv2_api",
      "aws_apigatewayv2_stage", "aws_wafv2_web_acl",
      // storage and databases
      "aws_s3_bucket", "aws_efs_file_system", "aws_db_instance", "aws_rds_cluster",
      "aws_rds_cluster_instance", "aws_db_subnet_group", "aws_db_parameter_group",
      "aws_rds_cluster_parameter_group", "aws_db_option_group", "aws_dynamodb_table",
      "aws_elasticache_cluster", "aws_elasticache_replication_group",
      "aws_elasticache_subnet_group", "aws_redshift_cluster", "aws_docdb_cluster",
      "aws_neptune_cluster", "aws_elasticsearch_domain", "aws_opensearch_domain",
      "aws_backup_vault", "aws_backup_plan",
      // messaging, streaming, integration
      "aws_sqs_queue", "aws_sns_topic", "aws_kinesis_stream",
      "aws_kinesis_firehose_delivery_stream",
      "aws_msk_cluster", "aws_mq_broker", "aws_sfn_state_machine", "aws_cloudwatch_event_rule",
      "aws_glue_job",
      // security, identity, observability, delivery
      "aws_kms_key", "aws_secretsmanager_secret", "aws_ssm_parameter", "aws_iam_role",
      "aws_iam_user", "aws_iam_policy", "aws_iam_instance_profile", "aws_cognito_user_pool",
      "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_cloudtrail",
      "aws_codebuild_project", "aws_codepipeline", "aws_sagemaker_notebook_instance");

  @RuleOption(name = "required-tags", description = "Tag keys every taggable resource must "
      + "have, from its own tags or the provider's default_tags (default: none; then any tag "
      + "will do).")
  List<String> requiredTags = List.of();

  @Override
  public void visitResource(Resource resource, ModuleContext ctx) {
    if (!TAGGABLE.contains(resource.type())) {
      return;
    }
    Optional<Provider> provider = providerOf(resource);
    if (provider.isEmpty() || provider.get().hasDynamic("default_tags")) {
      return;
    }
    Value defaults = provider.get().nestedBlock("default_tags").map(b -> b.value("tags"))
        .orElse(Value.NULL);
    Value tags = resource.value("tags");
    Optional<Expression> tagsExpression = resource.expression("tags");
    if (requiredTags.isEmpty()) {
      if (isEmpty(defaults) && isEmpty(tags)) {
        ctx.report(resource, tagsExpression.map(Expression::span).orElse(resource.headSpan()),
            (tagsExpression.isPresent() ? "the tags of " + resource.address() + " are empty"
                : resource.address() + " has no tags") + ", and provider \""
                + provider.get().address() + "\" has no default_tags",
            "add tags = { ... } to resource \"" + resource.type() + "\" \"" + resource.name()
                + "\", or default_tags { tags = { ... } } to provider \""
                + provider.get().address() + "\"");
      }
      return;
    }
    Optional<Set<String>> defaultKeys = keys(defaults);
    Optional<Set<String>> ownKeys = keys(tags);
    if (defaultKeys.isEmpty() || ownKeys.isEmpty()) {
      return;
    }
    Set<String> missing = new TreeSet<>(requiredTags);
    missing.removeAll(defaultKeys.get());
    missing.removeAll(ownKeys.get());
    if (missing.isEmpty()) {
      return;
    }
    String list = String.join(", ", missing.stream().map(k -> "'" + k + "'").toList());
    ctx.report(resource, tagsExpression.map(Expression::span).orElse(resource.headSpan()),
        resource.address() + " lacks the required tag" + (missing.size() > 1 ? "s " : " ")
            + list + " (in its tags and the default_tags of provider \""
            + provider.get().address() + "\")",
        "add " + list + " to the tags of resource \"" + resource.type() + "\" \""
            + resource.name() + "\", or to default_tags of provider \""
            + provider.get().address() + "\"");
  }

  /** The provider configuration the resource uses, when the module itself has it. */
  private static Optional<Provider> providerOf(Resource resource) {
    TerraformModule module = resource.module();
    Optional<ScopeTraversal> explicit = resource.expression("provider")
        .flatMap(Expression::traversal);
    if (explicit.isPresent()) {
      List<String> names = explicit.get().names();
      return names.size() == 2 ? module.provider(names.get(0), names.get(1))
          : module.provider(names.get(0));
    }
    return module.provider(resource.providerName());
  }

  /** Whether a tags value is certainly no tags: not set, null or an empty map. */
  private static boolean isEmpty(Value tags) {
    return tags.isNull() || tags.asMap().filter(Map::isEmpty).isPresent();
  }

  /** The tag keys, when certainly known: none for null. */
  private static Optional<Set<String>> keys(Value tags) {
    if (tags.isNull()) {
      return Optional.of(Set.of());
    }
    return tags.asMap().map(m -> Set.copyOf(m.keySet()));
  }
}
