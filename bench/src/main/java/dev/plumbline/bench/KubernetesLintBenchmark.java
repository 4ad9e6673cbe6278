package dev.plumbline.bench;

import java.util.Set;

/** The Kubernetes manifests, the cross-object rules seeing all of them together; see {@link PlatformLintBenchmark}. */
public class KubernetesLintBenchmark extends PlatformLintBenchmark {

  @Override
  protected Set<String> manifestKinds() {
    return Set.of("kubernetes");
  }
}
