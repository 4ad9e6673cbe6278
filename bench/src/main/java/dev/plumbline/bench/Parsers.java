package dev.plumbline.bench;

import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.hcl.HclParser;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlParser;

/**
 * The parser each platform's linter reads its files with, configured as the linter configures
 * it, for benchmarks of parsing alone.
 */
final class Parsers {

  /** GitHub Actions: anchors and aliases, no {@code <<} merge keys. */
  static final YamlParser GITHUB = new YamlParser(YamlLimits.DEFAULT, false);
  /** GitLab CI: merge keys, and more aliases than other YAML (shared rule lists). */
  static final YamlParser GITLAB = new YamlParser(new YamlLimits(2_000,
      YamlLimits.DEFAULT.maxDepth(), YamlLimits.DEFAULT.maxCodePoints()), true);
  /** Kubernetes reads YAML with go-yaml, which applies merge keys. */
  static final YamlParser KUBERNETES = new YamlParser(YamlLimits.DEFAULT, true);

  private Parsers() {}

  /** Parses a file with the parser of its kind; returns the syntax tree. */
  static Object parse(SourceFile file, FileKind kind) {
    return switch (kind) {
      case GITHUB_WORKFLOW, GITHUB_ACTION -> GITHUB.parse(file);
      case GITLAB_CI -> GITLAB.parse(file);
      case KUBERNETES -> KUBERNETES.parse(file);
      case DOCKERFILE -> DockerfileParser.parse(file);
      case TERRAFORM, TERRAFORM_VARIABLES -> HclParser.parse(file);
    };
  }
}
