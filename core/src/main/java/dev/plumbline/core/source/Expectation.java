package dev.plumbline.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture's expected finding, written in the fixture itself: {@code # expect: GHA001} at
 * the end of the offending line, or {@code # expect-next-line: GHA001} on the line above. An entry
 * may add a column ({@code GHA001 @9}), a message fragment ({@code GHA001 "commit SHA"}) and,
 * last, the word {@code suppressed} for a finding an inline suppression silences; several entries
 * are separated by commas.
 *
 * @param line            the line the finding must be on
 * @param ruleId          the expected rule ID
 * @param column          the expected start column, if given
 * @param messageFragment text the message must contain, if given
 * @param suppressed      whether the finding must be silenced by a suppression
 */
public record Expectation(int line, String ruleId, OptionalInt column,
    Optional<String> messageFragment, boolean suppressed) {

  private static final Pattern MARKER = Pattern.compile("^\\s*expect(-next-line)?:\\s*(.*)$");
  private static final Pattern ENTRY =
      Pattern.compile("\\s*([A-Z][A-Z0-9]*[0-9])(?:\\s+@(\\d+))?(?:\\s+\"([^\"]*)\")?"
          + "(\\s+suppressed)?\\s*(,|$)");

  /**
   * Reads every marker of a file.
   *
   * @throws IllegalArgumentException for a malformed marker, naming its line
   */
  public static List<Expectation> parse(SourceFile file, List<Comment> comments) {
    List<Expectation> result = new ArrayList<>();
    for (Comment comment : comments) {
      Matcher m = MARKER.matcher(comment.body());
      if (!m.matches()) {
        continue;
      }
      int line = comment.line() + (m.group(1) != null ? 1 : 0);
      String entries = m.group(2);
      Matcher e = ENTRY.matcher(entries);
      int at = 0;
      while (at < entries.length()) {
        if (!e.find(at) || e.start() != at) {
          throw new IllegalArgumentException(file.path() + ":" + comment.line()
              + ": malformed expectation '" + comment.body().trim() + "'");
        }
        OptionalInt column = e.group(2) == null ? OptionalInt.empty()
            : OptionalInt.of(Integer.parseInt(e.group(2)));
        result.add(new Expectation(line, e.group(1), column, Optional.ofNullable(e.group(3)),
            e.group(4) != null));
        at = e.end();
      }
    }
    return result;
  }
}
