package dev.plumbline.core.score;

import static dev.plumbline.core.score.Area.CI_CD;
import static dev.plumbline.core.score.Area.CONTAINER_SECURITY;
import static dev.plumbline.core.score.Area.DEPLOYMENT_STRATEGY;
import static dev.plumbline.core.score.Area.INFRASTRUCTURE_AS_CODE;
import static dev.plumbline.core.score.Area.SECRETS_MANAGEMENT;
import static dev.plumbline.core.score.FactKind.CI_ON_CHANGE;
import static dev.plumbline.core.score.FactKind.CI_PIPELINE;
import static dev.plumbline.core.score.FactKind.DEPLOY_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.DEPLOY_JOB;
import static dev.plumbline.core.score.FactKind.DEPLOY_STRATEGY;
import static dev.plumbline.core.score.FactKind.DEPLOY_WITHOUT_ENVIRONMENT;
import static dev.plumbline.core.score.FactKind.DOCKERFILE;
import static dev.plumbline.core.score.FactKind.DRIFT_DETECTION;
import static dev.plumbline.core.score.FactKind.IAC_FILE;
import static dev.plumbline.core.score.FactKind.IMAGE_BUILD;
import static dev.plumbline.core.score.FactKind.IMAGE_DIGEST;
import static dev.plumbline.core.score.FactKind.IMAGE_SCAN;
import static dev.plumbline.core.score.FactKind.IMAGE_SCAN_GATE;
import static dev.plumbline.core.score.FactKind.KUBERNETES_MANIFEST;
import static dev.plumbline.core.score.FactKind.MODULE_CALL;
import static dev.plumbline.core.score.FactKind.MULTI_STAGE;
import static dev.plumbline.core.score.FactKind.NON_ROOT;
import static dev.plumbline.core.score.FactKind.PRODUCTION_APPROVAL;
import static dev.plumbline.core.score.FactKind.PRODUCTION_WITHOUT_APPROVAL;
import static dev.plumbline.core.score.FactKind.READINESS_PROBE;
import static dev.plumbline.core.score.FactKind.RECREATE_STRATEGY;
import static dev.plumbline.core.score.FactKind.REGISTRY_SCAN;
import static dev.plumbline.core.score.FactKind.REMOTE_STATE_LOCKED;
import static dev.plumbline.core.score.FactKind.REMOTE_STATE_UNLOCKED;
import static dev.plumbline.core.score.FactKind.REPLICATED;
import static dev.plumbline.core.score.FactKind.ROLLBACK;
import static dev.plumbline.core.score.FactKind.ROLLOUT_CHECK;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;
import static dev.plumbline.core.score.FactKind.SECRET_MANAGER;
import static dev.plumbline.core.score.FactKind.SECRET_ROTATION;
import static dev.plumbline.core.score.FactKind.SINGLE_REPLICA;
import static dev.plumbline.core.score.FactKind.STAGING_DEPLOY;
import static dev.plumbline.core.score.FactKind.TERRAFORM_MODULE;
import static dev.plumbline.core.score.FactKind.TEST_JOB;
import static dev.plumbline.core.score.FactKind.WORKLOAD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checklist of the maturity score: the production-readiness items of the five areas, each
 * with its weight within its area and its evidence function. An item is met when the files show
 * it done, not met when they show it undone or show nothing that would do it, not applicable
 * when the repository has nothing it is about, and not visible when no file can show it (a
 * practice, a history): those are listed, never guessed. Findings of the rules contradict an
 * item wherever they are, suppressed or not: a suppression accepts a finding, it does not make
 * the item met.
 */
public final class MaturityModel {

