package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.SecurityContext.Setting;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Optional;

/**
 * A container whose root filesystem is writable: {@code readOnlyRootFilesystem} is not
 * {@code true}. Init and ephemeral containers are checked too; Windows pods, where the field does
 * not exist, are not; nor is a container without an image when it lacks the field, a patch of a
 * container defined elsewhere.
 */
@Rule(id = "K8S004", name = "writable-root-filesystem", platform = Platform.KUBERNETES,
    severity = Severity.NOTE, tags = {"security", "least-privilege"}, securitySeverity = 3.0,
    summary = "Container root filesystem is writable")
public final class WritableRootFilesystem implements KubernetesRule {

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    if (container.pod().isWindows()) {
      return;
    }
    Optional<Setting> readOnly = container.securityContext().readOnlyRootFilesystem();
    String who = container.label() + " of " + container.pod().owner().label();
    String hint = "set 'readOnlyRootFilesystem: true' in the securityContext of "
        + container.label() + ", and mount an emptyDir volume where it must write (/tmp)";
    if (readOnly.isEmpty()) {
      if (!Kustomize.isPatch(container)) {
        ctx.report(container.nameSpan(), who + " does not set readOnlyRootFilesystem: true",
            hint);
      }
    } else if (readOnly.get().asBoolean().filter(b -> !b).isPresent()) {
      ctx.report(readOnly.get().span(), who + " sets readOnlyRootFilesystem: false", hint);
    }
  }
}
