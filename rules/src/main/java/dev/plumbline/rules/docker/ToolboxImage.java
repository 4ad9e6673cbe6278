package dev.plumbline.rules.docker;

import dev.plumbline.core.rule.RuleContext;

/**
 * Images that hold tools on purpose, where rules about the tools an image ships stay quiet: a
 * development container ({@link DevContainer}), and an image that starts no program of its own
 * (no CMD or ENTRYPOINT in effect) — a base or toolbox such as buildpack-deps or a CI image, for
 * others to build on.
 */
final class ToolboxImage {

  private ToolboxImage() {}

  static boolean is(FinalImage image, RuleContext ctx) {
    return DevContainer.isLinted(ctx) || image.startCommand().isEmpty();
  }
}
