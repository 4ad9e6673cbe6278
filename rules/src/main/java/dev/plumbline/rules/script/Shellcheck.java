package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.tool.RequiresTool;
import dev.plumbline.core.rule.tool.ShellcheckDiagnostic;
import dev.plumbline.core.rule.tool.ShellcheckSettings;
import java.util.List;

/**
 * What ShellCheck says about each script, when ShellCheck is installed. The engine runs it (on
 * the script's text, never on a file) and maps its positions back; this rule chooses the checks
 * and turns ShellCheck's levels into severities: error stays an error, warning a warning, info
 * and style become notes.
 */
@Rule(id = "SH011", name = "shellcheck", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "ShellCheck finds a problem in a shell script")
@RequiresTool("shellcheck")
public final class Shellcheck implements ScriptRule {

  @RuleOption(name = "executable", description = "The shellcheck program: empty to look for "
      + "shellcheck on PATH, or a name to look up on PATH, or an absolute path; its file name must "
      + "start with shellcheck, and a program among the scanned files is never run.")
  String executable = "";

  @RuleOption(name = "exclude", description = "ShellCheck codes not to report (SC2086 or 2086); "
      + "the default leaves out the checks that misread scripts cut out of CI files.")
  List<String> exclude = List.of("SC1090", "SC1091", "SC2153", "SC2154", "SC3043");

  @RuleOption(name = "minimum-level", description = "The least ShellCheck level reported: error, "
      + "warning, info or style.")
  String minimumLevel = "style";

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    ShellcheckSettings settings = new ShellcheckSettings(executable, exclude, minimumLevel);
    for (ShellcheckDiagnostic d : ctx.tools().shellcheck().check(script, settings)) {
      ctx.report(severity(d), script.span(d.start(), d.end()),
          d.codeName() + ": " + withoutFinalPeriod(d.message()),
          "see https://www.shellcheck.net/wiki/" + d.codeName());
    }
  }

  private static Severity severity(ShellcheckDiagnostic d) {
    return switch (d.level()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case INFO, STYLE -> Severity.NOTE;
    };
  }

  private static String withoutFinalPeriod(String message) {
    String m = message.strip();
    return m.endsWith(".") && !m.endsWith("..") ? m.substring(0, m.length() - 1) : m;
  }
}
