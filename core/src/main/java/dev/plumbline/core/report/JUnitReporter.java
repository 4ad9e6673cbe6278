package dev.plumbline.core.report;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * JUnit XML, in the form Jenkins, GitLab (test reports) and Azure DevOps read: every linted
 * file is a test suite, every rule that applied to it a test case, and a rule that found
 * something in the file a failed one.
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="plumbline" tests="4" failures="1" errors="0">
 *   <testsuite name=".github/workflows/ci.yml" tests="2" failures="1" errors="0">
 *     <testcase classname=".github/workflows/ci.yml" name="GHA001 unpinned-action">
 *       <failure message="actions/checkout@v4 is not pinned to a commit SHA" type="GHA001">
 * .github/workflows/ci.yml:12:13: warning: actions/checkout@v4 is not pinned to a commit SHA
 *   hint: pin it to the commit SHA of the release</failure>
 *     </testcase>
 *     <testcase classname=".github/workflows/ci.yml" name="GHA002 excessive-permissions"/>
 *   </testsuite>
 *   <testsuite name="action.yml" tests="2" failures="0" errors="0">
 *     ...
 * }</pre>
 *
 * <ul>
 *   <li>One {@code testsuite} per file in {@link LintResult#files()}, clean files included,
 *       named by the file's path, in path order.
 *   <li>In it one {@code testcase} per rule that applied to the file
 *       ({@link LintedFile#ruleIds()}) and per rule that reported a finding there, in rule ID
 *       order; {@code classname} is the path, {@code name} the rule ID and name.
 *   <li>A test case with findings has one {@code failure}: {@code type} is the rule ID,
 *       {@code message} the first finding's message (with the number of further findings),
 *       and its text lists every finding as {@code path:line:col: severity: message}, each
 *       followed by its hint on an indented line.
 *   <li>An internal error of a rule on a file is an {@code error} of that rule's test case,
 *       with the exception type as {@code type}; an internal error on the whole file is an
 *       {@code error} of a test case named {@value #WHOLE_FILE}. Such a test case counts as an
 *       error, not as a failure, even when the rule also reported findings. Other
 *       notifications, and internal errors not tied to a file, are not part of this report.
 *   <li>Suppressed findings are left out.
 * </ul>
 *
 * <p>Text from scanned files is escaped with {@link XmlText}, so the document is well-formed
 * XML 1.0 whatever the files contain. No time or host name is written.
 */
public final class JUnitReporter implements Reporter {

  /** The name of the test case for an internal error not tied to one rule. */
  public static final String WHOLE_FILE = "lint";

  private static final String INDENT = "  ";

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    LintResult result = context.result();
    Map<String, String> ruleNames = new HashMap<>();
    for (RuleDescriptor rule : result.rules()) {
      ruleNames.putIfAbsent(rule.id(), rule.name());
    }
    SortedMap<String, Suite> suites = new TreeMap<>();
    for (LintedFile file : result.files()) {
      Suite suite = suites.computeIfAbsent(file.path(), path -> new Suite());
      file.ruleIds().forEach(suite::testCase);
    }
    for (Finding finding : result.findings()) {
      if (!finding.isSuppressed()) {
        suites.computeIfAbsent(finding.path(), path -> new Suite())
            .testCase(finding.ruleId()).findings.add(finding);
      }
    }
    for (Notification n : result.notifications()) {
      if (n.isInternalError() && n.path().isPresent()) {
        suites.computeIfAbsent(n.path().get(), path -> new Suite())
            .testCase(n.ruleId().orElse(WHOLE_FILE)).errors.add(n);
      }
    }

    Counts total = new Counts();
    suites.values().forEach(suite -> total.add(suite.counts()));
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"plumbline\"" + total.attributes() + ">\n");
    for (Map.Entry<String, Suite> entry : suites.entrySet()) {
      writeSuite(entry.getKey(), entry.getValue(), ruleNames, out);
    }
    out.write("</testsuites>\n");
  }

  private static void writeSuite(String path, Suite suite, Map<String, String> ruleNames,
      Writer out) throws IOException {
    String name = XmlText.attribute(path);
    out.write(INDENT + "<testsuite name=\"" + name + "\"" + suite.counts().attributes());
    if (suite.testCases.isEmpty()) {
      out.write("/>\n");
      return;
    }
    out.write(">\n");
    for (Map.Entry<String, TestCase> entry : suite.testCases.entrySet()) {
      String id = entry.getKey();
      TestCase testCase = entry.getValue();
      String caseName = id.equals(WHOLE_FILE) || !ruleNames.containsKey(id)
          ? id : id + " " + ruleNames.get(id);
      out.write(INDENT.repeat(2) + "<testcase classname=\"" + name + "\" name=\""
          + XmlText.attribute(caseName) + "\"");
      if (testCase.errors.isEmpty() && testCase.findings.isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      for (Notification error : testCase.errors) {
        out.write(INDENT.repeat(3) + "<error message=\"" + XmlText.attribute(error.message())
            + "\" type=\"" + XmlText.attribute(errorType(error)) + "\"/>\n");
      }
      if (!testCase.findings.isEmpty()) {
        writeFailure(id, testCase.findings, out);
      }
      out.write(INDENT.repeat(2) + "</testcase>\n");
    }
    out.write(INDENT + "</testsuite>\n");
  }

  private static void writeFailure(String ruleId, List<Finding> findings, Writer out)
      throws IOException {
    String message = findings.get(0).message()
        + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "");
    List<String> lines = new ArrayList<>();
    for (Finding f : findings) {
      lines.add(f.path() + ":" + f.span().start().line() + ":" + f.span().start().column() + ": "
          + f.severity().label() + ": " + f.message());
      f.hint().ifPresent(hint -> lines.add("  hint: " + hint));
    }
    out.write(INDENT.repeat(3) + "<failure message=\"" + XmlText.attribute(message)
        + "\" type=\"" + XmlText.attribute(ruleId) + "\">"
        + XmlText.content(String.join("\n", lines)) + "</failure>\n");
  }

  /** The exception's class name, as JUnit writes it, or a generic type. */
  private static String errorType(Notification error) {
    return error.exception().map(what -> {
      int colon = what.indexOf(": ");
      return colon < 0 ? what : what.substring(0, colon);
    }).orElse("InternalError");
  }

  /** The test cases of one file, by rule ID. */
  private static final class Suite {
    final SortedMap<String, TestCase> testCases = new TreeMap<>();

    TestCase testCase(String id) {
      return testCases.computeIfAbsent(id, key -> new TestCase());
    }

    Counts counts() {
      Counts counts = new Counts();
      for (TestCase testCase : testCases.values()) {
        counts.tests++;
        if (!testCase.errors.isEmpty()) {
          counts.errors++;
        } else if (!testCase.findings.isEmpty()) {
          counts.failures++;
        }
      }
      return counts;
    }
  }

  private static final class TestCase {
    final List<Finding> findings = new ArrayList<>();
    final List<Notification> errors = new ArrayList<>();
  }

  private static final class Counts {
    int tests;
    int failures;
    int errors;

    void add(Counts other) {
      tests += other.tests;
      failures += other.failures;
      errors += other.errors;
    }

    String attributes() {
      return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    }
  }
}
