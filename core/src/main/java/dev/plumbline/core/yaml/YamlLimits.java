package dev.plumbline.core.yaml;

/**
 * Safety limits for untrusted YAML.
 *
 * @param maxAliasesForCollections aliases to mappings and sequences per document
 * @param maxDepth                  nesting of mappings and sequences, aliases followed
 * @param maxCodePoints             size of the whole stream
 * @param maxAliasNodes             nodes that aliases add to a document when each stands for a
 *                                  copy of what it names: what a walk over the tree visits
 *                                  beyond the nodes written (billion laughs)
 */
public record YamlLimits(int maxAliasesForCollections, int maxDepth, int maxCodePoints,
    int maxAliasNodes) {

  /** Far above any real CI or Kubernetes file, far below what hurts. */
  public static final YamlLimits DEFAULT = new YamlLimits(2_000, 500, 8 * 1024 * 1024, 100_000);

  /** Limits with the default {@link #maxAliasNodes()}. */
  public YamlLimits(int maxAliasesForCollections, int maxDepth, int maxCodePoints) {
    this(maxAliasesForCollections, maxDepth, maxCodePoints, DEFAULT.maxAliasNodes());
  }
}
