package dev.plumbline.core.score;

import dev.plumbline.core.engine.discovery.DiscoveredFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Facts that a file's name alone shows, for files Plumbline does not lint: other
 * infrastructure-as-code tools' projects and SOPS's configuration. Only names are read.
 */
public final class FileNameFacts {

  /** Infrastructure-as-code files by name, lower case, with what they are. */
  private static final Map<String, String> IAC_NAMES = Map.of(
      "pulumi.yaml", "Pulumi project",
      "pulumi.yml", "Pulumi project",
      "cdk.json", "AWS CDK app",
      "chart.yaml", "Helm chart",
      "kustomization.yaml", "Kustomize configuration",
      "kustomization.yml", "Kustomize configuration",
      "samconfig.toml", "AWS SAM application",
      "serverless.yml", "Serverless Framework service");

  private FileNameFacts() {}

  /** The facts of the discovered files' names, in discovery order. */
  public static List<Fact> of(List<DiscoveredFile> files) {
    List<Fact> facts = new ArrayList<>();
    for (DiscoveredFile file : files) {
      Path name = file.path().getFileName();
      if (name == null) {
        continue;
      }
      String lower = name.toString().toLowerCase(Locale.ROOT);
      String what = IAC_NAMES.get(lower);
      if (what == null && lower.endsWith(".bicep")) {
        what = "Bicep template";
      }
      if (what != null) {
        facts.add(new Fact(FactKind.IAC_FILE, file.displayPath(), 1, 1, what));
      }
      if (lower.equals(".sops.yaml") || lower.equals(".sops.yml")) {
        facts.add(new Fact(FactKind.SECRET_MANAGER, file.displayPath(), 1, 1,
            "SOPS encrypts the repository's secrets"));
      }
    }
    return facts;
  }
}
