package dev.plumbline.rules.kubernetes;

import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.model.kubernetes.Volume;
import dev.plumbline.core.model.kubernetes.VolumeMount;
import dev.plumbline.core.rule.KubernetesRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code hostPath} volume of a directory that gives the pod power over the node: the root
 * filesystem, {@code /etc}, {@code /proc}, {@code /sys}, the runtime directory, the kubelet's
 * state, or a container runtime's socket. Paths are compared after normalising (trailing and
 * repeated slashes, {@code .} and {@code ..}); {@code /var/run} is the same directory as
 * {@code /run}.
 */
@Rule(id = "K8S006", name = "sensitive-host-path", platform = Platform.KUBERNETES,
    severity = Severity.ERROR, tags = {"security", "isolation"}, securitySeverity = 7.0,
    summary = "hostPath volume mounts a sensitive directory of the node or the runtime's socket")
public final class SensitiveHostPath implements KubernetesRule {

  /** Container runtime sockets by file name, wherever the runtime keeps them (k3s, snap...). */
  private static final Map<String, String> SOCKETS = Map.of(
      "docker.sock", "the Docker daemon's socket",
      "containerd.sock", "containerd's socket",
      "crio.sock", "CRI-O's socket",
      "cri-dockerd.sock", "cri-dockerd's socket",
      "dockershim.sock", "the dockershim socket",
      "podman.sock", "Podman's socket");
  /** The named pipes of the container runtimes on Windows nodes. */
  private static final Map<String, String> PIPES = Map.of(
      "\\\\.\\pipe\\docker_engine", "the Docker daemon's named pipe",
      "\\\\.\\pipe\\containerd-containerd", "containerd's named pipe");
  /** Directories that hold a runtime's socket, as normalised (under {@code /run}). */
  private static final List<String> RUNTIME_DIRECTORIES =
      List.of("/run/docker", "/run/containerd", "/run/crio");
  /** Files under {@code /etc} that hold nothing a pod could abuse. */
  private static final Set<String> HARMLESS = Set.of("/etc/localtime", "/etc/timezone");
  /** The node's trusted CA certificates: public, harmful only when a pod can add to them. */
  private static final List<String> TRUST_STORES = List.of("/etc/ssl/certs",
      "/etc/pki/tls/certs", "/etc/pki/ca-trust", "/etc/ca-certificates");

  private static final String RUNTIME = ": whoever can reach it controls every container on "
      + "the node";
  private static final String RUNTIME_HINT = "remove the volume: talk to the Kubernetes API "
      + "instead of the runtime, and build images with a daemonless builder (BuildKit rootless, "
      + "Kaniko); read-only does not help, a socket is used by writing to it";
  private static final String DIRECTORY_HINT = "remove the volume, or narrow it to the one file "
      + "the pod needs and mount that readOnly; a node agent that needs it should say why in a "
      + "suppression";

  @RuleOption(name = "additional-paths", description = "More host paths to report, each with "
      + "everything under it (for example /root, /home or /var/lib/docker).")
  List<String> additionalPaths = List.of();

  /** What a path gives the pod, for the message; whether it is a runtime's socket. */
  private record Exposure(String what, boolean runtime) {}

  @Override
  public void visitPodSpec(PodSpec pod, RuleContext ctx) {
    for (Volume volume : pod.volumes()) {
      YamlScalar path = volume.hostPath().orElse(null);
      Exposure exposure = path == null ? null
          : exposure(path.value(), isReadOnly(pod, volume)).orElse(null);
      if (exposure != null) {
        String name = volume.name().map(n -> " '" + n + "'").orElse("");
        ctx.report(path.span(), "hostPath volume" + name + " of " + pod.owner().label()
            + " mounts " + exposure.what() + (exposure.runtime() ? RUNTIME : ""),
            exposure.runtime() ? RUNTIME_HINT : DIRECTORY_HINT);
      }
    }
  }

  /** What the path exposes; empty when it is not sensitive. */
  private Optional<Exposure> exposure(String written, boolean readOnly) {
    String raw = written.strip();
    String quoted = " '" + raw + "'";
    String pipe = PIPES.get(raw.toLowerCase(Locale.ROOT));
    if (pipe != null) {
      return runtime(pipe + quoted);
    }
    if (!raw.startsWith("/")) {
      return Optional.empty(); // not an absolute path: the API server rejects it
    }
    String path = normalise(raw);
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    if (SOCKETS.containsKey(fileName)) {
      return runtime(SOCKETS.get(fileName) + quoted);
    }
    // /var/run is a link to /run on every current distribution
    String run = isUnder(path, "/var/run") ? path.substring("/var".length()) : path;
    if (RUNTIME_DIRECTORIES.stream().anyMatch(d -> isUnder(run, d))) {
      return runtime("the container runtime's directory" + quoted + ", with its socket");
    }
    if (run.equals("/run")) {
      return runtime("the node's runtime directory" + quoted + ", with the container "
          + "runtime's socket");
    }
    if (path.equals("/")) {
      return directory("the node's whole filesystem" + quoted);
    }
    if (TRUST_STORES.stream().anyMatch(d -> isUnder(path, d))) {
      return readOnly ? Optional.empty() : directory("the node's trusted CA certificates"
          + quoted + " writable: the pod can add a certificate authority the node trusts");
    }
    if (isUnder(path, "/etc") && !HARMLESS.contains(path)) {
      return directory("the node's configuration" + quoted + ": credentials, kubelet and "
          + "system settings");
    }
    if (isUnder(path, "/proc")) {
      return directory("the node's /proc" + quoted + ": the memory, environment and files of "
          + "every process, and kernel settings");
    }
    if (isUnder(path, "/sys")) {
      return directory("the node's /sys" + quoted + ": kernel, cgroup and device settings");
    }
    if (isUnder(path, "/var/lib/kubelet")) {
      return directory("the kubelet's state" + quoted + ": the secrets of every pod on the "
          + "node and the kubelet's own credentials");
    }
    return additionalPaths.stream().map(String::strip).filter(p -> p.startsWith("/"))
        .filter(p -> isUnder(path, normalise(p))).findFirst()
        .map(p -> new Exposure(quoted.strip() + ", configured as a sensitive path", false));
  }

  /** Whether every container that mounts the volume mounts it read-only. */
  private static boolean isReadOnly(PodSpec pod, Volume volume) {
    return pod.containers().stream().flatMap(c -> c.volumeMounts().stream())
        .filter(m -> m.name().isPresent() && m.name().equals(volume.name()))
        .allMatch(VolumeMount::readOnly);
  }

  private static Optional<Exposure> runtime(String what) {
    return Optional.of(new Exposure(what, true));
  }

  private static Optional<Exposure> directory(String what) {
    return Optional.of(new Exposure(what, false));
  }

  /** Whether {@code path} is {@code directory} or inside it; both normalised. */
  private static boolean isUnder(String path, String directory) {
    return directory.equals("/") ? path.equals("/")
        : path.equals(directory) || path.startsWith(directory + "/");
  }

  /** The path without trailing or repeated slashes and {@code .}, with {@code ..} applied. */
  static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
