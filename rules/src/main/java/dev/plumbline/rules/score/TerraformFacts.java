package dev.plumbline.rules.score;

import static dev.plumbline.core.score.FactKind.DEPLOY_STRATEGY;
import static dev.plumbline.core.score.FactKind.MODULE_CALL;
import static dev.plumbline.core.score.FactKind.REGISTRY_SCAN;
import static dev.plumbline.core.score.FactKind.REMOTE_STATE_LOCKED;
import static dev.plumbline.core.score.FactKind.REMOTE_STATE_UNLOCKED;
import static dev.plumbline.core.score.FactKind.ROLLBACK;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;
import static dev.plumbline.core.score.FactKind.SECRET_MANAGER;
import static dev.plumbline.core.score.FactKind.SECRET_ROTATION;
import static dev.plumbline.core.score.FactKind.TERRAFORM_MODULE;

import dev.plumbline.core.model.terraform.Backend;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.source.Span;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of a Terraform module: its state backend, the modules it calls, registries that
 * scan images, ECS and CodeDeploy rollouts, secret managers and key rotation. Values are read
 * as the rules read them (variable defaults, locals), never by running anything.
 */
final class TerraformFacts {

  /** Backends that lock the state by themselves. */
  private static final Set<String> LOCKING_BACKENDS = Set.of("gcs", "azurerm", "remote",
      "consul", "pg", "kubernetes", "cos");
  /** Resources and data sources that hold or read secrets in a secret manager. */
  private static final Set<String> SECRET_STORES = Set.of("aws_secretsmanager_secret",
      "aws_secretsmanager_secret_version", "google_secret_manager_secret",
      "google_secret_manager_secret_version", "azurerm_key_vault_secret", "sops_file",
      "vault_generic_secret", "vault_kv_secret_v2", "vault_kv_secret");

  private TerraformFacts() {}

  static void read(TerraformModule module, FactSink sink) {
    if (module.configurationFiles().isEmpty()) {
      return;
    }
    TerraformFile first = module.configurationFiles().get(0);
    sink.add(TERRAFORM_MODULE, first.path(), Span.at(first.source().position(0)),
        "Terraform module '" + module.directory() + "'");
    readState(module, sink);
    for (ModuleCall call : module.moduleCalls()) {
      sink.add(MODULE_CALL, call.path(), call.headSpan(), "calls module '" + call.name() + "'"
          + call.source().map(s -> " from " + s).orElse(""));
    }
    for (TerraformNode node : module.declarations()) {
      if (node instanceof Resource resource) {
        readResource(resource, sink);
      }
    }
  }

  private static void readState(TerraformModule module, FactSink sink) {
    module.cloud().ifPresent(cloud -> sink.add(REMOTE_STATE_LOCKED, cloud.path(),
        cloud.headSpan(), "a cloud block keeps the state in HCP Terraform, which locks it"));
    Optional<Backend> found = module.backend();
    if (found.isEmpty()) {
      return;
    }
    Backend backend = found.get();
    String type = backend.backendType();
    String note = "backend '" + type + "'";
    if (LOCKING_BACKENDS.contains(type) || type.equals("s3") && s3Locks(backend)
        || type.equals("oss") && backend.has("tablestore_table")
        || type.equals("http") && backend.has("lock_address")) {
      sink.add(REMOTE_STATE_LOCKED, backend.path(), backend.backendTypeSpan(),
          note + " keeps the state remote and locks it");
    } else if (!type.equals("s3")) {
      // an s3 backend that does not lock is TF003's finding
      sink.add(REMOTE_STATE_UNLOCKED, backend.path(), backend.backendTypeSpan(),
          note + (type.equals("local") ? " keeps the state on local disk"
              : " does not lock the state"));
    }
  }

  /**
   * Whether an S3 backend locks: {@code use_lockfile = true}, a {@code dynamodb_table}, or no
   * settings at all (a partial configuration, completed at {@code terraform init}).
   */
  private static boolean s3Locks(Backend backend) {
    if (backend.body().attributes().isEmpty() && backend.body().blocks().isEmpty()) {
      return true;
    }
    return backend.value("use_lockfile").isTrue()
        || backend.has("dynamodb_table") && !backend.value("dynamodb_table").isNull()
            && !backend.value("dynamodb_table").is("");
  }

  private static void readResource(Resource resource, FactSink sink) {
    String type = resource.type();
    String label = resource.address();
    if (SECRET_STORES.contains(type) || type.startsWith("vault_")) {
      sink.add(SECRET_MANAGER, resource.path(), resource.headSpan(),
          label + " uses a secret manager");
      if (resource.isData()) {
        sink.add(SECRET_INJECTION, resource.path(), resource.headSpan(),
            label + " reads a secret when Terraform runs");
      }
    }
    if (resource.isData()) {
      return;
    }
    switch (type) {
      case "aws_ecr_repository" -> nested(resource, "image_scanning_configuration")
          .filter(c -> c.value("scan_on_push").isTrue())
          .ifPresent(c -> sink.add(REGISTRY_SCAN, resource.path(), c.headSpan(),
              label + " scans every image pushed to it"));
      case "aws_ecr_registry_scanning_configuration" -> sink.add(REGISTRY_SCAN, resource.path(),
          resource.headSpan(), label + " scans the registry's images");
      case "aws_ecs_service" -> {
        nested(resource, "deployment_circuit_breaker")
            .filter(c -> c.value("rollback").isTrue())
            .ifPresent(c -> sink.add(ROLLBACK, resource.path(), c.headSpan(),
                label + " rolls a failed deployment back (circuit breaker)"));
        if (resource.has("deployment_controller")
            || resource.has("deployment_minimum_healthy_percent")) {
          sink.add(DEPLOY_STRATEGY, resource.path(), resource.headSpan(),
              label + " says how it rolls out");
        }
      }
      case "aws_codedeploy_deployment_group" -> {
        if (resource.has("blue_green_deployment_config") || resource.has("deployment_style")) {
          sink.add(DEPLOY_STRATEGY, resource.path(), resource.headSpan(),
              label + " says how it rolls out");
        }
        nested(resource, "auto_rollback_configuration").filter(c -> c.value("enabled").isTrue())
            .ifPresent(c -> sink.add(ROLLBACK, resource.path(), c.headSpan(),
                label + " rolls failed deployments back"));
      }
      case "aws_secretsmanager_secret_rotation" -> sink.add(SECRET_ROTATION, resource.path(),
          resource.headSpan(), label + " rotates a secret");
      case "aws_kms_key" -> {
        if (resource.value("enable_key_rotation").isTrue()) {
          sink.add(SECRET_ROTATION, resource.path(), resource.headSpan(),
              label + " rotates its key material");
        }
      }
      case "google_kms_crypto_key" -> {
        if (resource.has("rotation_period")) {
          sink.add(SECRET_ROTATION, resource.path(), resource.headSpan(),
              label + " has a rotation period");
        }
      }
      case "google_secret_manager_secret", "azurerm_key_vault_key" -> {
        Optional<TerraformBlock> rotation = nested(resource, "rotation")
            .or(() -> nested(resource, "rotation_policy"));
        rotation.ifPresent(r -> sink.add(SECRET_ROTATION, resource.path(), r.headSpan(),
            label + " is rotated"));
      }
      default -> { }
    }
  }

  private static Optional<TerraformBlock> nested(TerraformBlock block, String type) {
    return block.nestedBlock(type);
  }
}
