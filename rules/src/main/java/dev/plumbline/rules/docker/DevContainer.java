package dev.plumbline.rules.docker;

import dev.plumbline.core.rule.ProjectView.Presence;
import dev.plumbline.core.rule.RuleContext;

/**
 * Whether the linted Dockerfile builds a development container (VS Code, Codespaces): it sits in a
 * {@code .devcontainer} folder or beside a {@code devcontainer.json}. There the user and the
 * running of the container are chosen by {@code devcontainer.json} ({@code remoteUser},
 * {@code containerUser}), not by the image.
 */
final class DevContainer {

  private DevContainer() {}

  static boolean isLinted(RuleContext ctx) {
    String path = "/" + ctx.file().path().replace('\\', '/');
    return path.contains("/.devcontainer/")
        || ctx.project().sibling("devcontainer.json") == Presence.PRESENT
        || ctx.project().sibling(".devcontainer.json") == Presence.PRESENT;
  }
}
