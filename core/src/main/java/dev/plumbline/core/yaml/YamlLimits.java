package dev.plumbline.core.yaml;

/**
 * Safety limits for untrusted YAML.
 *
 * @param maxAliasesForCollections aliases to mappings and sequences per document (billion laughs)
 * @param maxDepth                  nesting of mappings and sequences
 * @param maxCodePoints             size of the whole stream
 */
public record YamlLimits(int maxAliasesForCollections, int maxDepth, int maxCodePoints) {

  /** Far above any real CI or Kubernetes file, far below what hurts. */
  public static final YamlLimits DEFAULT = new YamlLimits(100, 500, 8 * 1024 * 1024);
}
