package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Heredoc;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(id = "SH004", name = "deploy-without-rollout-check", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"reliability", "kubernetes"},
    summary = "A Kubernetes deployment is not followed by a check that the rollout succeeded")
public final class DeployWithoutRolloutCheck implements ScriptRule {

  /** kubectl options that take the next word. */
  private static final String[] KUBECTL_VALUE_FLAGS = {"-n", "--namespace", "--context",
      "--kubeconfig", "--cluster", "--user", "-s", "--server", "--token", "--as", "--as-group",
      "--request-timeout", "-f", "--filename", "-k", "--kustomize", "-l", "--selector", "-o",
      "--output", "--field-manager", "--timeout", "-c", "--container"};
  /** helm options that take the next word. */
  private static final String[] HELM_VALUE_FLAGS = {"-n", "--namespace", "-f", "--values",
      "--set", "--set-string", "--set-file", "--set-json", "--version", "--kube-context",
      "--kubeconfig", "--timeout", "-o", "--output", "--repo", "--post-renderer",
      "--description", "--history-max", "--username", "--password", "--ca-file", "--cert-file",
      "--key-file", "--kube-apiserver", "--kube-token", "--kube-as-user", "--registry-config",
      "--repository-config", "--repository-cache", "--post-renderer-args", "--labels", "-l"};
  private static final Set<String> WORKLOADS = Set.of("deployment", "deploy", "deployments",
      "statefulset", "statefulsets", "sts", "daemonset", "daemonsets", "ds");
  /** Kinds whose rollout kubectl rollout status follows. */
  private static final Set<String> ROLLING_KINDS = Set.of("Deployment", "StatefulSet",
      "DaemonSet", "ReplicaSet", "Rollout");
  private static final Pattern KIND = Pattern.compile("(?m)^\\s*kind:\\s*[\"']?([A-Za-z]+)");
  /** File name words that say a manifest holds no workload. */
  private static final Set<String> NOT_WORKLOAD_WORDS = Set.of("namespace", "namespaces", "ns",
      "configmap", "configmaps", "cm", "secret", "secrets", "crd", "crds", "rbac", "role",
      "roles", "rolebinding", "clusterrole", "clusterrolebinding", "serviceaccount", "sa",
      "ingress", "service", "svc", "pvc", "pv", "storageclass", "networkpolicy", "issuer",
      "clusterissuer", "certificate", "cert", "quota", "resourcequota", "limitrange",
      "priorityclass", "config");

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Command c : script.lexed().commands("kubectl", "oc", "helm")) {
      Word at = c.is("helm") ? unsafeHelmRelease(c) : workloadChange(c);
      if (at == null || checkedLater(script, c.end())) {
        continue;
      }
      String action = c.program() + " " + at.value();
      ctx.report(script.span(at), action + " changes what runs, and nothing after it in this "
              + "job waits to see the new version become ready: a rollout that never becomes "
              + "healthy still passes the job",
          c.is("helm") ? "add --atomic (or --rollback-on-failure) so a failed release is rolled "
              + "back, or --wait" : "follow it with kubectl rollout status (or kubectl wait) "
              + "with a timeout, and roll back when it fails");
    }
  }

  /** The subcommand word of a kubectl command that changes workloads; null otherwise. */
  private static Word workloadChange(Command c) {
    List<Word> operands = c.operands(KUBECTL_VALUE_FLAGS);
    if (operands.isEmpty() || dryRun(c)) {
      return null;
    }
    Word sub = operands.get(0);
    String second = operands.size() > 1 ? operands.get(1).value() : "";
    return switch (sub.value()) {
      case "apply", "replace" -> manifestsMayHoldWorkloads(c) ? sub : null;
      case "create" -> WORKLOADS.contains(second)
          || c.hasFlag("-f", "--filename", "-k", "--kustomize") && manifestsMayHoldWorkloads(c)
          ? sub : null;
      case "set" -> second.equals("image") ? sub : null;
      default -> null;
    };
  }

  /**
   * Whether the {@code -f} files could hold workloads: not all named like other kinds, and a
   * manifest read from a here-document ({@code -f -}) declares a workload kind.
   */
  private static boolean manifestsMayHoldWorkloads(Command c) {
    List<Word> files = c.flagValues("-f", "--filename");
    if (files.isEmpty() || files.stream().anyMatch(w -> !w.isLiteral())) {
      return true;
    }
    for (Word file : files) {
      if (file.value().equals("-")) {
        Optional<Heredoc> manifest = stdinHeredoc(c);
        if (manifest.isEmpty() || declaresWorkload(manifest.get().body())) {
          return true;
        }
        continue;
      }
      String name = file.value().substring(file.value().lastIndexOf('/') + 1)
          .toLowerCase(Locale.ROOT).replaceAll("\\.(ya?ml|json)$", "");
      if (Arrays.stream(name.split("[-_.]")).noneMatch(NOT_WORKLOAD_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The here-document on the command or on the command piped into it. */
  private static Optional<Heredoc> stdinHeredoc(Command c) {
    List<Redirection> redirections = new ArrayList<>(c.redirections());
    c.previousInPipeline().ifPresent(s -> redirections.addAll(s.redirections()));
    return redirections.stream().flatMap(r -> r.heredoc().stream()).findFirst();
  }

  /** Whether a manifest declares a kind that rolls out, or no kind Plumbline can read. */
  private static boolean declaresWorkload(String manifest) {
    Matcher m = KIND.matcher(manifest);
    boolean anyKind = false;
    while (m.find()) {
      anyKind = true;
      if (ROLLING_KINDS.contains(m.group(1))) {
        return true;
      }
    }
    return !anyKind;
  }

  /** The subcommand word of {@code helm upgrade/install} without waiting or rollback. */
  private static Word unsafeHelmRelease(Command c) {
    List<Word> operands = c.operands(HELM_VALUE_FLAGS);
    if (operands.isEmpty() || !Set.of("upgrade", "install").contains(operands.get(0).value())
        || dryRun(c) || c.hasFlag("--atomic", "--rollback-on-failure", "--wait",
            "--wait-for-jobs")) {
      return null;
    }
    return operands.get(0);
  }

  private static boolean dryRun(Command c) {
    return c.args().stream().map(Word::value)
        .anyMatch(v -> v.equals("--dry-run") || v.startsWith("--dry-run=") && !v.endsWith("=none"));
  }

  /** A rollout check after {@code offset} in this script, or in a later step of the job. */
  private static boolean checkedLater(Script script, int offset) {
    if (script.commands().stream().anyMatch(c -> c.start() >= offset && isRolloutCheck(c))) {
      return true;
    }
    return script.laterScripts().stream().flatMap(s -> s.commands().stream())
        .anyMatch(DeployWithoutRolloutCheck::isRolloutCheck);
  }

  /** kubectl rollout status, kubectl wait. */
  private static boolean isRolloutCheck(Command raw) {
    Command c = raw.effective();
    if (!c.is("kubectl", "oc")) {
      return false;
    }
    List<Word> operands = c.operands(KUBECTL_VALUE_FLAGS);
    String first = operands.isEmpty() ? "" : operands.get(0).value();
    String second = operands.size() > 1 ? operands.get(1).value() : "";
    return first.equals("wait") || first.equals("rollout") && second.equals("status");
  }
}
