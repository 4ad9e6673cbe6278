package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Map;

/**
 * A container that adds a Linux capability which lets it reach beyond itself: into the kernel,
 * other processes, the node's network or files. Names count with or without {@code CAP_} and in
 * any case. Init and ephemeral containers are checked too.
 */
@Rule(id = "K8S013", name = "dangerous-capabilities", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "least-privilege"}, securitySeverity = 7.0,
    summary = "Container adds a dangerous Linux capability")
public final class DangerousCapabilities implements KubernetesRule {

  /** The capabilities reported, with what each lets a compromised container do. */
  private static final Map<String, String> DANGEROUS = Map.ofEntries(
      Map.entry("ALL", "every capability, as good as a privileged container"),
      Map.entry("SYS_ADMIN", "mounts, namespaces and much more; close to root on the node"),
      Map.entry("SYS_MODULE", "loading kernel modules into the node's kernel"),
      Map.entry("SYS_PTRACE", "tracing and injecting code into other processes"),
      Map.entry("SYS_RAWIO", "raw access to devices and I/O ports"),
      Map.entry("SYS_BOOT", "rebooting the node or loading a new kernel"),
      Map.entry("SYS_TIME", "setting the node's clock"),
      Map.entry("DAC_READ_SEARCH", "opening files by handle, a known way out of the container"),
      Map.entry("BPF", "loading eBPF programs into the node's kernel"),
      Map.entry("MAC_ADMIN", "changing the AppArmor or SELinux policy"),
      Map.entry("MAC_OVERRIDE", "bypassing the AppArmor or SELinux policy"),
      Map.entry("NET_ADMIN", "reconfiguring interfaces, routes and firewall rules"),
      Map.entry("NET_RAW", "raw sockets, with which it can forge and sniff traffic"));

  @RuleOption(name = "allowed", description = "Capabilities that are not reported, for "
      + "workloads that need one (NET_ADMIN for a network plugin); with or without CAP_.")
  List<String> allowed = List.of();

  @Override
  public void visitContainer(Container container, RuleContext ctx) {
    List<String> accepted = allowed.stream().map(Capabilities::canonical).toList();
    for (YamlScalar capability : container.securityContext().addedCapabilities()) {
      if (capability.isNull()) {
        continue;
      }
      String name = Capabilities.canonical(capability.value());
      String power = DANGEROUS.get(name);
      if (power != null && !accepted.contains(name)) {
        ctx.report(capability.span(), container.label() + " of "
            + container.pod().owner().label() + " adds capability " + capability.value()
            + ": " + power, "remove " + capability.value() + " from 'capabilities.add' of "
            + container.label() + "; if it is truly needed, suppress this finding with the "
            + "reason");
      }
    }
  }
}
