package dev.plumbline.core.rule;

import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;

/**
 * Where a {@link GitLabRule} reports while it visits a pipeline. A pipeline may be written across
 * several files ({@code include: local:}); a finding goes into the file where the node it is
 * about is written, with that file's configuration and suppressions, so a finding on a value a
 * job inherits from an included template points at the template.
 */
public interface GitLabContext {

  /** The pipeline being visited. */
  Pipeline pipeline();

  /**
   * Reports a finding at an explicit severity.
   *
   * @param at       the node the finding is about: it decides the file
   * @param span     the most specific region, inside the file of {@code at}: usually its span
   * @param message  what is wrong, in one sentence, naming the offending value
   * @param hint     how to fix it, or {@code null}
   */
  void report(Severity severity, YamlNode at, Span span, String message, String hint);

  /** Reports a finding at the rule's severity, at a region of the file of {@code at}. */
  void report(YamlNode at, Span span, String message, String hint);

  /** Reports a finding at the rule's severity, at the whole of {@code at}. */
  default void report(YamlNode at, String message, String hint) {
    report(at, at.span(), message, hint);
  }
}
