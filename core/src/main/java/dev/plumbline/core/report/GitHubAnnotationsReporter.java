package dev.plumbline.core.report;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands that annotate the findings on the pull request and the run
 * summary: one line per finding, to be printed to standard output in a workflow step.
 *
 * <pre>
 * ::warning file=a.yml,line=9,col=3,endLine=9,endColumn=9,title=GHA001 unpinned-action::not pinned
 * </pre>
 *
 * <ul>
 *   <li>The command is the severity: {@code error}, {@code warning}, or {@code notice} for
 *       a note.
 *   <li>{@code file} is the relative path; {@code line}, {@code col}, {@code endLine} and
 *       {@code endColumn} the span as in the other reports (1-based, code point columns, end
 *       exclusive); {@code title} the rule ID and name.
 *   <li>The message follows {@code ::}, then, if the rule gave a hint, a line break and
 *       {@code hint: } with the hint.
 * </ul>
 *
 * <p>Escaping follows the runner's rules: in the message {@code %}, carriage return and line
 * feed become {@code %25}, {@code %0D} and {@code %0A}; in property values {@code :} and
 * {@code ,} also become {@code %3A} and {@code %2C}. Other control characters from scanned
 * files are written as {@link TerminalText} escapes, since the log is shown as a terminal.
 *
 * <p>Suppressed findings are left out, and a run without findings prints nothing.
 */
public final class GitHubAnnotationsReporter implements Reporter {

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (RuleDescriptor rule : context.result().rules()) {
      names.putIfAbsent(rule.id(), rule.name());
    }
    for (Finding f : context.result().findings()) {
      if (f.isSuppressed()) {
        continue;
      }
      String name = names.get(f.ruleId());
      String title = name == null ? f.ruleId() : f.ruleId() + " " + name;
      String message = f.message() + f.hint().map(hint -> "\nhint: " + hint).orElse("");
      out.write("::" + command(f.severity())
          + " file=" + property(f.path())
          + ",line=" + f.span().start().line()
          + ",col=" + f.span().start().column()
          + ",endLine=" + f.span().end().line()
          + ",endColumn=" + f.span().end().column()
          + ",title=" + property(title)
          + "::" + data(message) + "\n");
    }
  }

  /** The workflow command of a severity. */
  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** A command's message: {@code %}, CR and LF percent-encoded, other controls escaped. */
  static String data(String text) {
    return TerminalText.escape(text.replace("%", "%25").replace("\r", "%0D")
        .replace("\n", "%0A"));
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} percent-encoded. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
