package dev.plumbline.core.rule.tool;

import dev.plumbline.core.model.script.Script;
import java.util.List;

/**
 * ShellCheck, run by the engine on a script's text (never on a file of the scanned project).
 * When the program is missing the result is empty; when it fails on a script (time limit, crash,
 * unreadable output) the engine reports a notification and the result is empty too, so a rule
 * needs no error handling.
 */
@FunctionalInterface
public interface ShellcheckTool {

  /** A ShellCheck that is not installed: every script checks clean. */
  ShellcheckTool UNAVAILABLE = (script, settings) -> List.of();

  /**
   * What ShellCheck says about a script, in the order it says it.
   *
   * @param script   the script; its shell chooses ShellCheck's dialect, and text the platform
   *                 replaces before the shell runs (GitHub {@code ${{ }}}) is hidden from it
   * @param settings which program, which checks
   */
  List<ShellcheckDiagnostic> check(Script script, ShellcheckSettings settings);
}
