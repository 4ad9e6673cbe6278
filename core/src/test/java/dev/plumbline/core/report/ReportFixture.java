package dev.plumbline.core.report;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The fixed run the reporter snapshots render, and helpers to build findings from source text. */
final class ReportFixture {

  static final String VERSION = "0.1.0";
  static final URI SOURCE_ROOT = URI.create("file:///home/dev/project/");

  static final SourceFile WORKFLOW = SourceFile.of(".github/workflows/ci.yml", """
      name: ci
      on: push
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - uses: actions/checkout@v4
            - run: echo "$TOKEN"
              env:
                TOKEN: hunter2
      """);

  /** A unicode path with a space; tabs in the source lines. */
  static final SourceFile DOCKERFILE = SourceFile.of("services/café api/Dockerfile",
      "FROM\tnode:latest\nRUN\tnpm ci\n");

  /** Terminal escapes and a bidi override, as a hostile repository could contain them. */
  static final SourceFile HOSTILE = SourceFile.of(".github/workflows/evil.yml",
      "on: push\nenv:\n  GREETING: \"hi \u001b]0;pwned\u0007 \u202edlrow\"\n");

  /** Two findings, one suppressed in the file with a reason, one by a baseline without. */
  static final SourceFile RELEASE = SourceFile.of(".github/workflows/release.yml", """
      on: push
      jobs:
        release:
          runs-on: ubuntu-latest
          timeout-minutes: 10
          steps:
            # plumbline: ignore[PLB901] internal action, reviewed by the platform team
            - uses: acme/deploy@v2
            - uses: acme/notify@v1
      """);

  /** Linted, with no findings. */
  static final String CLEAN = ".github/actions/setup/action.yml";

  static final String IN_SOURCE_REASON = "internal action, reviewed by the platform team";

  private ReportFixture() {}

  static LintResult result() {
    List<Finding> findings = new ArrayList<>();
    int runsOn = WORKFLOW.text().indexOf("runs-on:");
    int runsOnLine = WORKFLOW.lines().lineStart(WORKFLOW.position(runsOn).line());
    findings.add(withFixes(finding(WORKFLOW, "PLB903", Severity.NOTE, runsOn, runsOn,
        "job 'build' has no timeout-minutes", "add timeout-minutes: 30 (the default is 360)"),
        Fix.safe("add 'timeout-minutes: 30' to the job", Fix.Replacement.insert(
            WORKFLOW.position(runsOnLine), "    timeout-minutes: 30\n"))));
    int first = WORKFLOW.text().indexOf("actions/checkout@v4");
    int second = WORKFLOW.text().indexOf("actions/checkout@v4", first + 1);
    for (int at : new int[] {first, second}) {
      findings.add(finding(WORKFLOW, "PLB901", Severity.WARNING, at, at + 19,
          "actions/checkout@v4 is not pinned to a full commit SHA",
          "pin it to a commit SHA and keep the tag in a comment: @<sha> # v4"));
    }
    int env = WORKFLOW.text().indexOf("env:");
    int hunter = WORKFLOW.text().indexOf("hunter2") + "hunter2".length();
    int secret = hunter - "hunter2".length();
    findings.add(withFixes(finding(WORKFLOW, "PLB902", Severity.ERROR, env, hunter,
        "env of step 3 sets TOKEN to a plaintext secret", null),
        Fix.unsafe("read TOKEN from the repository secret TOKEN", new Fix.Replacement(
            WORKFLOW.span(secret, hunter), "${{ secrets.TOKEN }}"))));

    int image = DOCKERFILE.text().indexOf("node:latest");
    findings.add(finding(DOCKERFILE, "PLB901", Severity.WARNING, image, image + 11,
        "image node:latest is not pinned to a digest", "pin it: node:22@sha256:<digest>"));

    int value = HOSTILE.text().indexOf('"');
    int valueEnd = HOSTILE.text().lastIndexOf('"') + 1;
    findings.add(finding(HOSTILE, "PLB904", Severity.ERROR, value, valueEnd,
        "GREETING contains control characters: " + HOSTILE.text().substring(value, valueEnd),
        "remove \u001b and \u202e from the value"));

    int deploy = RELEASE.text().indexOf("acme/deploy@v2");
    findings.add(finding(RELEASE, "PLB901", Severity.WARNING, deploy, deploy + 14,
        "acme/deploy@v2 is not pinned to a full commit SHA", "pin it to a commit SHA")
        .withSuppression(Suppression.inSource(IN_SOURCE_REASON)));
    int notify = RELEASE.text().indexOf("acme/notify@v1");
    findings.add(finding(RELEASE, "PLB901", Severity.WARNING, notify, notify + 14,
        "acme/notify@v1 is not pinned to a full commit SHA", "pin it to a commit SHA")
        .withSuppression(Suppression.external("")));

    findings.sort(Finding.ORDER);
    List<Notification> notifications = new ArrayList<>(List.of(
        Notification.internalError(DOCKERFILE.path(), "PLB903",
            new IllegalStateException("stage list is empty")),
        Notification.warning("vendor/huge.yml", "file skipped: larger than the 5 MB limit"),
        Notification.note(null, "no .plumbline.yml found; using the default configuration")));
    notifications.sort(Notification.ORDER);
    return new LintResult(findings, TestRules.ALL, notifications, lintedFiles());
  }

  /**
   * The fixture's files and one clean file, by path. The Dockerfile applies only some rules;
   * the kinds do not matter to reporters.
   */
  static List<LintedFile> lintedFiles() {
    List<String> all = TestRules.ALL.stream().map(RuleDescriptor::id).toList();
    List<LintedFile> files = new ArrayList<>(List.of(
        new LintedFile(WORKFLOW.path(), FileKind.GITHUB_WORKFLOW, all),
        new LintedFile(HOSTILE.path(), FileKind.GITHUB_WORKFLOW, all),
        new LintedFile(RELEASE.path(), FileKind.GITHUB_WORKFLOW, all),
        new LintedFile(CLEAN, FileKind.GITHUB_ACTION, List.of("PLB901", "PLB903")),
        new LintedFile(DOCKERFILE.path(), FileKind.GITHUB_WORKFLOW,
            List.of("PLB901", "PLB903"))));
    files.sort(Comparator.comparing(LintedFile::path));
    return files;
  }

  /** {@code count} clean files, for results whose file list does not matter. */
  static List<LintedFile> files(int count) {
    List<LintedFile> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      files.add(new LintedFile("clean-" + i + ".yml", FileKind.GITHUB_WORKFLOW,
          TestRules.ALL.stream().map(RuleDescriptor::id).toList()));
    }
    return files;
  }

  static ReportContext context(boolean colour) {
    return new ReportContext(result(), VERSION, Optional.of(SOURCE_ROOT), colour);
  }

  /** A finding over {@code [start, end)} of {@code file}, with the full lines it covers. */
  static Finding finding(SourceFile file, String ruleId, Severity severity, int start, int end,
      String message, String hint) {
    Span span = file.span(start, end);
    return new Finding(ruleId, severity, message, Optional.ofNullable(hint), file.path(), span,
        lines(file, span));
  }

  static Finding withFixes(Finding f, Fix... fixes) {
    return new Finding(f.ruleId(), f.severity(), f.message(), f.hint(), f.path(), f.span(),
        f.lines(), f.suppressions(), List.of(fixes));
  }

  static String lines(SourceFile file, Span span) {
    List<String> lines = new ArrayList<>();
    for (int line = span.start().line(); line <= span.end().line(); line++) {
      lines.add(file.lineText(line));
    }
    return String.join("\n", lines);
  }
}
