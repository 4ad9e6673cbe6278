package dev.plumbline.core.rule;

import dev.plumbline.core.source.Span;

/**
 * Where a cross-file rule reports, once every file of the run is linted. Each finding goes into
 * the file it points into, with that file's configuration (a rule turned off for the file reports
 * nothing there) and its suppressions.
 */
public interface ProjectContext {

  /**
   * Reports a finding at the rule's severity for the file.
   *
   * @param path    the file the span is in, as the model gives it ({@code KubeObject.path()})
   * @param span    the most specific region of that file
   * @param message what is wrong, in one sentence
   * @param hint    how to fix it, or {@code null}
   */
  void report(String path, Span span, String message, String hint);
}
