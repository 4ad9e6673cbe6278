package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.SecurityContext;
import dev.plumbline.core.model.kubernetes.SecurityContext.Setting;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;
import java.util.Set;

/**
 * A container whose processes may gain more privileges than their parent (setuid binaries, file
 * capabilities): {@code allowPrivilegeEscalation} is not {@code false}. A privileged container or
 * one that adds {@code SYS_ADMIN} (or {@code ALL}) can always escalate, whatever the field says;
 * that is reported at the setting that causes it. Windows pods, where the field does not exist,
 * are not checked, nor is a missing field of a container without an image: a patch that the
 * full container is merged from elsewhere.
 */
@Rule(id = "K8S002", name = "privilege-escalation", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"security", "least-privilege"}, securitySeverity = 5.0,
    summary = "Container allows privilege escalation")
public final class PrivilegeEscalation implements KubernetesRule {

  /** Capabilities with which the kernel lets a process escalate regardless of no_new_privs. */
  private static final Set<String> ESCALATING = Set.of("SYS_ADMIN", "ALL");

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.pod().isWindows()) {
      return;
    }
    SecurityContext security = container.securityContext();
    Optional<Setting> allow = security.allowPrivilegeEscalation();
    Optional<Boolean> value = allow.flatMap(Setting::asBoolean);
    String who = container.label() + " of " + container.pod().owner().label();
    if (value.orElse(false)) {
      ctx.report(allow.get().span(), who + " sets allowPrivilegeEscalation: true",
          "set 'allowPrivilegeEscalation: false' unless a setuid program in the container "
              + "must gain privileges");
      return;
    }
    Optional<Setting> privileged = security.privileged()
        .filter(s -> s.asBoolean().orElse(false));
    if (privileged.isPresent()) {
      ctx.report(privileged.get().span(), who + " can escalate privileges: a privileged "
          + "container always can, whatever allowPrivilegeEscalation says",
          "remove 'privileged: true' and set 'allowPrivilegeEscalation: false'");
      return;
    }
    Optional<YamlScalar> capability =
        Capabilities.find(security.addedCapabilities(), ESCALATING);
    if (capability.isPresent()) {
      ctx.report(capability.get().span(), who + " can escalate privileges: with capability "
          + capability.get().value() + " it always can, whatever allowPrivilegeEscalation says",
          "remove " + capability.get().value() + " from 'capabilities.add' and set "
              + "'allowPrivilegeEscalation: false'");
      return;
    }
    if (allow.isEmpty() && !Kustomize.isPatch(container)) {
      ctx.report(container.nameSpan(), who + " does not set allowPrivilegeEscalation: false",
          "add 'allowPrivilegeEscalation: false' to the securityContext of "
              + container.label());
    }
    // a value that is not a boolean (a ${VAR} placeholder) is not judged
  }
}
