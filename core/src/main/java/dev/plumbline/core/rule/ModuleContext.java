package dev.plumbline.core.rule;

import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.source.Span;

/**
 * Where a {@link TerraformRule} reports while it visits a module. A finding goes into the file
 * of the node it is about, with that file's configuration (a rule turned off for the file
 * reports nothing there) and suppressions.
 */
public interface ModuleContext {

  /** The module being visited. */
  TerraformModule module();

  /**
   * Reports a finding at the rule's severity.
   *
   * @param path    the display path of the file the span is in ({@link TerraformNode#path()})
   * @param span    the most specific region of that file: the offending value, not its block
   * @param message what is wrong, in one sentence, naming the offending value
   * @param hint    how to fix it, or {@code null}
   */
  void report(String path, Span span, String message, String hint);

  /** Reports a finding at a span in the file of {@code node}. */
  default void report(TerraformNode node, Span span, String message, String hint) {
    report(node.path(), span, message, hint);
  }

  /** Reports a finding at a span in the file of {@code node}, without a hint. */
  default void report(TerraformNode node, Span span, String message) {
    report(node.path(), span, message, null);
  }

  /** Reports a finding at the whole of {@code node}. */
  default void report(TerraformNode node, String message, String hint) {
    report(node.path(), node.span(), message, hint);
  }
}
