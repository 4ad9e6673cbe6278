package dev.plumbline.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple JSON report for scripts. The format is stable: fields may be added in later
 * versions, but none is renamed, removed or changes meaning. Keys appear in the order shown;
 * the file is UTF-8, indented with two spaces and ends with a line break.
 *
 * <pre>{@code
 * {
 *   "tool": {"name": "Plumbline", "version": "0.1.0"},
 *   "summary": {"errors": 1, "warnings": 0, "notes": 0, "suppressed": 1, "filesLinted": 12},
 *   "findings": [
 *     {
 *       "ruleId": "GHA001",
 *       "ruleName": "unpinned-action",
 *       "severity": "error",
 *       "message": "actions/checkout@v4 is not pinned to a commit SHA",
 *       "hint": "pin it to the commit SHA of the release",
 *       "path": ".github/workflows/ci.yml",
 *       "start": {"line": 12, "column": 13},
 *       "end": {"line": 12, "column": 32},
 *       "fingerprint": "5e0d3c1f9a7b2e64:1",
 *       "suppressions": [],
 *       "fixes": []
 *     },
 *     {
 *       "ruleId": "GHA001",
 *       ...
 *       "suppressions": [{"kind": "inSource", "justification": "internal action, same repo"}],
 *       "fixes": [
 *         {
 *           "description": "add 'persist-credentials: false' to the checkout",
 *           "safe": true,
 *           "replacements": [
 *             {"start": {"line": 9, "column": 1}, "end": {"line": 9, "column": 1},
 *              "text": "        with:\n          persist-credentials: false\n"}
 *           ]
 *         }
 *       ]
 *     }
 *   ],
 *   "notifications": [
 *     {"level": "warning", "message": "file skipped: larger than 5 MB", "path": "big.yml"}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code summary}: number of findings per severity, not counting suppressed ones; number
 *       of suppressed findings; number of files linted.
 *   <li>{@code findings}: every finding, suppressed ones included, sorted by path, line, column
 *       and rule ID.
 *       {@code ruleName} is the rule's kebab-case name ({@code null} in the unlikely case that
 *       the rule is not among the rules that ran); {@code severity} is {@code error},
 *       {@code warning} or {@code note}; {@code hint} is present only when the rule gave one;
 *       {@code path} is relative to the scanned base directory with {@code /} separators;
 *       {@code start} and {@code end} are 1-based, columns counted in Unicode code points,
 *       {@code end} exclusive (equal to {@code start} for a point); {@code fingerprint} is the
 *       {@link Fingerprints} value, stable when unrelated lines are added or removed.
 *   <li>{@code suppressions}: always present, so that {@code suppressions == []} selects the
 *       findings that count. Each entry has {@code kind}, {@code inSource} (a comment or
 *       annotation in the file) or {@code external} (a baseline), as SARIF names them, and
 *       {@code justification}, the reason given with it ({@code ""} when none was given).
 *   <li>{@code fixes}: always present; the changes the rule offers, each with a
 *       {@code description}, {@code safe} (whether {@code --fix} applies it without review) and
 *       its {@code replacements}, in file order: the region {@code start}-{@code end} (as for
 *       the finding; equal for an insertion) is replaced by {@code text}.
 *   <li>{@code notifications}: what the run has to say besides findings (internal errors,
 *       skipped files); {@code level} is {@code error}, {@code warning} or {@code note};
 *       {@code path} and {@code ruleId} are present only when the notification has them.
 * </ul>
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(ReportContext context, Writer out) throws IOException {
    JsonOutput.write(toJson(context), out);
  }

  /** The report as a JSON tree. */
  public ObjectNode toJson(ReportContext context) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    LintResult result = context.result();
    ObjectNode root = json.objectNode();
    root.putObject("tool")
        .put("name", SarifReporter.TOOL_NAME)
        .put("version", context.toolVersion());
    Summary summary = Summary.of(result);
    root.putObject("summary")
        .put("errors", summary.errors())
        .put("warnings", summary.warnings())
        .put("notes", summary.notes())
        .put("suppressed", summary.suppressed())
        .put("filesLinted", summary.filesLinted());

    Map<String, String> names = new HashMap<>();
    for (RuleDescriptor rule : result.rules()) {
      names.putIfAbsent(rule.id(), rule.name());
    }
    List<String> fingerprints = Fingerprints.of(result.findings());
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      ObjectNode node = findings.addObject()
          .put("ruleId", f.ruleId())
          .put("ruleName", names.get(f.ruleId()))
          .put("severity", f.severity().label())
          .put("message", f.message());
      f.hint().ifPresent(hint -> node.put("hint", hint));
      node.put("path", f.path());
      position(node.putObject("start"), f.span().start());
      position(node.putObject("end"), f.span().end());
      node.put("fingerprint", fingerprints.get(i));
      ArrayNode suppressions = node.putArray("suppressions");
      for (Suppression s : f.suppressions()) {
        suppressions.addObject()
            .put("kind", s.kind().sarifName())
            .put("justification", s.justification());
      }
      ArrayNode fixes = node.putArray("fixes");
      for (Fix fix : f.fixes()) {
        ObjectNode entry = fixes.addObject()
            .put("description", fix.description())
            .put("safe", fix.safe());
        ArrayNode replacements = entry.putArray("replacements");
        for (Fix.Replacement r : fix.replacements()) {
          ObjectNode replacement = replacements.addObject();
          position(replacement.putObject("start"), r.deleted().start());
          position(replacement.putObject("end"), r.deleted().end());
          replacement.put("text", r.inserted());
        }
      }
    }

    ArrayNode notifications = root.putArray("notifications");
    for (Notification n : result.notifications()) {
      ObjectNode node = notifications.addObject()
          .put("level", n.level().label())
          .put("message", n.message());
      n.path().ifPresent(path -> node.put("path", path));
      n.ruleId().ifPresent(id -> node.put("ruleId", id));
    }
    return root;
  }

  private static void position(ObjectNode node, Position position) {
    node.put("line", position.line()).put("column", position.column());
  }
}
