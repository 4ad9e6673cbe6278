package dev.plumbline.core.rule.tool;

/**
 * The external programs the engine runs on a rule's behalf. Rules never start processes
 * themselves; the engine finds the program, runs it with a time limit and reads its output.
 */
public interface ExternalTools {

  /** No external programs: every tool reports nothing. */
  ExternalTools NONE = () -> ShellcheckTool.UNAVAILABLE;

  /** ShellCheck, if the engine may run it. */
  ShellcheckTool shellcheck();
}
