package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.EnvVar;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.RunScript;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.CiCommands;
import dev.plumbline.rules.common.RoleWords;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a GitHub Actions job or step is for, read from its id, name, environment, the actions it
 * uses and the commands it runs: a check (tests, linters, scanners), a deploy, a production
 * deploy. Shared by the rules about gating, scanning and deploying, so that they agree on which
 * jobs they are about. Names are read with the same words as the GitLab rules
 * ({@link RoleWords}), commands with the same lists ({@link CiCommands}).
 */
public final class JobRoles {

  /** Actions that scan code, dependencies, secrets, images or infrastructure, by slug. */
  private static final Set<String> SCANNER_ACTIONS = Set.of("github/codeql-action",
      "actions/dependency-review-action", "aquasecurity/trivy-action", "aquasecurity/tfsec-action",
      "aquasecurity/tfsec-sarif-action", "anchore/scan-action", "snyk/actions",
      "returntocorp/semgrep-action", "semgrep/semgrep-action", "gitleaks/gitleaks-action",
      "trufflesecurity/trufflehog", "bridgecrewio/checkov-action", "ossf/scorecard-action",
      "docker/scout-action", "zaproxy/action-baseline", "zaproxy/action-full-scan",
      "zaproxy/action-api-scan", "securego/gosec", "golang/govulncheck-action",
      "sonarsource/sonarcloud-github-action", "sonarsource/sonarqube-scan-action",
      "microsoft/security-devops-action", "checkmarx/kics-github-action",
      "pypa/gh-action-pip-audit", "google/osv-scanner-action", "azure/container-scan",
      "crazy-max/ghaction-container-scan", "zizmorcore/zizmor-action");

  /** Actions that run tests or linters, by slug. */
  private static final Set<String> TEST_ACTIONS = Set.of("golangci/golangci-lint-action",
      "github/super-linter", "super-linter/super-linter", "hadolint/hadolint-action",
      "ludeeus/action-shellcheck", "cypress-io/github-action", "davidanson/markdownlint-cli2-action",
      "wearerequired/lint-action", "pre-commit/action", "psf/black", "chartboost/ruff-action",
      "astral-sh/ruff-action", "raven-actions/actionlint", "devops-actions/actionlint",
      "reviewdog/action-actionlint", "reviewdog/action-eslint", "reviewdog/action-golangci-lint",
      "reviewdog/action-shellcheck", "reviewdog/action-hadolint", "reviewdog/action-tflint",
      "terraform-linters/tflint-action");

  /** Actions that deploy whatever their inputs, by slug (and path, for monorepos of actions). */
  private static final Set<String> DEPLOY_ACTIONS = Set.of(
      "aws-actions/amazon-ecs-deploy-task-definition", "aws-actions/aws-cloudformation-github-deploy",
      "google-github-actions/deploy-cloudrun",
      "google-github-actions/deploy-appengine", "google-github-actions/deploy-cloud-functions",
      "azure/webapps-deploy", "azure/k8s-deploy", "azure/functions-action",
      "azure/container-apps-deploy-action", "azure/static-web-apps-deploy", "azure/arm-deploy",
      "azure/aci-deploy", "amondnet/vercel-action", "cloudflare/pages-action",
      "nwtgck/actions-netlify", "actions/deploy-pages", "peaceiris/actions-gh-pages",
      "jamesives/github-pages-deploy-action", "akhileshns/heroku-deploy",
      "firebaseextended/action-hosting-deploy", "deliverybot/helm");

  /** Actions that deploy when their {@code args}/{@code command} input says so. */
  private static final Set<String> CLI_ACTIONS = Set.of("superfly/flyctl-actions",
      "serverless/github-action", "cloudflare/wrangler-action", "pulumi/actions");

  /** Actions that build container images. */
  private static final Set<String> IMAGE_ACTIONS = Set.of("docker/build-push-action",
      "redhat-actions/buildah-build", "redhat-actions/push-to-registry",
      "mr-smithers-excellent/docker-build-push",
      "docker/bake-action", "int128/kaniko-action");

  private JobRoles() {}

  /**
   * The commands of a {@code run:} step. The script is read as a POSIX shell script whatever
   * its shell: the commands these roles look for ({@code npm test}, {@code kubectl apply})
   * read the same in PowerShell.
   */
  public static List<Command> commands(Step step) {
    Optional<RunScript> run = step.run();
    if (run.isEmpty()) {
      return List.of();
    }
    RunScript script = run.get();
    return new Script(script.text(), ShellKind.BASH, Set.of(), Script.Origin.GITHUB_RUN,
        script::spanOf).commands();
  }

  /** The file span of a command of {@link #commands(Step)}. */
  public static Span span(Step step, Command command) {
    RunScript run = step.run().orElseThrow();
    return run.spanOf(command.start(), command.end());
  }

  /** Whether the step runs tests, linters or scanners, by its commands or its action. */
  public static boolean runsTests(Step step) {
    if (step.uses().map(u -> TEST_ACTIONS.contains(u.slug()) || isScanner(u)).orElse(false)) {
      return true;
    }
    return commands(step).stream().anyMatch(c -> CiCommands.runsTests(c) || CiCommands.scans(c));
  }

