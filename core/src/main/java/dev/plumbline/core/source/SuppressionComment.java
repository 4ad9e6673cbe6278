package dev.plumbline.core.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline suppression: {@code # plumbline: ignore[GHA001,unpinned-action] reason} (applies to
 * its own line, or to the next line when the comment stands alone) or
 * {@code # plumbline: ignore-file[GHA001] reason} (applies to the whole file). A comment that
 * starts with {@code plumbline:} but does not parse is kept with {@link #problem()} set, so that
 * a typo is reported instead of silently suppressing nothing.
 *
 * @param span      the comment
 * @param fileLevel whether this is {@code ignore-file}
 * @param rules     rule IDs or names as written, with where they were written
 * @param reason    the justification, empty if none was given
 * @param problem   why the directive could not be read, if it could not
 */
public record SuppressionComment(
    Span span, boolean fileLevel, List<RuleName> rules, String reason, Optional<String> problem) {

  /** A rule ID or name inside a suppression, and its span. */
  public record RuleName(String text, Span span) {}

  private static final Pattern PREFIX = Pattern.compile("^\\s*plumbline\\s*:(.*)$");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*(ignore|ignore-file)\\s*\\[([^\\]]*)\\](.*)$");
  private static final Pattern RULE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  public static List<SuppressionComment> parse(SourceFile file, List<Comment> comments) {
    List<SuppressionComment> result = new ArrayList<>();
    for (Comment comment : comments) {
      Matcher prefix = PREFIX.matcher(comment.body());
      if (prefix.matches()) {
        result.add(read(file, comment, prefix));
      }
    }
    return result;
  }

  private static SuppressionComment read(SourceFile file, Comment comment, Matcher prefix) {
    String directive = prefix.group(1);
    Matcher m = DIRECTIVE.matcher(directive);
    if (!m.matches()) {
      return malformed(comment, "expected 'plumbline: ignore[RULE] reason' or "
          + "'plumbline: ignore-file[RULE] reason'");
    }
    // offsets into the file: the body runs to the end of the comment, after its '#' or '//'
    int bodyStart = comment.span().end().offset() - comment.body().length();
    int listStart = bodyStart + prefix.start(1) + m.start(2);
    List<RuleName> rules = new ArrayList<>();
    int at = 0;
    for (String raw : Arrays.asList(m.group(2).split(",", -1))) {
      String rule = raw.trim();
      if (!RULE.matcher(rule).matches()) {
        return malformed(comment, rule.isEmpty() ? "a rule ID or name is missing in '["
            + m.group(2) + "]'" : "'" + rule + "' is not a rule ID or name");
      }
      int start = listStart + at + raw.indexOf(rule);
      rules.add(new RuleName(rule, file.span(start, start + rule.length())));
      at += raw.length() + 1;
    }
    String reason = m.group(3).trim();
    if (reason.startsWith(":") || reason.startsWith("-")) {
      reason = reason.substring(1).trim();
    }
    return new SuppressionComment(comment.span(), m.group(1).equals("ignore-file"),
        List.copyOf(rules), reason, Optional.empty());
  }

  private static SuppressionComment malformed(Comment comment, String problem) {
    return new SuppressionComment(comment.span(), false, List.of(), "", Optional.of(problem));
  }

  /** The line whose findings this suppresses: its own, or the next one for a standalone comment. */
  public int targetLine(SourceFile file) {
    int line = span.start().line();
    return new Comment(span, "").ownLine(file) ? line + 1 : line;
  }
}
