package dev.plumbline.rules.score;

import dev.plumbline.core.score.FactKind;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a command of a CI script shows for the score: a rollout that waits for health, a
 * rollback, an image scan and whether it gates the build, a plan that looks for drift, a read
 * from a secret manager. Commands are read, never run.
 */
final class Commands {

  /** Trivy's subcommands that scan something other than an image. */
  private static final Set<String> TRIVY_NOT_IMAGE = Set.of("fs", "filesystem", "config",
      "conf", "repo", "repository", "sbom", "k8s", "kubernetes", "rootfs", "vm", "aws", "plugin",
      "module", "server", "clean", "version", "convert", "vex", "registry");
  /** Severity thresholds at or below HIGH: a gate with one of these fails on HIGH findings. */
  private static final Set<String> HIGH_OR_LOWER = Set.of("negligible", "unknown", "low",
      "medium", "moderate", "high");

  private Commands() {}

  /**
   * The facts one command of a job's script shows, at its span: an image scan (and whether it
   * gates the job, unless the job may fail), a rollout check, a rollback, a scheduled plan that
   * looks for drift, a read from a secret manager.
   */
  static void addFacts(Command command, Span span, String path, boolean mayFail,
      boolean scheduled, FactSink sink) {
    String text = "'" + shortText(command) + "'";
    if (scansImage(command)) {
      sink.add(FactKind.IMAGE_SCAN, path, span, text + " scans an image");
      if (gatesOnHigh(command) && !mayFail) {
        sink.add(FactKind.IMAGE_SCAN_GATE, path, span,
            text + " fails the job on HIGH or CRITICAL vulnerabilities");
      }
    }
    if (checksRollout(command)) {
      sink.add(FactKind.ROLLOUT_CHECK, path, span, text + " waits for a healthy rollout");
    }
    if (rollsBack(command)) {
      sink.add(FactKind.ROLLBACK, path, span, text + " rolls back");
    }
    if (scheduled && plansInfrastructure(command)) {
      sink.add(FactKind.DRIFT_DETECTION, path, span, "a scheduled " + text + " looks for drift");
    }
    if (readsSecretManager(command)) {
      sink.add(FactKind.SECRET_MANAGER, path, span, text + " reads a secret manager");
    }
  }

