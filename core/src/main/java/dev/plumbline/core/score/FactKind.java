package dev.plumbline.core.score;

/**
 * What a {@link Fact} says about a repository. A {@link FactSource} reads these from the models
 * of a run; the {@linkplain MaturityModel items} are judged from them and from the findings.
 */
public enum FactKind {
  // continuous integration and delivery
  /** A GitHub Actions workflow or a GitLab CI pipeline. */
  CI_PIPELINE,
  /** A workflow or pipeline that runs on every push or pull (merge) request. */
  CI_ON_CHANGE,
  /** A CI job that runs tests, linters or scanners. */
  TEST_JOB,
  /** A CI job that deploys. */
  DEPLOY_JOB,
  /** A CI job that deploys to a staging (pre-production) environment. */
  STAGING_DEPLOY,
  /** A CI job that deploys to production. */
  PRODUCTION_DEPLOY,
  /** A production deploy that waits for someone's approval (an environment, a manual job). */
  PRODUCTION_APPROVAL,
  /** A production deploy that starts without anyone's approval. */
  PRODUCTION_WITHOUT_APPROVAL,
  /** A deploy job that records its deployments in an environment (who, when, what). */
  DEPLOY_ENVIRONMENT,
  /** A deploy job without an environment: its deployments are not recorded. */
  DEPLOY_WITHOUT_ENVIRONMENT,
  /** A CI step that builds or pushes a container image. */
  IMAGE_BUILD,
  /** A CI step that scans a container image for vulnerabilities. */
  IMAGE_SCAN,
  /** An image scan that fails its job on HIGH or CRITICAL vulnerabilities. */
  IMAGE_SCAN_GATE,
  /** A container registry that scans every image pushed to it. */
  REGISTRY_SCAN,
  /** A deploy that waits for the rollout to become healthy (rollout status, helm --wait). */
  ROLLOUT_CHECK,
  /** A way back: a rollback job or command, an automatic rollback on failure. */
  ROLLBACK,

  // infrastructure as code
  /** A Terraform module (a directory of .tf files). */
  TERRAFORM_MODULE,
  /** A Kubernetes manifest file. */
  KUBERNETES_MANIFEST,
  /** Another infrastructure-as-code file, known by its name (Pulumi, CDK, Helm, Kustomize). */
  IAC_FILE,
  /** Terraform state in a remote backend that locks it. */
  REMOTE_STATE_LOCKED,
  /** Terraform state in a remote backend that does not lock it. */
  REMOTE_STATE_UNLOCKED,
  /** A call of a Terraform module. */
  MODULE_CALL,
  /** Drift detection: a scheduled plan, or a controller that reconciles the cluster. */
  DRIFT_DETECTION,

  // deployment strategy
  /** A Kubernetes workload: an object with a pod template. */
  WORKLOAD,
  /** A rollout strategy written out (rolling update, canary, blue-green). */
  DEPLOY_STRATEGY,
  /** A rollout that stops every old pod before starting new ones. */
  RECREATE_STRATEGY,
  /** A container with a readiness probe. */
  READINESS_PROBE,
  /** A workload with more than one replica, or an autoscaler. */
  REPLICATED,
  /** A Deployment or StatefulSet with a single replica and no autoscaler. */
  SINGLE_REPLICA,

  // containers
  /** A Dockerfile. */
  DOCKERFILE,
  /** A Dockerfile whose final image is built in more than one stage. */
  MULTI_STAGE,
  /** An image pinned by digest (FROM, a container's image). */
  IMAGE_DIGEST,
  /** An image or container that runs as a user other than root. */
  NON_ROOT,

  // secrets
  /** Secrets read from a secret manager (Vault, a cloud's secret manager, SOPS...). */
  SECRET_MANAGER,
  /** A secret injected at run time (a CI secret, a secretKeyRef, a build secret mount). */
  SECRET_INJECTION,
  /** Secrets or keys rotated automatically. */
  SECRET_ROTATION
}
