package dev.plumbline.core.score.report;

import java.util.List;
import java.util.Locale;

/** The score's output formats by name, as {@code plumbline score --format NAME} selects them. */
public final class ScoreReporters {

  private static final List<String> NAMES = List.of("console", "json", "markdown", "html");

  private ScoreReporters() {}

  /**
   * A reporter for a format name (any case); {@code colour} applies to the console only.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static ScoreReporter forFormat(String name, boolean colour) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "console" -> new ConsoleScoreReporter(colour);
      case "json" -> new JsonScoreReporter();
      case "markdown" -> new MarkdownScoreReporter();
      case "html" -> new HtmlScoreReporter();
      default -> throw new IllegalArgumentException("unknown format '" + name + "'");
    };
  }

  /** The valid format names, in the order help texts list them. */
  public static List<String> formatNames() {
    return NAMES;
  }
}