  /** The command's first words, for a note. */
  static String shortText(Command command) {
    String text = command.text().strip().replaceAll("\\s+", " ");
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * A deploy that waits until the rollout is healthy: {@code kubectl rollout status},
   * {@code kubectl wait}, {@code helm upgrade --wait} or {@code --atomic}, {@code argocd app
   * wait}, {@code aws ecs wait services-stable}.
   */
  static boolean checksRollout(Command command) {
    Command c = command.effective();
    List<String> words = words(c);
    String sub = subcommand(c);
    return c.is("kubectl", "oc") && (sequence(words, "rollout", "status") || sub.equals("wait")
            || sequence(words, "rollouts", "status"))
        || c.is("helm") && (sub.equals("upgrade") || sub.equals("install"))
            && c.hasFlag("--wait", "--atomic", "--rollback-on-failure")
        || c.is("argocd") && sequence(words, "app", "wait")
        || c.is("aws") && sequence(words, "wait", "services-stable");
  }

  /**
   * A way back: {@code helm rollback}, {@code kubectl rollout undo}, {@code helm upgrade
   * --atomic} (which rolls back by itself), {@code argocd app rollback}, {@code kubectl argo
   * rollouts undo} or {@code abort}, a script named for rollback.
   */
  static boolean rollsBack(Command command) {
    Command c = command.effective();
    List<String> words = words(c);
    String sub = subcommand(c);
    return c.is("helm") && (sub.equals("rollback")
            || (sub.equals("upgrade") || sub.equals("install"))
            && c.hasFlag("--atomic", "--rollback-on-failure"))
        || c.is("kubectl", "oc") && (sequence(words, "rollout", "undo")
            || sequence(words, "rollouts", "undo") || sequence(words, "rollouts", "abort"))
        || c.is("argocd") && sequence(words, "app", "rollback")
        || c.program().toLowerCase(Locale.ROOT).replaceAll("\\.(sh|py|bash)$", "")
            .matches(".*(?:^|[-_])rollback(?:$|[-_]).*");
  }

  /**
   * A scan of a container image for vulnerabilities: {@code trivy image}, {@code grype},
   * {@code snyk container test}, {@code docker scout cves}, {@code anchore-cli image vuln},
   * {@code clair-scanner}, {@code jf docker scan}.
   */
  static boolean scansImage(Command command) {
    Command c = command.effective();
    String sub = subcommand(c);
    List<String> words = words(c);
    return c.is("trivy") && trivyScansImage(c)
        || c.is("grype") && grypeScansImage(c)
        || c.is("snyk") && sub.equals("container")
        || c.is("docker") && sub.equals("scout") && (words.contains("cves")
            || words.contains("quickview"))
        || c.is("anchore-cli") && words.contains("vuln")
        || c.is("clair-scanner")
        || c.is("jf") && sequence(words, "docker", "scan");
  }

  /**
   * Whether an image scan fails on HIGH (and so on CRITICAL) vulnerabilities: Trivy with a
   * non-zero {@code --exit-code} and a {@code --severity} that includes HIGH (or none), Grype
   * with {@code --fail-on} at HIGH or lower, Snyk (which fails by default) without a
   * {@code --severity-threshold} above HIGH, Docker Scout with {@code --exit-code}.
   */
  static boolean gatesOnHigh(Command command) {
    if (!scansImage(command)) {
      return false;
    }
    Command c = command.effective();
    if (c.is("trivy")) {
      Optional<String> exit = value(c, "--exit-code");
      return exit.isPresent() && !exit.get().equals("0")
          && value(c, "--severity", "-s").map(s -> s.toUpperCase(Locale.ROOT).contains("HIGH"))
              .orElse(true);
    }
    if (c.is("grype")) {
      return value(c, "--fail-on", "-f").map(s -> HIGH_OR_LOWER.contains(lower(s)))
          .orElse(false);
    }
    if (c.is("snyk")) {
      return value(c, "--severity-threshold").map(s -> HIGH_OR_LOWER.contains(lower(s)))
          .orElse(true);
    }
    if (c.is("docker")) {
      return c.hasFlag("--exit-code", "-e") && value(c, "--only-severity")
          .map(s -> lower(s).contains("high")).orElse(true);
    }
    return false;
  }

  /**
   * A look for drift between the code and the infrastructure: {@code terraform plan} (or
   * OpenTofu's, Terragrunt's), {@code driftctl scan}.
   */
  static boolean plansInfrastructure(Command command) {
    Command c = command.effective();
    String sub = subcommand(c);
    return c.is("terraform", "tofu", "terragrunt") && (sub.equals("plan")
            || sub.equals("run-all") && words(c).contains("plan"))
        || c.is("driftctl") && sub.equals("scan");
  }

  /**
   * A read from a secret manager: {@code vault kv get}, {@code aws secretsmanager
   * get-secret-value}, {@code aws ssm get-parameter --with-decryption}, {@code gcloud secrets
   * versions access}, {@code az keyvault secret show}, {@code sops -d}, 1Password's
   * {@code op read}, {@code doppler run}, {@code infisical run}, {@code chamber exec},
   * {@code berglas access}.
   */
  static boolean readsSecretManager(Command command) {
    Command c = command.effective();
    List<String> words = words(c);
    String sub = subcommand(c);
    return c.is("vault") && (sub.equals("kv") || sub.equals("read"))
        || c.is("aws") && (sequence(words, "secretsmanager", "get-secret-value")
            || words.contains("ssm") && c.hasFlag("--with-decryption"))
        || c.is("gcloud") && sequence(words, "secrets", "versions")
        || c.is("az") && sequence(words, "keyvault", "secret")
        || c.is("sops") && (c.hasFlag("--decrypt", "-d", "exec-env", "exec-file")
            || sub.equals("exec-env") || sub.equals("exec-file") || sub.equals("decrypt"))
        || c.is("op") && Set.of("read", "run", "inject").contains(sub)
        || c.is("doppler") && Set.of("run", "secrets").contains(sub)
        || c.is("infisical") && Set.of("run", "export", "secrets").contains(sub)
        || c.is("chamber") && Set.of("exec", "read", "export").contains(sub)
        || c.is("berglas") && Set.of("access", "exec").contains(sub);
  }

  /**
   * {@code trivy image X}, {@code trivy i X}, or the old {@code trivy X}: the first word that
   * names a Trivy command decides, wherever flags and their values put it.
   */
  private static boolean trivyScansImage(Command c) {
    for (Word w : c.args()) {
      String v = w.value();
      if (v.equals("image") || v.equals("i")) {
        return true;
      }
      if (TRIVY_NOT_IMAGE.contains(v)) {
        return false;
      }
    }
    return c.hasFlag("--input") || !c.operands().isEmpty();
  }

  /** Grype scans an image unless it is given a directory, file, SBOM or package to scan. */
  private static boolean grypeScansImage(Command c) {
    List<String> operands = c.operands().stream().map(Word::value).toList();
    if (operands.isEmpty() || Set.of("db", "version", "completion", "config", "explain")
        .contains(operands.get(0))) {
      return false;
    }
    return operands.stream().noneMatch(o -> o.startsWith("dir:") || o.startsWith("file:")
        || o.startsWith("sbom:") || o.startsWith("purl:") || o.equals("."));
  }

  private static Optional<String> value(Command c, String... flags) {
    List<Word> values = c.flagValues(flags);
    return values.isEmpty() ? Optional.empty()
        : Optional.of(values.get(values.size() - 1).value());
  }

  /** The first operand, skipping the values of the global flags of kubectl and helm. */
  private static String subcommand(Command c) {
    return c.subcommand("-n", "--namespace", "--context", "--kube-context", "--kubeconfig")
        .map(Word::value).orElse("");
  }

  private static List<String> words(Command c) {
    return c.args().stream().map(Word::value).toList();
  }

  private static boolean sequence(List<String> words, String first, String second) {
    int i = words.indexOf(first);
    return i >= 0 && i + 1 < words.size() && words.get(i + 1).equals(second);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
