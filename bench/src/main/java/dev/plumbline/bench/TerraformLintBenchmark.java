package dev.plumbline.bench;

import java.util.Set;

/** The Terraform files, grouped by directory into modules; see {@link PlatformLintBenchmark}. */
public class TerraformLintBenchmark extends PlatformLintBenchmark {

  @Override
  protected Set<String> manifestKinds() {
    return Set.of("terraform");
  }
}
