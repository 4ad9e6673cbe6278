package dev.plumbline.core.engine;

import dev.plumbline.core.yaml.YamlLimits;
import java.util.Locale;

/**
 * How much of a hostile repository Plumbline takes on: each limit, when a file or the run hits
 * it, is reported by its name (the key under {@code limits:} in {@code .plumbline.yml}) and the
 * rest of the run goes on.
 *
 * @param maxFileBytes       {@code max-file-size}: larger files are skipped with a warning
 * @param maxFiles           {@code max-files}: discovery stops after this many files, with a
 *                           warning
 * @param maxFindingsPerFile {@code max-findings-per-file}: further findings of a file are
 *                           dropped, with one warning
 * @param maxYamlAliases     {@code max-yaml-aliases}: aliases to mappings and sequences in one
 *                           YAML document
 * @param maxYamlAliasNodes  {@code max-yaml-alias-nodes}: nodes that aliases add to one YAML
 *                           document when each stands for a copy of what it names (a billion
 *                           laughs adds a billion)
 * @param maxYamlDepth       {@code max-yaml-depth}: nesting of YAML mappings and sequences,
 *                           aliases followed
 */
public record Limits(long maxFileBytes, int maxFiles, int maxFindingsPerFile, int maxYamlAliases,
    int maxYamlAliasNodes, int maxYamlDepth) {

  /** The largest {@code max-file-size}: a file's text must fit in memory as one string. */
  public static final long MAX_FILE_BYTES_CEILING = 1L << 30;

  /** Far above any real repository, far below what hurts. */
  public static final Limits DEFAULT = new Limits(5L << 20, 100_000, 1_000,
      YamlLimits.DEFAULT.maxAliasesForCollections(), YamlLimits.DEFAULT.maxAliasNodes(),
      YamlLimits.DEFAULT.maxDepth());

  public Limits {
    if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_CEILING) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and 1 GB");
    }
    if (maxFiles < 1 || maxFindingsPerFile < 1 || maxYamlAliases < 0 || maxYamlAliasNodes < 0
        || maxYamlDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** These limits with another file size limit. */
  public Limits withMaxFileBytes(long bytes) {
    return new Limits(bytes, maxFiles, maxFindingsPerFile, maxYamlAliases, maxYamlAliasNodes,
        maxYamlDepth);
  }

  /** The limits of the YAML parser; a file within the size limit is within its size limit. */
  public YamlLimits yaml() {
    return new YamlLimits(maxYamlAliases, maxYamlDepth,
        (int) Math.min(maxFileBytes, Integer.MAX_VALUE), maxYamlAliasNodes);
  }

  /** A size for messages: {@code 5 MB}, {@code 1.5 MB}, {@code 512 KB}, {@code 100 bytes}. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes >= 1L << 20 ? bytes / (double) (1L << 20) : bytes / 1024.0;
    String unit = bytes >= 1L << 20 ? " MB" : " KB";
    String number = String.format(Locale.ROOT, "%.1f", value);
    return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + unit;
  }

  /** A count for messages: {@code 100,000}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
