package dev.plumbline.rules.score;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub actions that scan container images, and whether a step of one fails its job on HIGH
 * (and so CRITICAL) vulnerabilities, by each action's documented inputs and defaults.
 */
final class ImageScanActions {

  private static final Set<String> HIGH_OR_LOWER = Set.of("negligible", "unknown", "low",
      "medium", "moderate", "high");

  private ImageScanActions() {}

  /**
   * Empty when the step's action does not scan an image; otherwise whether the scan gates the
   * job on HIGH vulnerabilities.
   */
  static Optional<Boolean> gate(ActionRef ref, Step step) {
    String slug = ref.slug();
    String path = ref.path().toLowerCase(Locale.ROOT);
    switch (slug) {
      case "aquasecurity/trivy-action" -> {
        // scan-type defaults to image; exit-code to 0, so a gate must ask for it
        String type = input(step, "scan-type").orElse("image");
        if (!type.equals("image")) {
          return Optional.empty();
        }
        boolean fails = input(step, "exit-code").map(v -> !v.equals("0")).orElse(false);
        return Optional.of(fails && input(step, "severity")
            .map(s -> s.toUpperCase(Locale.ROOT).contains("HIGH")).orElse(true));
      }
      case "anchore/scan-action" -> {
        if (input(step, "image").isEmpty()) {
          return Optional.empty();
        }
        // fails the build by default, at medium severity and above
        boolean fails = input(step, "fail-build").map(v -> !v.equals("false")).orElse(true);
        return Optional.of(fails && input(step, "severity-cutoff")
            .map(s -> HIGH_OR_LOWER.contains(s.toLowerCase(Locale.ROOT))).orElse(true));
      }
      case "snyk/actions" -> {
        if (!path.equals("docker")) {
          return Optional.empty();
        }
        // snyk container test fails on any vulnerability unless a threshold says otherwise
        String args = input(step, "args").orElse("").toLowerCase(Locale.ROOT);
        return Optional.of(!args.contains("--severity-threshold=critical"));
      }
      case "docker/scout-action" -> {
        String command = input(step, "command").orElse("");
        if (!command.contains("cves") && !command.contains("quickview")) {
          return Optional.empty();
        }
        boolean fails = input(step, "exit-code").map(v -> v.equals("true")).orElse(false);
        return Optional.of(fails && input(step, "only-severities")
            .map(s -> s.toLowerCase(Locale.ROOT).contains("high")).orElse(true));
      }
      case "azure/container-scan" -> {
        // fails on HIGH and CRITICAL by default
        return Optional.of(input(step, "severity-threshold")
            .map(s -> HIGH_OR_LOWER.contains(s.toLowerCase(Locale.ROOT))).orElse(true));
      }
      case "crazy-max/ghaction-container-scan" -> {
        return Optional.of(input(step, "severity_threshold")
            .map(s -> HIGH_OR_LOWER.contains(s.toLowerCase(Locale.ROOT))).orElse(false));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> input(Step step, String name) {
    return step.withInput(name).filter(s -> !s.isNull()).map(YamlScalar::value)
        .map(String::trim);
  }
}
