package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.rules.common.ImageName;
import java.util.List;
import java.util.Optional;

/**
 * A base image from a registry the {@code allowed-registries} option does not list. An image
 * without a registry ({@code nginx}, {@code library/nginx}) comes from Docker Hub,
 * {@code docker.io}. A registry hidden in a variable without a known default is not judged.
 */
@Rule(id = "DKR031", name = "disallowed-registry", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 5.0,
    enabledByDefault = false, summary = "Base image from a registry that is not allowed")
public final class DisallowedRegistry implements DockerfileRule {

  @RuleOption(name = "allowed-registries", description = "Registries base images may come "
      + "from: hosts such as registry.example.com, wildcards such as *.example.com, or a host "
      + "with a path prefix such as ghcr.io/my-org (default: Docker Hub, docker.io).")
  List<String> allowedRegistries = List.of(ImageName.DOCKER_HUB);

  private GlobalArgs args;
  private RegistryPolicy policy;

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    args = GlobalArgs.of(dockerfile);
    policy = new RegistryPolicy(allowedRegistries);
  }

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    BaseImage.of(stage, args).ifPresent(image -> check(image, ctx));
  }

  private void check(BaseImage image, RuleContext ctx) {
    Optional<String> registry = image.registry();
    if (registry.isEmpty()) {
      return;
    }
    boolean allowed = image.name().map(policy::allows)
        .orElseGet(() -> policy.mayAllow(registry.get()));
    if (allowed) {
      return;
    }
    Word where = image.ref().registry().orElse(image.ref().word());
    String from = registry.get().equals(ImageName.DOCKER_HUB) ? "Docker Hub (docker.io)"
        : "registry '" + registry.get() + "'";
    String byDefault = image.ref().hasVariables()
        ? image.name().map(n -> " ('" + n.reference() + "' by default)").orElse("") : "";
    ctx.report(where.span(), "base image '" + image.text() + "'" + byDefault + " comes from "
        + from + ", which allowed-registries (" + policy + ") does not list",
        "use the image from an allowed registry (such as your mirror of it), or add the "
            + "registry to the rule's allowed-registries option");
  }
}
