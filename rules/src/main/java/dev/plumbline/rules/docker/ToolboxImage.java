package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Cmd;
import dev.plumbline.core.model.docker.Entrypoint;
import dev.plumbline.core.rule.ProjectView.Presence;
import dev.plumbline.core.rule.RuleContext;

/**
 * Images that hold tools on purpose, where rules about the tools an image ships stay quiet: a
 * development container (VS Code, Codespaces: in a {@code .devcontainer} folder or beside a
 * {@code devcontainer.json}), and an image that starts no program of its own (no CMD or
 * ENTRYPOINT in its stages) — a base or toolbox such as buildpack-deps or a CI image, for others
 * to build on.
 */
final class ToolboxImage {

  private ToolboxImage() {}

  static boolean is(ImageChain chain, RuleContext ctx) {
    return isDevContainer(ctx) || !startsProgram(chain);
  }

  private static boolean startsProgram(ImageChain chain) {
    return chain.stages().stream().flatMap(s -> s.instructions().stream())
        .anyMatch(i -> i instanceof Cmd || i instanceof Entrypoint);
  }

  private static boolean isDevContainer(RuleContext ctx) {
    String path = "/" + ctx.file().path().replace('\\', '/');
    return path.contains("/.devcontainer/")
        || ctx.project().sibling("devcontainer.json") == Presence.PRESENT
        || ctx.project().sibling(".devcontainer.json") == Presence.PRESENT;
  }
}
