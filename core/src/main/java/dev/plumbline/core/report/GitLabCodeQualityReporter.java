package dev.plumbline.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array with one
 * issue per finding, in the subset of the Code Climate format GitLab reads.
 *
 * <pre>{@code
 * [
 *   {
 *     "description": "actions/checkout@v4 is not pinned to a commit SHA. Hint: pin it.",
 *     "check_name": "GHA001",
 *     "fingerprint": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
 *     "severity": "minor",
 *     "location": {"path": ".github/workflows/ci.yml", "lines": {"begin": 12, "end": 12}}
 *   }
 * ]
 * }</pre>
 *
 * <ul>
 *   <li>{@code description}: the message and the hint, as in SARIF.
 *   <li>{@code check_name}: the rule ID.
 *   <li>{@code fingerprint}: 32 hex digits (the length of the MD5 in GitLab's example), the
 *       start of the SHA-256 of the path and the finding's {@link Fingerprints} value. GitLab
 *       compares fingerprints between the source and the target branch of a merge request,
 *       so they do not change when unrelated lines move; and it shows issues with equal
 *       fingerprints as one, so every issue in a report has its own (the
 *       {@link Fingerprints} occurrence number tells identical lines apart).
 *   <li>{@code severity}, one of GitLab's {@code info}, {@code minor}, {@code major},
 *       {@code critical} and {@code blocker}: {@code error} is {@code major}, {@code warning}
 *       {@code minor}, {@code note} {@code info}. {@code critical} and {@code blocker} are not
 *       used, so that in the report GitLab merges from several tools a Plumbline error ranks
 *       with other linters' errors rather than above them.
 *   <li>{@code location}: the relative path and the first and last line of the span.
 * </ul>
 *
 * <p>Suppressed findings are left out. The file is UTF-8 without byte order mark (GitLab's
 * parser rejects one) and an empty run gives {@code []}.
 */
public final class GitLabCodeQualityReporter implements Reporter {

  /** Hex digits of a fingerprint. */
  public static final int FINGERPRINT_LENGTH = 32;

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    JsonOutput.write(toJson(context), out);
  }

  /** The report as a JSON tree. */
  public ArrayNode toJson(ReportContext context) {
    List<Finding> findings = context.result().findings();
    // computed over all findings, as in SARIF and JSON, so that the occurrence numbers agree
    List<String> fingerprints = Fingerprints.of(findings);
    ArrayNode issues = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.isSuppressed()) {
        continue;
      }
      ObjectNode issue = issues.addObject()
          .put("description", SarifReporter.sentence(f.message())
              + f.hint().map(h -> " Hint: " + SarifReporter.sentence(h)).orElse(""))
          .put("check_name", f.ruleId())
          .put("fingerprint", fingerprint(f.path(), fingerprints.get(i)))
          .put("severity", severity(f.severity()));
      ObjectNode location = issue.putObject("location").put("path", f.path());
      location.putObject("lines")
          .put("begin", f.span().start().line())
          .put("end", f.span().end().line());
    }
    return issues;
  }

  /** The issue fingerprint of a finding with {@link Fingerprints} value {@code fingerprint}. */
  static String fingerprint(String path, String fingerprint) {
    return Fingerprints.sha256Hex(FINGERPRINT_LENGTH, path, fingerprint);
  }

  /** The GitLab severity of a Plumbline severity. */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case NOTE -> "info";
    };
  }
}