  private static final List<Item> ITEMS = List.of(
      // CI/CD automation
      item("CI-1", CI_CD, 3, "Automated builds on every commit",
          "a GitHub workflow runs on push, pull_request or merge_group, or a .gitlab-ci.yml "
              + "pipeline runs (GitLab runs it on every push unless workflow:rules say "
              + "otherwise)",
          List.of(), MaturityModel::buildsOnEveryCommit),
      item("CI-2", CI_CD, 3, "Automated tests (unit, integration, E2E) before deploy",
          "a CI job runs tests, linters or scanners, and no finding shows a deploy that can "
              + "run without them or a test whose failure is ignored",
          List.of("GHA020", "GLC006", "GHA014", "GLC004", "SH002"),
          MaturityModel::testsBeforeDeploy),
      item("CI-3", CI_CD, 2, "Container image scanning for vulnerabilities",
          "a CI step scans an image (Trivy, Grype, Snyk, Anchore, Docker Scout, GitLab "
              + "container scanning...); applies when the repository has Dockerfiles, "
              + "Kubernetes workloads or builds images in CI",
          List.of("GHA021", "GLC013"), MaturityModel::pipelineScansImages),
      item("CI-4", CI_CD, 1, "Single-command deployment to staging",
          "a CI job deploys to a staging environment (its environment or name says staging, "
              + "stage, pre-production, UAT or QA)",
          List.of(), in -> present("a CI job deploys to staging",
              in.facts(STAGING_DEPLOY), noDeployReason(in, "none deploys to staging"),
              in.facts(DEPLOY_JOB))),
      item("CI-5", CI_CD, 2, "Approval gate for production deployment",
          "every production deploy job waits for approval: a GitHub environment (whose "
              + "protection rules hold the approval) or a GitLab job with when: manual",
          List.of("GHA019"), MaturityModel::productionApproval),
      item("CI-6", CI_CD, 1, "Deployment history tracked (who, when, what)",
          "every deploy job names an environment, where GitHub and GitLab record each "
              + "deployment",
          List.of(), MaturityModel::deploymentHistory),
      item("CI-7", CI_CD, 2, "Rollback tested in last 30 days",
          "not visible: a test of a rollback leaves no trace in the files", List.of(),
          in -> Assessment.notVisible("when a rollback was last tested is not in the files")),
      item("CI-8", CI_CD, 2, "Dependency versions locked (actions, included pipelines)",
          "no action or reusable workflow is used without a full commit SHA and no included "
              + "pipeline is unpinned; applies when the repository has CI files",
          List.of("GHA001", "GHA002", "GLC002"), MaturityModel::ciDependenciesPinned),

      // infrastructure as code
      item("IAC-1", INFRASTRUCTURE_AS_CODE, 3,
          "All infrastructure defined in code (Terraform, Pulumi)",
          "the repository has Terraform modules, Kubernetes manifests or other "
              + "infrastructure code (Pulumi, CDK, Helm charts, Kustomize, Bicep, "
              + "CloudFormation with SAM)",
          List.of(), in -> present("infrastructure is written as code",
              in.facts(TERRAFORM_MODULE, KUBERNETES_MANIFEST, IAC_FILE),
              "no infrastructure code: no Terraform, Kubernetes manifests, Pulumi or the like",
              List.of())),
      item("IAC-2", INFRASTRUCTURE_AS_CODE, 1, "IaC versioned in Git",
          "not visible: whether the files are committed, and everything changed through them, "
              + "is Git's to say, not the files'",
          List.of(), in -> Assessment.notVisible(
              "whether the infrastructure code is committed is not in the files themselves")),
      item("IAC-3", INFRASTRUCTURE_AS_CODE, 3, "Remote state with locking (Cloud Storage, S3)",
          "every Terraform root module keeps its state in a backend that locks it (s3 with "
              + "use_lockfile or dynamodb_table, gcs, azurerm, remote, cloud, consul, pg, "
              + "kubernetes...); applies when a root module keeps state",
          List.of("TF001", "TF003"), MaturityModel::remoteState),
      item("IAC-4", INFRASTRUCTURE_AS_CODE, 2, "Modules used for reusable components",
          "Terraform configuration calls modules; applies when the repository has Terraform",
          List.of(), in -> !in.has(TERRAFORM_MODULE)
              ? Assessment.notApplicable("no Terraform")
              : present("Terraform calls modules", in.facts(MODULE_CALL),
                  "no Terraform configuration calls a module", List.of())),
      item("IAC-5", INFRASTRUCTURE_AS_CODE, 2, "Drift detection scheduled (weekly)",
          "a scheduled CI job runs terraform plan (or driftctl), or a GitOps controller (Argo CD "
              + "with self-heal, Flux) reconciles the cluster; applies when the repository has "
              + "infrastructure code",
          List.of(), in -> !in.has(TERRAFORM_MODULE, KUBERNETES_MANIFEST, IAC_FILE)
              ? Assessment.notApplicable("no infrastructure code")
              : present("drift is detected", in.facts(DRIFT_DETECTION),
                  "no scheduled plan and no reconciling controller detects drift", List.of())),
      item("IAC-6", INFRASTRUCTURE_AS_CODE, 2, "No manual infrastructure changes",
          "not visible: changes made by hand leave no trace in the files", List.of(),
          in -> Assessment.notVisible("changes made outside the code are not in the files")),

      // deployment strategy
      item("DS-1", DEPLOYMENT_STRATEGY, 2,
          "Deployment strategy documented (blue-green, canary, rolling)",
          "a rollout strategy is written out: a Deployment's strategy, a StatefulSet's or "
              + "DaemonSet's updateStrategy, an Argo Rollout or Flagger Canary, an ECS or "
              + "CodeDeploy deployment setting; applies when something is deployed",
          List.of(), in -> !deploys(in) ? nothingDeployed()
              : present("the rollout strategy is written out",
                  in.facts(DEPLOY_STRATEGY, RECREATE_STRATEGY),
                  "no workload or deploy says how it rolls out", in.facts(WORKLOAD))),
      item("DS-2", DEPLOYMENT_STRATEGY, 3, "Health checks before marking deployment successful",
          "containers have readiness probes, or deploys wait for the rollout (kubectl rollout "
              + "status, helm --wait or --atomic...), and no finding shows a serving container "
              + "without a readiness probe or a deploy that does not check its rollout",
          List.of("K8S012", "SH004"), MaturityModel::healthChecks),
      item("DS-3", DEPLOYMENT_STRATEGY, 2, "Rollback procedure documented and tested",
          "a way back is written down: a rollback job or command (helm rollback, kubectl "
              + "rollout undo, a GitLab environment's stop or rollback job), helm --atomic, an "
              + "ECS circuit breaker with rollback, an Argo Rollout; testing it is item CI-7",
          List.of("GLC016", "TF118"), MaturityModel::rollbackPath),
      item("DS-4", DEPLOYMENT_STRATEGY, 1, "Database migrations backward compatible",
          "not visible: compatibility is a property of the migrations' SQL and the code, not "
              + "of pipeline or infrastructure files",
          List.of(), in -> Assessment.notVisible(
              "whether migrations are backward compatible is not in these files")),
      item("DS-5", DEPLOYMENT_STRATEGY, 2, "Zero-downtime deployments (no user impact)",
          "Kubernetes workloads run more than one replica (or autoscale), roll out without "
              + "taking pods out first (no Recreate, no unsafe rolling update) and have "
              + "resource requests and memory limits; judged for Kubernetes workloads only",
          List.of("K8S023", "K8S007", "K8S008"), MaturityModel::zeroDowntime),

      // container security
      item("CS-1", CONTAINER_SECURITY, 2, "Base images pinned to specific digest",
          "every image (FROM, a container's image, a CI job's image) is pinned by digest: no "
              + "finding of latest, untagged or digest-less images",
          List.of("DKR001", "DKR002", "DKR003", "K8S009", "K8S010", "GHA003", "GLC001"),
          in -> !hasContainers(in) ? noContainers()
              : absent(in, "every image is pinned by digest", in.facts(IMAGE_DIGEST),
                  "images are not pinned by digest")),
      item("CS-2", CONTAINER_SECURITY, 3, "Images scanned for vulnerabilities",
          "a CI step scans images, or the registry scans every image pushed (ECR scan on "
              + "push)",
          List.of("GHA021", "GLC013", "TF119"), MaturityModel::imagesScanned),
      item("CS-3", CONTAINER_SECURITY, 2, "No HIGH/CRITICAL vulnerabilities in production",
          "an image scan fails its job on HIGH or CRITICAL vulnerabilities, so such images do "
              + "not ship; without one, not visible (the vulnerabilities are in the images, "
              + "not in the files)",
          List.of(), in -> !hasContainers(in) ? noContainers()
              : in.has(IMAGE_SCAN_GATE)
                  ? Assessment.met("an image scan fails the build on HIGH or CRITICAL "
                      + "vulnerabilities", in.facts(IMAGE_SCAN_GATE))
                  : Assessment.notVisible("no scan gates the build on HIGH or CRITICAL "
                      + "vulnerabilities, and the images themselves are not in the files")),
      item("CS-4", CONTAINER_SECURITY, 3, "Running as non-root user",
          "no finding of an image or container that runs as root",
          List.of("DKR004", "K8S003"),
          in -> !hasContainers(in) ? noContainers()
              : absent(in, "images and containers run as non-root users", in.facts(NON_ROOT),
                  "images or containers run as root")),
      item("CS-5", CONTAINER_SECURITY, 1, "Image size optimized (< 500MB)",
          "no Dockerfile leaves package caches, package lists or recommended packages in its "
              + "layers (the size itself is not in the files); applies to Dockerfiles",
          List.of("DKR010", "DKR011", "DKR015", "DKR016", "DKR017"),
          in -> !in.has(DOCKERFILE) ? Assessment.notApplicable("no Dockerfile")
              : absent(in, "no layer keeps package caches or extra packages", List.of(),
                  "layers keep package caches or extra packages")),
      item("CS-6", CONTAINER_SECURITY, 1, "Multi-stage builds used",
          "a Dockerfile builds in stages, and no image ships the compilers it was built with; "
              + "applies to Dockerfiles",
          List.of("DKR026"), MaturityModel::multiStage),

      // secrets management
      item("SM-1", SECRETS_MANAGEMENT, 4, "No secrets in source code",
          "no secret-detection finding (SEC rules) and no finding of a password, token or key "
              + "written in a workflow, pipeline, Dockerfile, manifest, Terraform file or "
              + "script, or printed into a CI log",
          List.of("SEC*", "GHA012", "GLC003", "DKR023", "K8S015", "K8S016", "TF007", "SH005",
              "GHA025"),
          in -> absent(in, "no secret is written in the files", List.of(),
              "secrets are written in the files")),
      item("SM-2", SECRETS_MANAGEMENT, 2, "Secrets stored in Secret Manager",
          "secrets come from a secret manager: Vault, AWS Secrets Manager or SSM, Google "
              + "Secret Manager, Azure Key Vault, 1Password, Doppler, SOPS, External Secrets, "
              + "Sealed Secrets, GitLab's secrets: keyword; applies when the files use secrets",
          List.of(), in -> !usesSecrets(in) ? noSecrets()
              : present("secrets come from a secret manager", in.facts(SECRET_MANAGER),
                  "no secret manager: secrets live in CI settings or files", List.of())),
      item("SM-3", SECRETS_MANAGEMENT, 2, "Secrets injected at runtime",
          "secrets reach jobs and containers when they run (CI secrets, secretKeyRef, secret "
              + "volumes, RUN --mount=type=secret), not through image layers or literal "
              + "values; applies when the files use secrets",
          List.of("DKR023", "K8S015"),
          in -> !usesSecrets(in) ? noSecrets()
              : absent(in, "secrets are injected at run time",
                  in.facts(SECRET_INJECTION, SECRET_MANAGER),
                  "secrets are baked into images or written as values")),
      item("SM-4", SECRETS_MANAGEMENT, 1, "Separate secrets per environment",
          "not visible: which secret each environment gets is set in the CI platform or the "
              + "secret manager",
          List.of(), in -> Assessment.notVisible(
              "which secrets each environment gets is not in the files")),
      item("SM-5", SECRETS_MANAGEMENT, 1, "Secrets rotated regularly (90 days)",
          "a rotation is configured (Secrets Manager rotation, KMS key rotation, a rotation "
              + "period); a KMS key without rotation contradicts it; otherwise not visible "
              + "(rotation may be done outside the files)",
          List.of("TF114"), MaturityModel::rotation),
      item("SM-6", SECRETS_MANAGEMENT, 1, "Least privilege access to secrets",
          "no workflow hands a job every secret or more token permissions than it needs, and "
              + "no RBAC role or IAM policy grants everything; applies when the files use "
              + "secrets or CI",
          List.of("GHA006", "GHA010", "GHA011", "K8S019", "TF115"),
          in -> !usesSecrets(in) && !in.has(CI_PIPELINE) && in.against().isEmpty()
              ? noSecrets()
              : absent(in, "no job, role or policy gets more secrets than it needs", List.of(),
                  "access to secrets is wider than needed")));