  /** Whether the step runs a security scanner, by its commands or its action. */
  public static boolean scans(Step step) {
    if (step.uses().map(JobRoles::isScanner).orElse(false)) {
      return true;
    }
    return commands(step).stream()
        .anyMatch(c -> CiCommands.scans(c) || c.effective().is("zizmor", "actionlint"));
  }

  private static boolean isScanner(ActionRef ref) {
    return SCANNER_ACTIONS.contains(ref.slug());
  }

  /**
   * Where the step deploys: the deploy action's {@code uses:} value, or the first deploy
   * command of its script ({@code kubectl apply}, {@code helm upgrade}, {@code terraform
   * apply}, {@code aws ecs update-service}, {@code gcloud run deploy}, {@code ./deploy.sh}...).
   */
  public static Optional<Span> deploySpan(Step step) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isPresent()) {
      return isDeployAction(step, uses.get()) ? Optional.of(uses.get().span()) : Optional.empty();
    }
    return commands(step).stream().filter(JobRoles::deploys).findFirst()
        .map(c -> span(step, c));
  }

  /** Whether the step deploys ({@link #deploySpan(Step)}). */
  public static boolean deploys(Step step) {
    return deploySpan(step).isPresent();
  }

  /**
   * Where the step builds or pushes a container image: an image-building action's
   * {@code uses:} value, or the first {@code docker build}/{@code docker push} of its script.
   */
  public static Optional<Span> imageBuildSpan(Step step) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isPresent()) {
      return IMAGE_ACTIONS.contains(uses.get().slug()) ? Optional.of(uses.get().span())
          : Optional.empty();
    }
    return commands(step).stream().filter(c -> CiCommands.buildsImage(c) || pushesImage(c))
        .findFirst().map(c -> span(step, c));
  }

  private static boolean pushesImage(Command command) {
    Command c = command.effective();
    return c.is("docker", "podman", "buildah", "nerdctl")
        && c.subcommand().map(Word::value).orElse("").equals("push");
  }

  private static boolean isDeployAction(Step step, ActionRef ref) {
    String slug = ref.slug();
    if (DEPLOY_ACTIONS.contains(slug)) {
      return true;
    }
    if (CLI_ACTIONS.contains(slug)) {
      for (String input : List.of("args", "command")) {
        String value = step.withInput(input).map(YamlScalar::value).orElse("").trim();
        if (value.startsWith("deploy") || value.startsWith("up") || value.contains(" deploy")) {
          return true;
        }
      }
      return slug.equals("cloudflare/wrangler-action") && step.withInput("command").isEmpty();
    }
    return false;
  }

  /** Whether a command deploys. */
  static boolean deploys(Command command) {
    Command c = command.effective();
    List<String> words = c.args().stream().map(Word::value).toList();
    String sub = c.subcommand().map(Word::value).orElse("");
    String program = c.program().toLowerCase(Locale.ROOT);
    if (c.args().stream().anyMatch(w -> w.value().startsWith("--dry-run"))) {
      return false; // kubectl apply --dry-run=server, helm upgrade --dry-run: a check
    }
    if (c.is("kubectl", "oc")) {
      return sub.equals("apply") || sub.equals("replace") || sequence(words, "set", "image")
          || sub.equals("rollout") && (words.contains("restart") || words.contains("undo"));
    }
    if (c.is("helm")) {
      return sub.equals("upgrade") || sub.equals("install");
    }
    if (c.is("helmfile")) {
      return words.contains("apply") || words.contains("sync");
    }
    if (c.is("terraform", "tofu", "terragrunt")) {
      return words.contains("apply");
    }
    if (c.is("aws")) {
      return sequence(words, "ecs", "update-service") || sequence(words, "deploy",
          "create-deployment") || sequence(words, "cloudformation", "deploy")
          || sequence(words, "lambda", "update-function-code");
    }
    if (c.is("gcloud")) {
      return words.contains("deploy") && (words.contains("run") || words.contains("app")
          || words.contains("functions"));
    }
    if (c.is("az")) {
      return sequence(words, "webapp", "deploy") || sequence(words, "webapp", "up")
          || sequence(words, "containerapp", "update") || sequence(words, "functionapp",
          "deployment");
    }
    if (c.is("flyctl", "fly", "serverless", "sls", "cdk", "firebase", "netlify", "wrangler",
        "eb", "kamal", "cap", "vercel")) {
      return sub.equals("deploy") || c.is("vercel") && c.hasFlag("--prod");
    }
    if (c.is("pulumi")) {
      return sub.equals("up");
    }
    if (c.is("npx", "pnpx", "bunx")) {
      return c.args().size() > 1 && words.get(1).equals("deploy");
    }
    if (c.is("npm", "yarn", "pnpm", "make", "just", "task", "rake")) {
      List<String> targets = c.operands().stream().map(Word::value)
          .filter(w -> !w.equals("run")).toList();
      return targets.stream().anyMatch(RoleWords::saysDeploy);
    }
    // a project's own script: ./scripts/deploy.sh, bin/deploy-prod
    return (c.name().contains("/") || program.endsWith(".sh") || program.endsWith(".py"))
        && RoleWords.saysDeploy(program.replaceAll("\\.(sh|py|bash)$", ""));
  }

  private static boolean sequence(List<String> words, String first, String second) {
    int i = words.indexOf(first);
    return i >= 0 && i + 1 < words.size() && words.get(i + 1).equals(second);
  }

  /**
   * The job's {@code environment:}: its name as written ({@code environment: production} or
   * {@code environment: {name: production}}).
   */
  public static Optional<YamlScalar> environmentName(Job job) {
    Optional<YamlNode> environment = job.node().get("environment");
    if (environment.isEmpty()) {
      return Optional.empty();
    }
    if (environment.get() instanceof YamlMapping m) {
      return m.scalar("name").filter(s -> !s.isNull());
    }
    return environment.filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
        .filter(s -> !s.isNull());
  }

  /** Whether the job declares an {@code environment:}. */
  public static boolean hasEnvironment(Job job) {
    return job.node().get("environment").filter(e -> !e.isNull()).isPresent();
  }

  /**
   * Whether the job runs tests, linters or scanners: by its id or name, by its steps, or — a
   * reusable workflow call — by the called workflow's path or, for a local workflow, by its
   * jobs. A job that deploys is not a check, even with {@code test} in its name.
   */
  public static boolean isTest(Job job) {
    return isTest(job, newVisited());
  }

  private static boolean isTest(Job job, Set<Workflow> visited) {
    if (isDeploy(job, newVisited())) {
      return false;
    }
    if (RoleWords.saysTest(job.id()) || job.name().map(RoleWords::saysTest).orElse(false)) {
      return true;
    }
    if (job.isReusableWorkflowCall()) {
      Optional<ActionRef> uses = job.uses();
      if (uses.map(u -> RoleWords.saysTest(fileName(u.path()))).orElse(false)) {
        return true;
      }
      return called(job).filter(visited::add)
          .map(w -> w.jobs().stream().anyMatch(j -> isTest(j, visited))).orElse(false);
    }
    return job.steps().stream().anyMatch(JobRoles::runsTests);
  }

  /**
   * Whether the job deploys: its id or name says deploy, rollout or promote, or a step
   * deploys, or — a reusable workflow call — the called local workflow has a deploying job.
   */
  public static boolean isDeploy(Job job) {
    return isDeploy(job, newVisited());
  }

  private static boolean isDeploy(Job job, Set<Workflow> visited) {
    if (RoleWords.saysDeploy(job.id()) || job.name().map(RoleWords::saysDeploy).orElse(false)) {
      return true;
    }
    if (job.isReusableWorkflowCall()) {
      if (job.uses().map(u -> RoleWords.saysDeploy(fileName(u.path()))).orElse(false)) {
        return true;
      }
      return called(job).filter(visited::add)
          .map(w -> w.jobs().stream().anyMatch(j -> isDeploy(j, visited))).orElse(false);
    }
    return job.steps().stream().anyMatch(JobRoles::deploys);
  }

  /**
   * Whether the job deploys to production: by its environment's name when it is written out
   * (not an expression), else by its id or name, by what its deploy steps deploy to
   * ({@code ./deploy.sh production}, {@code kubectl apply -f k8s/prod/}, an action input
   * {@code app-name: shop-prod}) or, for a reusable workflow call, by its {@code with:} inputs.
   */
  public static boolean isProductionDeploy(Job job) {
    if (!isDeploy(job)) {
      return false;
    }
    Optional<String> environment = environmentName(job).map(YamlScalar::value)
        .filter(n -> !n.contains("${{"));
    if (environment.isPresent()) {
      return RoleWords.saysProduction(environment.get());
    }
    if (RoleWords.saysProduction(job.id())
        || job.name().map(RoleWords::saysProduction).orElse(false)) {
      return true;
    }
    if (job.isReusableWorkflowCall()) {
      return job.with().stream().anyMatch(JobRoles::saysProduction);
    }
    for (Step step : job.steps()) {
      if (step.uses().isPresent() && deploys(step)) {
        if (step.with().stream().anyMatch(JobRoles::saysProduction)) {
          return true;
        }
      }
      for (Command command : commands(step)) {
        if (deploys(command) && command.effective().args().stream()
            .anyMatch(w -> RoleWords.saysProduction(w.value()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean saysProduction(EnvVar input) {
    return input.entry().value() instanceof YamlScalar s && !s.value().contains("${{")
        && RoleWords.saysProduction(s.value());
  }

  /** The local reusable workflow the job calls, when the repository holds it. */
  static Optional<Workflow> called(Job job) {
    return job.uses().filter(u -> u.kind() == ActionRef.Kind.LOCAL)
        .flatMap(u -> job.workflow().repository().localWorkflow(u.path()));
  }

  private static String fileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.replaceAll("\\.ya?ml$", "");
  }

  private static Set<Workflow> newVisited() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
