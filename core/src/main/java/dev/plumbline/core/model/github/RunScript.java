package dev.plumbline.core.model.github;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.Optional;

/**
 * The script of a {@code run:} step, with the shell that runs it.
 *
 * @param node  the scalar holding the script; its value is the script text
 * @param shell the effective shell as written on the step, job {@code defaults.run.shell} or
 *              workflow {@code defaults.run.shell}; empty means the runner's default (bash on
 *              Linux and macOS, pwsh on Windows)
 */
public record RunScript(YamlScalar node, Optional<String> shell) {

  public String text() {
    return node.value();
  }

  public Span span() {
    return node.span();
  }

  /** Exact source span of {@code text().substring(start, end)}. */
  public Span spanOf(int start, int end) {
    return node.spanOf(start, end);
  }
}
