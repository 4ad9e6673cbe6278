package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Backend;
import dev.plumbline.core.model.terraform.TerraformSettings;
import java.util.Optional;

/** The {@code backend "s3"} blocks that the S3 backend rules judge. */
final class S3Backends {

  private S3Backends() {}

  /**
   * The S3 backend of a {@code terraform} block, unless its settings are all given elsewhere: an
   * empty {@code backend "s3" {}} is a partial configuration whose settings come from
   * {@code -backend-config} at {@code terraform init}, which Plumbline cannot see.
   */
  static Optional<Backend> judged(TerraformSettings settings) {
    return settings.backend().filter(b -> b.backendType().equals("s3"))
        .filter(b -> !b.body().attributes().isEmpty() || !b.body().blocks().isEmpty());
  }
}
