package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.model.kubernetes.PodTemplate;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectContext;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pod that runs as its namespace's {@code default} service account and has that account's API
 * token mounted: {@code automountServiceAccountToken} is not false in the pod spec, nor on a
 * {@code default} ServiceAccount of the namespace in the scanned set. Pods with a service account
 * of their own are not reported: a named account is a deliberate identity, usually one the pod
 * uses. A cross-object rule, since the ServiceAccount may be written in another file.
 */
@Rule(id = "K8S018", name = "service-account-token-automount", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "least-privilege"}, securitySeverity = 3.0,
    summary = "Pod of the default service account mounts its API token")
public final class ServiceAccountTokenAutomount implements KubernetesRule {

  private static final String FIELD = "automountServiceAccountToken";
  private static final String DEFAULT = "default";

  @Override
  public void visitProject(KubernetesProject project, ProjectContext ctx) {
    Set<String> disabledIn = project.ofKind("ServiceAccount").stream()
        .filter(a -> a.name().filter(DEFAULT::equals).isPresent())
        .filter(a -> a.node().scalar(FIELD).flatMap(YamlScalar::asBoolean).filter(b -> !b)
            .isPresent())
        .map(KubeObject::namespace).collect(Collectors.toSet());
    for (PodTemplate template : project.podTemplates()) {
      PodSpec pod = template.spec();
      KubeObject owner = pod.owner();
      if (!pod.serviceAccountName().orElse(DEFAULT).equals(DEFAULT) || Kustomize.isPatch(pod)) {
        continue;
      }
      Optional<YamlScalar> setting = pod.node().scalar(FIELD).filter(s -> !s.isNull());
      if (setting.isEmpty() && !disabledIn.contains(owner.namespace())) {
        ctx.report(owner.path(), owner.kindSpan(), owner.label() + " runs as the default "
            + "service account and does not set " + FIELD + ": false: its containers get an "
            + "API token for the cluster", "add '" + FIELD + ": false' to "
            + specPath(template) + ", or give the pod a ServiceAccount of its own");
      } else if (setting.isPresent() && setting.get().asBoolean().orElse(false)) {
        ctx.report(owner.path(), setting.get().span(), owner.label() + " runs as the default "
            + "service account and mounts its API token (" + FIELD + ": true)",
            "set '" + FIELD + ": false', or give the pod a ServiceAccount of its own");
      }
      // any other value is a placeholder or a type error (invalid-manifest's)
    }
  }

  /** Where the pod spec is in the object, for the hint. */
  private static String specPath(PodTemplate template) {
    return switch (template.owner().kindName()) {
      case "Pod" -> "spec";
      case "PodTemplate" -> "template.spec";
      case "CronJob" -> "spec.jobTemplate.spec.template.spec";
      default -> "spec.template.spec";
    };
  }
}
