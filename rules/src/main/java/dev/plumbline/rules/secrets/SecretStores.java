package dev.plumbline.rules.secrets;

import dev.plumbline.core.source.FileKind;
import java.util.Optional;

/** Where each kind of file should take its credentials from, for the secret rules' hints. */
final class SecretStores {

  private SecretStores() {}

  /** How to fix a credential written in a file of this kind. */
  static String hint(Optional<FileKind> kind) {
    String store = kind.map(k -> switch (k) {
      case GITHUB_WORKFLOW, GITHUB_ACTION ->
          "store the new one as an encrypted secret and use ${{ secrets.NAME }}";
      case GITLAB_CI -> "store the new one as a masked, protected CI/CD variable";
      case DOCKERFILE -> "give the build the new one with RUN --mount=type=secret and the "
          + "container its credentials when it starts";
      case KUBERNETES -> "keep the new one out of the repository (an external secret store, "
          + "Sealed Secrets or SOPS) and refer to it with secretKeyRef";
      case TERRAFORM, TERRAFORM_VARIABLES -> "pass the new one as a sensitive variable or read "
          + "it from a secret manager";
    }).orElse("keep the new one in a secret store");
    return "revoke it now (the repository's history keeps it), then " + store;
  }
}
