package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.SecurityContext;
import dev.plumbline.core.model.kubernetes.SecurityContext.Level;
import dev.plumbline.core.model.kubernetes.SecurityContext.Setting;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A container that may run as root: the settings in effect for it (its own, else its pod's) say
 * {@code runAsUser: 0}, or {@code runAsNonRoot: false} without a non-zero {@code runAsUser}, or
 * neither {@code runAsNonRoot: true} nor a non-zero {@code runAsUser} is set at all. A wrong
 * pod-level setting is reported once, where it is written. A container without an image is a
 * patch of a container defined elsewhere: what it does not set is not reported.
 */
@Rule(id = "K8S003", name = "container-runs-as-root", platform = Platform.KUBERNETES,
    severity = Severity.WARNING, tags = {"security", "least-privilege"}, securitySeverity = 5.0,
    summary = "Container may run as root")
public final class ContainerRunsAsRoot implements KubernetesRule {

  /** Pod-level settings already reported in this file, so each is reported once. */
  private final Set<YamlNode> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    SecurityContext security = container.securityContext();
    Optional<Setting> user = security.runAsUser();
    OptionalLong uid = user.map(Setting::asLong).orElse(OptionalLong.empty());
    if (uid.isPresent() && uid.getAsLong() == 0) {
      report(container, user.get(), "run", "runAsUser: 0",
          "set runAsUser to an unprivileged UID such as 10001, and 'runAsNonRoot: true'", ctx);
      return;
    }
    if (user.isPresent()) {
      return; // a non-zero UID is not root, whatever runAsNonRoot says; a ${VAR} is not known
    }
    Optional<Setting> nonRoot = security.runAsNonRoot();
    Optional<Boolean> required = nonRoot.flatMap(Setting::asBoolean);
    if (required.isPresent() && !required.get()) {
      report(container, nonRoot.get(), "may run", "runAsNonRoot: false and no "
          + "non-zero runAsUser", "set 'runAsNonRoot: true', and a non-zero runAsUser if "
          + "the image's user is not numeric", ctx);
      return;
    }
    if (nonRoot.isPresent() || Kustomize.isPatch(container)) {
      return; // true, a value that is not known here, or a patch of a container defined elsewhere
    }
    ctx.report(container.nameSpan(), container.label() + " of "
        + container.pod().owner().label() + " may run as root: neither it nor its pod sets "
        + "runAsNonRoot: true or a non-zero runAsUser",
        "add 'runAsNonRoot: true' and 'runAsUser: 10001' to the securityContext of the pod "
            + "(or of " + container.label() + ")");
  }

  /**
   * Reports a wrong setting where it is written: a container's for that container, a pod's once
   * for all the containers that inherit it.
   *
   * @param verb the verb for several containers ("run", "may run")
   * @param what the setting and what is missing beside it
   */
  private void report(Container container, Setting setting, String verb, String what,
      String hint, RuleContext ctx) {
    String owner = container.pod().owner().label();
    if (setting.level() == Level.CONTAINER) {
      String singular = verb.equals("run") ? "runs" : verb;
      ctx.report(setting.span(), container.label() + " of " + owner + " " + singular
          + " as root: " + what, hint);
    } else if (reported.add(setting.node())) {
      ctx.report(setting.span(), "the containers of " + owner + " " + verb
          + " as root: the pod's securityContext sets " + what, hint);
    }
  }
}
