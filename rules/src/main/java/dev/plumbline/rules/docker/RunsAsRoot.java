package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.CommandInstruction;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.User;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The final image runs as root: its last USER (in the final stage or a stage it builds on) is
 * root, or it has no USER at all while this Dockerfile gives it a CMD or ENTRYPOINT. A USER
 * given by a variable is not judged, nor a registry base image that says in its name that it
 * runs unprivileged ({@code distroless/static:nonroot}, {@code nginx-unprivileged}).
 */
@Rule(id = "DKR004", name = "runs-as-root", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"security", "least-privilege"}, securitySeverity = 5.0,
    summary = "Container of the final image runs as root")
public final class RunsAsRoot implements DockerfileRule {

  /**
   * Words with which image names say the image already runs as an unprivileged user; Windows
   * Nano Server images run as ContainerUser.
   */
  private static final List<String> NON_ROOT_MARKERS =
      List.of("nonroot", "non-root", "rootless", "unprivileged", "nanoserver");

  /** Tools with which an entrypoint script drops root before it starts the service. */
  private static final Pattern PRIVILEGE_DROP =
      Pattern.compile("\\b(gosu|su-exec|setpriv|runuser|s6-setuidgid)\\b");

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    if (!DevContainer.isLinted(ctx)) {
      FinalImage.of(dockerfile).ifPresent(image -> check(image, ctx));
    }
  }

  private static void check(FinalImage image, RuleContext ctx) {
    Optional<User> user = image.last(User.class);
    if (user.isPresent()) {
      Optional<Word> name = user.get().name().filter(n -> !n.hasVariables());
      if (name.isPresent() && isRoot(name.get())) {
        String who = name.get().value().equals("root") || name.get().value().equals("0")
            ? "root" : "an administrator";
        ctx.report(name.get().span(), "the final image runs as " + who + ": 'USER "
            + user.get().user().orElseThrow().text() + "' is the last USER in effect",
            "switch to an unprivileged user once the steps that need root are done, "
                + "such as USER 10001 (create it with useradd, or use the base image's own)");
      }
      return;
    }
    Optional<CommandInstruction> start = image.startCommand();
    if (start.isEmpty() || namesNonRootImage(image.root()) || dropsRoot(image, ctx)) {
      return;
    }
    String program = StartProgram.of(start.get().command()).map(p -> " '" + p + "'").orElse("");
    Stage root = image.root();
    String caveat = root.image().filter(i -> !i.isScratch())
        .map(i -> ", unless base image '" + i.text() + "' sets one").orElse("");
    boolean windows = isWindows(root);
    ctx.report(image.placeFor(start.get()), "the final image has no USER, so its container runs"
        + program + (windows ? " as ContainerAdministrator" : " as root") + caveat,
        windows ? "add USER ContainerUser before " + start.get().keyword()
            : "create an unprivileged user and add USER <name or UID> before "
                + start.get().keyword() + ", such as RUN useradd --system --uid 10001 app and "
                + "USER 10001");
  }

  /** root or UID 0 on Linux; ContainerAdministrator on Windows. */
  private static boolean isRoot(Word name) {
    String value = name.value();
    return value.equals("root") || value.equals("0")
        || value.equalsIgnoreCase("ContainerAdministrator");
  }

  /**
   * Whether the final image installs or calls a tool that switches to another user, as the
   * entrypoints of database images do after preparing their data directory as root.
   */
  private static boolean dropsRoot(FinalImage image, RuleContext ctx) {
    return image.stages().stream().flatMap(s -> s.instructions().stream())
        .anyMatch(i -> PRIVILEGE_DROP.matcher(ctx.file().text(i.span())).find());
  }

  /** Windows Server Core images, which run as ContainerAdministrator unless told otherwise. */
  private static boolean isWindows(Stage root) {
    String text = root.image().map(i -> i.text().toLowerCase(Locale.ROOT)).orElse("");
    return text.contains("windows/") || text.contains("servercore");
  }

  private static boolean namesNonRootImage(Stage root) {
    String text = root.image().map(i -> i.text().toLowerCase(Locale.ROOT)).orElse("");
    return NON_ROOT_MARKERS.stream().anyMatch(text::contains);
  }
}
