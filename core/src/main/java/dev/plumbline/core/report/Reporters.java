package dev.plumbline.core.report;

import java.util.List;
import java.util.Locale;

/** The output formats by name, as {@code --format NAME} selects them. */
public final class Reporters {

  private static final List<String> NAMES = List.of("console", "json", "sarif", "junit", "gitlab",
      "github");

  private Reporters() {}

  /**
   * A reporter for a format name (any case).
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
   */
  public static Reporter forFormat(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "console":
        return new ConsoleReporter();
      case "json":
        return new JsonReporter();
      case "sarif":
        return new SarifReporter();
      case "junit":
        return new JUnitReporter();
      case "gitlab":
        return new GitLabCodeQualityReporter();
      case "github":
        return new GitHubAnnotationsReporter();
      default:
        throw new IllegalArgumentException("unknown format '" + name + "'; valid formats: "
            + String.join(", ", NAMES));
    }
  }

  /** The valid format names, in the order help texts list them. */
  public static List<String> formatNames() {
    return NAMES;
  }
}
