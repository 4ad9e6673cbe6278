package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.Limits;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings under {@code limits:} in {@code .plumbline.yml}: each names one field of
 * {@link Limits}, which messages quote when a file or the run hits it.
 */
public enum LimitSetting {

  // in the order of the components of Limits

  MAX_FILE_SIZE("max-file-size", true, 1, Limits::maxFileBytes,
      "Files larger than this are skipped with a warning: a number of bytes, or a whole number "
          + "with KB, MB or GB (1 MB = 1,048,576 bytes); at most 1 GB."),
  MAX_FILES("max-files", false, 1, Limits::maxFiles,
      "Plumbline stops looking for files after this many (of any kind, excluded ones not "
          + "counted) and warns: the files after them are not linted."),
  MAX_FINDINGS_PER_FILE("max-findings-per-file", false, 1, Limits::maxFindingsPerFile,
      "A file's findings beyond this many are dropped, with one warning naming the file."),
  MAX_YAML_ALIASES("max-yaml-aliases", false, 0, Limits::maxYamlAliases,
      "Aliases (*name) to mappings and sequences in one YAML document; a document with more is "
          + "reported as invalid."),
  MAX_YAML_ALIAS_NODES("max-yaml-alias-nodes", false, 0, Limits::maxYamlAliasNodes,
      "How many nodes the aliases of one YAML document may add when each alias is read as a "
          + "copy of what it names (a 'billion laughs' adds a billion); a document over it is "
          + "reported as invalid."),
  MAX_YAML_DEPTH("max-yaml-depth", false, 1, Limits::maxYamlDepth,
      "How deeply YAML mappings and sequences may nest, aliases followed; a document nested "
          + "deeper is reported as invalid.");

  /** A size: bytes, or a whole number with a binary unit. */
  private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([kmg]i?b|b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile("\\d{1,19}");

  private final String key;
  private final boolean size;
  private final long minimum;
  private final ToLongFunction<Limits> value;
  private final String description;

  LimitSetting(String key, boolean size, long minimum, ToLongFunction<Limits> value,
      String description) {
    this.key = key;
    this.size = size;
    this.minimum = minimum;
    this.value = value;
    this.description = description;
  }

  /** The key under {@code limits:}. */
  public String key() {
    return key;
  }

  /** Whether the value is a size in bytes ({@code 10MB}) rather than a count. */
  public boolean isSize() {
    return size;
  }

  /** The smallest value allowed. */
  public long minimum() {
    return minimum;
  }

  /** The largest value allowed. */
  public long maximum() {
    return size ? Limits.MAX_FILE_BYTES_CEILING : Integer.MAX_VALUE;
  }

  /** What the setting does, one or two sentences. */
  public String description() {
    return description;
  }

  /** The setting's value in {@code limits}. */
  public long of(Limits limits) {
    return value.applyAsLong(limits);
  }

  /** The default as written in a configuration file: {@code 5MB}, {@code 100000}. */
  public String defaultText() {
    long v = of(Limits.DEFAULT);
    return size && v % (1L << 20) == 0 ? (v >> 20) + "MB" : Long.toString(v);
  }

  /** {@code limits} with this setting set to {@code v}, which must be in range. */
  public Limits with(Limits limits, long v) {
    long[] values = new long[values().length];
    for (LimitSetting s : values()) {
      values[s.ordinal()] = s == this ? v : s.of(limits);
    }
    return new Limits(values[0], (int) values[1], (int) values[2], (int) values[3],
        (int) values[4], (int) values[5]);
  }

  /** The value written, if it is a valid one for this setting. */
  public OptionalLong parse(String text) {
    OptionalLong parsed = size ? parseSize(text) : parseCount(text);
    return parsed.isPresent() && parsed.getAsLong() >= minimum
        && parsed.getAsLong() <= maximum() ? parsed : OptionalLong.empty();
  }

  /** What a valid value looks like, for messages. */
  public String expected() {
    if (size) {
      return "a size from 1 byte to 1 GB, such as 10MB (a number of bytes, or a whole number "
          + "with KB, MB or GB)";
    }
    return "a whole number from " + minimum + " to " + Limits.count(maximum());
  }

  /** The setting with this key, if any. */
  public static Optional<LimitSetting> forKey(String key) {
    for (LimitSetting s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static OptionalLong parseSize(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    long number;
    try {
      number = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    int shift = switch (unit.charAt(0)) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      default -> 0;
    };
    return number > Limits.MAX_FILE_BYTES_CEILING >> shift ? OptionalLong.of(Long.MAX_VALUE)
        : OptionalLong.of(number << shift);
  }

  private static OptionalLong parseCount(String text) {
    String t = text.strip();
    if (!COUNT.matcher(t).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(t));
    } catch (NumberFormatException e) {
      return OptionalLong.of(Long.MAX_VALUE); // out of range either way
    }
  }
}
