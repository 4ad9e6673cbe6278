package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Application Auto Scaling target tracking policies ({@code aws_appautoscaling_policy} with
 * {@code policy_type = "TargetTrackingScaling"}) that leave {@code scale_in_cooldown} or
 * {@code scale_out_cooldown} to the service default. The scale-in cooldown is not asked for when
 * {@code disable_scale_in = true}. EC2 Auto Scaling policies ({@code aws_autoscaling_policy}) are
 * not checked: their target tracking has no cooldowns, only the instance warm-up.
 */
@Rule(id = "TF124", name = "autoscaling-without-cooldowns", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"reliability"}, enabledByDefault = false,
    summary = "Target tracking scaling policy without explicit scale-in and scale-out cooldowns")
public final class AutoscalingWithoutCooldowns implements TerraformRule {

  @Override
  public void visitResource(Resource policy, ModuleContext ctx) {
    if (policy.isData() || !policy.type().equals("aws_appautoscaling_policy")
        || !policy.value("policy_type").is("TargetTrackingScaling")) {
      return;
    }
    for (TerraformBlock config
        : policy.nestedBlocks("target_tracking_scaling_policy_configuration")) {
      List<String> missing = new ArrayList<>();
      if (config.value("scale_in_cooldown").isNull()
          && !config.value("disable_scale_in").isTrue()) {
        missing.add("scale_in_cooldown");
      }
      if (config.value("scale_out_cooldown").isNull()) {
        missing.add("scale_out_cooldown");
      }
      if (!missing.isEmpty()) {
        ctx.report(policy, config.block().typeSpan(), policy.address() + " leaves "
            + String.join(" and ", missing) + " to the service default: its "
            + "target_tracking_scaling_policy_configuration does not set "
            + (missing.size() == 1 ? "it" : "them"),
            "set " + String.join(" and ", missing.stream().map(m -> "'" + m + "'").toList())
                + " (in seconds) in the target_tracking_scaling_policy_configuration of resource "
                + "\"aws_appautoscaling_policy\" \"" + policy.name() + "\", for example a short "
                + "scale-out and a longer scale-in cooldown");
      }
    }
  }
}