  private MaturityModel() {}

  /** Every item, in checklist order (area by area). */
  public static List<Item> items() {
    return ITEMS;
  }

  /** The item with this ID. */
  public static Item item(String id) {
    return ITEMS.stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + id));
  }

  /**
   * The rules the items read, by ID ({@code SEC*} included as written): the score runs them
   * whatever the configuration says.
   */
  public static Set<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    ITEMS.forEach(i -> ids.addAll(i.ruleIds()));
    return ids;
  }

  private static Item item(String id, Area area, int weight, String text, String judgedBy,
      List<String> ruleIds, Function<ScoreInput, Assessment> judge) {
    return new Item(id, area, text, weight, judgedBy, ruleIds, judge);
  }

  // ----- evidence functions

  /** Whether a rule another item names has a finding. */
  private static boolean contradicted(ScoreInput in, String itemId) {
    return !in.findings(item(itemId).ruleIds()).isEmpty();
  }

  /**
   * Met when {@code shown} is not empty; else not met, with {@code otherwise} as evidence.
   */
  private static Assessment present(String metReason, List<Evidence> shown,
      String notMetReason, List<Evidence> otherwise) {
    return shown.isEmpty() ? Assessment.notMet(notMetReason, otherwise)
        : Assessment.met(metReason, shown);
  }

  /**
   * Not met when a rule the item names has a finding (the findings are the evidence); else met,
   * with {@code shown} as evidence.
   */
  private static Assessment absent(ScoreInput in, String metReason, List<Evidence> shown,
      String notMetReason) {
    List<Evidence> against = in.against();
    return against.isEmpty() ? Assessment.met(metReason, shown)
        : Assessment.notMet(notMetReason, against);
  }

  private static Assessment buildsOnEveryCommit(ScoreInput in) {
    if (in.has(CI_ON_CHANGE)) {
      return Assessment.met("CI runs on every push or pull request", in.facts(CI_ON_CHANGE));
    }
    return in.has(CI_PIPELINE)
        ? Assessment.notMet("no workflow or pipeline runs on push or pull request",
            in.facts(CI_PIPELINE))
        : Assessment.notMet("no CI: no GitHub Actions workflow or GitLab CI pipeline", List.of());
  }

  private static Assessment testsBeforeDeploy(ScoreInput in) {
    if (!in.has(TEST_JOB)) {
      return Assessment.notMet(in.has(CI_PIPELINE) ? "no CI job runs tests" : "no CI",
          in.facts(CI_PIPELINE));
    }
    List<Evidence> against = in.against();
    return against.isEmpty()
        ? Assessment.met("CI runs tests, and no deploy goes without them", in.facts(TEST_JOB))
        : Assessment.notMet("deploys can go without the tests, or test failures are ignored",
            against);
  }

  private static Assessment pipelineScansImages(ScoreInput in) {
    if (!hasContainers(in) && !in.has(IMAGE_BUILD)) {
      return noContainers();
    }
    if (in.has(IMAGE_SCAN)) {
      return Assessment.met("a CI step scans images", in.facts(IMAGE_SCAN));
    }
    List<Evidence> against = new ArrayList<>(in.against());
    against.addAll(in.facts(IMAGE_BUILD));
    return Assessment.notMet("no CI step scans an image for vulnerabilities", against);
  }

  private static Assessment productionApproval(ScoreInput in) {
    List<Evidence> against = new ArrayList<>(in.against());
    against.addAll(in.facts(PRODUCTION_WITHOUT_APPROVAL));
    if (!against.isEmpty()) {
      return Assessment.notMet("production deploys start without approval", against);
    }
    return in.has(PRODUCTION_APPROVAL)
        ? Assessment.met("production deploys wait for approval", in.facts(PRODUCTION_APPROVAL))
        : Assessment.notMet(noDeployReason(in, "none deploys to production")
            .replace("no CI job deploys", "no CI job deploys to production"), List.of());
  }

  private static Assessment deploymentHistory(ScoreInput in) {
    if (in.has(DEPLOY_WITHOUT_ENVIRONMENT)) {
      return Assessment.notMet("deploy jobs without an environment leave no deployment record",
          in.facts(DEPLOY_WITHOUT_ENVIRONMENT));
    }
    return in.has(DEPLOY_ENVIRONMENT)
        ? Assessment.met("deploys are recorded in environments", in.facts(DEPLOY_ENVIRONMENT))
        : Assessment.notMet(noDeployReason(in, "none records its deployments"), List.of());
  }

  private static Assessment ciDependenciesPinned(ScoreInput in) {
    if (!in.has(CI_PIPELINE)) {
      return Assessment.notApplicable("no CI");
    }
    List<Evidence> against = in.against();
    return against.isEmpty()
        ? Assessment.met("actions and included pipelines are pinned", List.of())
        : Assessment.notMet("actions or included pipelines are not pinned", against);
  }

  private static Assessment remoteState(ScoreInput in) {
    if (!in.has(TERRAFORM_MODULE)) {
      return Assessment.notApplicable("no Terraform");
    }
    List<Evidence> against = new ArrayList<>(in.against());
    against.addAll(in.facts(REMOTE_STATE_UNLOCKED));
    if (!against.isEmpty()) {
      return Assessment.notMet("Terraform state is local or not locked", against);
    }
    return in.has(REMOTE_STATE_LOCKED)
        ? Assessment.met("Terraform state is remote and locked", in.facts(REMOTE_STATE_LOCKED))
        : Assessment.notApplicable("no root module keeps state: the modules are only called");
  }

  private static Assessment healthChecks(ScoreInput in) {
    if (!deploys(in)) {
      return nothingDeployed();
    }
    List<Evidence> against = in.against();
    if (!against.isEmpty()) {
      return Assessment.notMet("containers without readiness probes or unchecked rollouts",
          against);
    }
    return present("deploys are checked for health", in.facts(READINESS_PROBE,
        ROLLOUT_CHECK), "nothing checks that a deployment is healthy", in.facts(WORKLOAD));
  }

  private static Assessment rollbackPath(ScoreInput in) {
    if (!deploys(in)) {
      return nothingDeployed();
    }
    List<Evidence> against = in.against();
    if (!against.isEmpty()) {
      return Assessment.notMet("deployments without a way back", against);
    }
    return present("a rollback is written down", in.facts(ROLLBACK),
        "no rollback job, command or automatic rollback", List.of());
  }

  private static Assessment zeroDowntime(ScoreInput in) {
    if (!in.has(WORKLOAD)) {
      return deploys(in) ? Assessment.notVisible("only Kubernetes rollouts are judged, and the "
          + "repository has no Kubernetes workload") : nothingDeployed();
    }
    List<Evidence> against = new ArrayList<>(in.against());
    against.addAll(in.facts(SINGLE_REPLICA, RECREATE_STRATEGY));
    if (!against.isEmpty()) {
      return Assessment.notMet("rollouts can take a workload out of service", against);
    }
    return present("workloads keep serving while they roll out", in.facts(REPLICATED),
        "no workload runs more than one replica", in.facts(WORKLOAD));
  }

  private static Assessment imagesScanned(ScoreInput in) {
    if (!hasContainers(in)) {
      return noContainers();
    }
    if (in.has(IMAGE_SCAN, REGISTRY_SCAN)) {
      return Assessment.met("images are scanned", in.facts(IMAGE_SCAN, REGISTRY_SCAN));
    }
    List<Evidence> against = new ArrayList<>(in.against());
    against.addAll(in.facts(IMAGE_BUILD));
    return Assessment.notMet("no CI step or registry scans the images", against);
  }

  private static Assessment multiStage(ScoreInput in) {
    if (!in.has(DOCKERFILE)) {
      return Assessment.notApplicable("no Dockerfile");
    }
    List<Evidence> against = in.against();
    if (!against.isEmpty()) {
      return Assessment.notMet("images ship the tools they were built with", against);
    }
    return present("images are built in stages", in.facts(MULTI_STAGE),
        "no Dockerfile builds in stages", in.facts(DOCKERFILE));
  }

  private static Assessment rotation(ScoreInput in) {
    List<Evidence> against = in.against();
    if (!against.isEmpty()) {
      return Assessment.notMet("keys are not rotated", against);
    }
    return in.has(SECRET_ROTATION)
        ? Assessment.met("rotation is configured", in.facts(SECRET_ROTATION))
        : Assessment.notVisible("no rotation is configured in the files; it may be done "
            + "elsewhere");
  }

  // ----- applicability

  /** Whether the repository deploys: Kubernetes workloads or CI deploy jobs. */
  private static boolean deploys(ScoreInput in) {
    return in.has(WORKLOAD, DEPLOY_JOB);
  }

  private static Assessment nothingDeployed() {
    return Assessment.notApplicable("nothing is deployed: no Kubernetes workload, no CI "
        + "deploy job");
  }

  /** Whether the repository has containers: Dockerfiles or Kubernetes workloads. */
  private static boolean hasContainers(ScoreInput in) {
    return in.has(DOCKERFILE, WORKLOAD);
  }

  private static Assessment noContainers() {
    return Assessment.notApplicable("no containers: no Dockerfile, no Kubernetes workload");
  }

  /** Whether the files use secrets, or write one down (a finding of item SM-1). */
  private static boolean usesSecrets(ScoreInput in) {
    return in.has(SECRET_INJECTION, SECRET_MANAGER) || contradicted(in, "SM-1");
  }

  private static Assessment noSecrets() {
    return Assessment.notApplicable("no file uses a secret");
  }

  /** Why a deploy item is not met: no deploy at all, or deploys that do not do it. */
  private static String noDeployReason(ScoreInput in, String whenDeploying) {
    return in.has(DEPLOY_JOB) ? "CI jobs deploy, but " + whenDeploying
        : in.has(CI_PIPELINE) ? "no CI job deploys" : "no CI";
  }
}
