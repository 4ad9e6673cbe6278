package dev.plumbline.rules.score;

import static dev.plumbline.core.score.FactKind.DEPLOY_STRATEGY;
import static dev.plumbline.core.score.FactKind.DRIFT_DETECTION;
import static dev.plumbline.core.score.FactKind.IMAGE_DIGEST;
import static dev.plumbline.core.score.FactKind.KUBERNETES_MANIFEST;
import static dev.plumbline.core.score.FactKind.NON_ROOT;
import static dev.plumbline.core.score.FactKind.READINESS_PROBE;
import static dev.plumbline.core.score.FactKind.RECREATE_STRATEGY;
import static dev.plumbline.core.score.FactKind.REPLICATED;
import static dev.plumbline.core.score.FactKind.ROLLBACK;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;
import static dev.plumbline.core.score.FactKind.SECRET_MANAGER;
import static dev.plumbline.core.score.FactKind.SINGLE_REPLICA;
import static dev.plumbline.core.score.FactKind.WORKLOAD;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.EnvVar;
import dev.plumbline.core.model.kubernetes.HorizontalPodAutoscaler;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.PodSpec;
import dev.plumbline.core.model.kubernetes.SecurityContext;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of Kubernetes manifests: workloads and how they roll out, probes, digests, users,
 * secrets, GitOps controllers. Whether a workload is replicated depends on autoscalers anywhere
 * in the run, so workloads and autoscalers are kept until {@link #finish}.
 */
final class KubernetesFacts {

  /** Kinds that read secrets from a secret manager into the cluster. */
  private static final Set<String> SECRET_MANAGER_KINDS = Set.of("ExternalSecret",
      "ClusterExternalSecret", "SecretStore", "ClusterSecretStore", "SealedSecret",
      "SecretProviderClass", "VaultStaticSecret", "VaultDynamicSecret", "InfisicalSecret",
      "OnePasswordItem");
  /** Kinds whose replica count decides whether a rollout keeps serving. */
  private static final Set<String> REPLICATED_KINDS = Set.of("Deployment", "StatefulSet",
      "Rollout");

  private final List<Scalable> scalables = new ArrayList<>();
  private final List<HorizontalPodAutoscaler> autoscalers = new ArrayList<>();

  /** A workload whose replicas count, and the file it is in. */
  private record Scalable(KubeObject object, String path) {}

  void read(List<KubeObject> objects, String path, FactSink sink) {
    if (objects.isEmpty()) {
      return;
    }
    sink.add(KUBERNETES_MANIFEST, path, objects.get(0).kindSpan(), "Kubernetes manifest");
    for (KubeObject object : objects) {
      readObject(object, path, sink);
    }
  }

  private void readObject(KubeObject object, String path, FactSink sink) {
    String label = object.kindName() + " '" + object.name().orElse("?") + "'";
    object.asHorizontalPodAutoscaler().ifPresent(this::keep);
    if (SECRET_MANAGER_KINDS.contains(object.kindName())) {
      sink.add(SECRET_MANAGER, path, object.kindSpan(), label + " reads a secret manager");
    }
    readController(object, path, label, sink);
    boolean workload = object.podTemplate().map(t -> t.spec().isLongRunning()).orElse(false)
        || isArgoRollout(object);
    if (workload) {
      sink.add(WORKLOAD, path, object.kindSpan(), label);
      readStrategy(object, path, label, sink);
      if (REPLICATED_KINDS.contains(object.kindName())) {
        keep(new Scalable(object, path));
      } else if (object.isKind("DaemonSet")) {
        sink.add(REPLICATED, path, object.kindSpan(), label + " runs on every node");
      }
    }
    object.podTemplate().ifPresent(t -> readPod(t.spec(), path, workload, sink));
  }

  private synchronized void keep(HorizontalPodAutoscaler autoscaler) {
    autoscalers.add(autoscaler);
  }

  private synchronized void keep(Scalable scalable) {
    scalables.add(scalable);
  }

  private static boolean isArgoRollout(KubeObject object) {
    return object.isKind("Rollout")
        && object.apiVersion().map(v -> v.startsWith("argoproj.io/")).orElse(false);
  }

  private static void readStrategy(KubeObject object, String path, String label,
      FactSink sink) {
    if (isArgoRollout(object)) {
      Optional<YamlMapping> strategy = object.spec().flatMap(s -> s.mapping("strategy"));
      String how = strategy.map(s -> s.has("blueGreen") ? "blue-green"
          : s.has("canary") ? "canary" : "").orElse("");
      if (!how.isEmpty()) {
        sink.add(DEPLOY_STRATEGY, path, object.kindSpan(), label + " rolls out " + how);
      }
      sink.add(ROLLBACK, path, object.kindSpan(),
          label + " aborts a failed rollout back to the stable version");
      return;
    }
    Optional<YamlMapping> strategy = object.strategy();
    if (strategy.isEmpty()) {
      return;
    }
    String type = strategy.get().string("type")
        .orElse(strategy.get().has("rollingUpdate") ? "RollingUpdate" : "");
    if (type.equals("Recreate")) {
      sink.add(RECREATE_STRATEGY, path, strategy.get().span(),
          label + " stops every pod before starting new ones (Recreate)");
    } else if (!type.isEmpty()) {
      sink.add(DEPLOY_STRATEGY, path, strategy.get().span(), label + " rolls out with " + type);
    }
  }

  /** Flagger canaries, Argo CD applications that heal themselves, Flux's reconcilers. */
  private static void readController(KubeObject object, String path, String label,
      FactSink sink) {
    String api = object.apiVersion().orElse("");
    if (object.isKind("Canary") && api.startsWith("flagger.app/")) {
      sink.add(DEPLOY_STRATEGY, path, object.kindSpan(), label + " rolls out as a canary");
      sink.add(ROLLBACK, path, object.kindSpan(), label + " rolls a failed canary back");
    }
    if (object.isKind("Application") && api.startsWith("argoproj.io/")
        && path(object.node(), "spec", "syncPolicy", "automated")
            .flatMap(n -> n.asMapping()).flatMap(m -> m.scalar("selfHeal"))
            .flatMap(YamlScalar::asBoolean).orElse(false)) {
      sink.add(DRIFT_DETECTION, path, object.kindSpan(),
          label + " heals drift from Git (selfHeal)");
    }
    if ((object.isKind("Kustomization") || object.isKind("HelmRelease"))
        && api.contains("toolkit.fluxcd.io/")) {
      sink.add(DRIFT_DETECTION, path, object.kindSpan(),
          label + " is reconciled by Flux at every interval");
      if (object.isKind("HelmRelease") && path(object.node(), "spec", "upgrade", "remediation")
          .isPresent()) {
        sink.add(ROLLBACK, path, object.kindSpan(), label + " remediates a failed upgrade");
      }
    }
  }

  private static void readPod(PodSpec pod, String path, boolean workload, FactSink sink) {
    for (Container container : pod.containers()) {
      String label = "container '" + container.name().orElse("?") + "'";
      if (workload && container.kind() == Container.Kind.REGULAR) {
        container.readinessProbe().ifPresent(p -> sink.add(READINESS_PROBE, path, p.span(),
            label + " has a readiness probe"));
      }
      container.image().filter(i -> i.value().contains("@sha256:")).ifPresent(i ->
          sink.add(IMAGE_DIGEST, path, i.span(), label + " image is pinned by digest"));
      SecurityContext security = container.securityContext();
      boolean nonRoot = security.runAsNonRoot().flatMap(SecurityContext.Setting::asBoolean)
          .orElse(false);
      Optional<SecurityContext.Setting> user = security.runAsUser();
      if (nonRoot) {
        sink.add(NON_ROOT, path, security.runAsNonRoot().get().span(),
            label + " runs as non-root (runAsNonRoot)");
      } else if (user.map(u -> u.node() instanceof YamlScalar s && s.asLong().isPresent()
          && s.asLong().getAsLong() > 0).orElse(false)) {
        sink.add(NON_ROOT, path, user.get().span(), label + " runs as a non-root UID");
      }
      for (EnvVar env : container.env()) {
        if (env.fromSecret()) {
          sink.add(SECRET_INJECTION, path, env.node().span(), label + " reads "
              + env.name().map(n -> "'" + n + "'").orElse("a variable") + " from a Secret");
        }
      }
      container.node().sequence("envFrom").ifPresent(list -> list.items().stream()
          .filter(i -> i instanceof YamlMapping m && m.has("secretRef"))
          .forEach(i -> sink.add(SECRET_INJECTION, path, i.span(),
              label + " reads its environment from a Secret")));
    }
    pod.node().sequence("volumes").map(YamlSequence::items).orElse(List.of()).stream()
        .filter(v -> v instanceof YamlMapping m && m.has("secret"))
        .forEach(v -> sink.add(SECRET_INJECTION, path, v.span(), "a volume mounts a Secret"));
  }

  /**
   * Replicated or single workloads: more than one replica or an autoscaler that scales it
   * is replicated; otherwise (one replica, Kubernetes' default) a single replica.
   */
  synchronized void finish(FactSink sink) {
    for (Scalable s : scalables) {
      KubeObject object = s.object();
      String label = object.kindName() + " '" + object.name().orElse("?") + "'";
      Optional<HorizontalPodAutoscaler> autoscaler = autoscalers.stream()
          .filter(a -> a.targets(object)).findFirst();
      Optional<Long> replicas = object.replicas();
      if (autoscaler.isPresent()) {
        sink.add(REPLICATED, s.path(), object.kindSpan(), label + " is scaled by "
            + "HorizontalPodAutoscaler '" + autoscaler.get().object().name().orElse("?") + "'");
      } else if (replicas.map(r -> r > 1).orElse(false)) {
        sink.add(REPLICATED, s.path(), replicasSpan(object), label + " runs "
            + replicas.get() + " replicas");
      } else {
        sink.add(SINGLE_REPLICA, s.path(), replicasSpan(object), label + " runs "
            + (replicas.isPresent() ? replicas.get() + " replica" : "one replica (the default)")
            + " and no autoscaler");
      }
    }
  }

  private static dev.plumbline.core.source.Span replicasSpan(KubeObject object) {
    return object.spec().flatMap(s -> s.get("replicas")).map(YamlNode::span)
        .orElse(object.kindSpan());
  }

  private static Optional<YamlNode> path(YamlMapping node, String... keys) {
    Optional<YamlNode> current = Optional.of(node);
    for (String key : keys) {
      current = current.flatMap(YamlNode::asMapping).flatMap(m -> m.get(key));
    }
    return current;
  }
}
