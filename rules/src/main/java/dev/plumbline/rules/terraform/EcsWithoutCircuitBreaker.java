package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.Value;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ECS services deployed by ECS rolling updates without {@code deployment_circuit_breaker
 * { enable = true, rollback = true }}: one finding per service naming what is missing. Services
 * whose {@code deployment_controller} is {@code CODE_DEPLOY} or {@code EXTERNAL} cannot use the
 * circuit breaker and are skipped, as are services whose controller or breaker is unknown.
 */
@Rule(id = "TF118", name = "ecs-without-circuit-breaker", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"reliability"},
    summary = "ECS service deployments do not roll back automatically on failure")
public final class EcsWithoutCircuitBreaker implements TerraformRule {

  private static final String SETTINGS = "'deployment_circuit_breaker { enable = true, "
      + "rollback = true }'";

  @Override
  public void visitResource(Resource service, ModuleContext ctx) {
    if (service.isData() || !service.type().equals("aws_ecs_service")
        || !usesEcsController(service) || service.hasDynamic("deployment_circuit_breaker")) {
      return;
    }
    String hint = "add " + SETTINGS + " to resource \"aws_ecs_service\" \"" + service.name()
        + "\" so that a deployment whose tasks fail to start stops and rolls back";
    Optional<TerraformBlock> breaker = service.nestedBlock("deployment_circuit_breaker");
    if (breaker.isEmpty()) {
      ctx.report(service, service.headSpan(), service.address() + " has no deployment circuit "
          + "breaker: a failing deployment neither stops nor rolls back (no " + SETTINGS + ")",
          hint);
      return;
    }
    TerraformBlock block = breaker.get();
    List<String> missing = new ArrayList<>();
    Span at = null;
    for (String setting : List.of("enable", "rollback")) {
      Value value = block.value(setting);
      if (value.isNull() || value.isFalse()) {
        missing.add("'" + setting + " = true'");
        if (at == null) {
          at = block.expression(setting).map(e -> e.span()).orElse(block.block().typeSpan());
        }
      }
    }
    if (!missing.isEmpty()) {
      ctx.report(service, at, service.address() + "'s deployment_circuit_breaker lacks "
          + String.join(" and ", missing) + ": a failing deployment "
          + (missing.size() == 2 || missing.get(0).startsWith("'enable")
              ? "neither stops nor rolls back" : "stops but is not rolled back"), hint);
    }
  }

  /**
   * Whether the service is deployed by ECS itself (rolling updates, or ECS blue/green), the only
   * controller the circuit breaker works with; an unknown controller is not assumed to be ECS.
   */
  private static boolean usesEcsController(Resource service) {
    if (service.hasDynamic("deployment_controller")) {
      return false;
    }
    Optional<TerraformBlock> controller = service.nestedBlock("deployment_controller");
    if (controller.isEmpty()) {
      return true;
    }
    Value type = controller.get().value("type");
    return type.isNull() || type.is("ECS");
  }
}
