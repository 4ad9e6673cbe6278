package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.Workdir;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A relative WORKDIR that resolves against a working directory this Dockerfile never set: the
 * base image's, which can change with any new version of it. A relative WORKDIR after an
 * absolute one in the same stage (or in the stage it builds on) is well defined and not reported.
 */
@Rule(id = "DKR008", name = "relative-workdir", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"best-practice"},
    summary = "WORKDIR with a relative path that depends on the base image's working directory")
public final class RelativeWorkdir implements DockerfileRule {

  /** {@code C:\app}, {@code c:/app}: absolute on Windows images. */
  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*|[A-Za-z]:");

  /** Stages (by index) whose working directory this file has set, absolutely or by variable. */
  private final Set<Integer> anchored = new HashSet<>();
  private boolean anchoredHere;

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    anchoredHere = stage.baseStage().map(base -> anchored.contains(base.index())).orElse(false);
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Workdir workdir) || workdir.stage().isEmpty()) {
      return;
    }
    Word path = workdir.path().orElse(null);
    if (path == null || path.value().isEmpty()) {
      return; // invalid-dockerfile reports it
    }
    String value = path.value();
    if (value.equals(".") || value.equals("./")) {
      return; // changes nothing
    }
    if (isAbsolute(value) || value.startsWith("$")) {
      // a variable, such as $HOME or ${APP_DIR}, is usually absolute; it cannot be known here
      anchor(workdir.stage().get());
    } else if (!anchoredHere) {
      ctx.report(path.span(), "WORKDIR '" + value + "' is relative, and no absolute WORKDIR comes "
              + "before it: it resolves against the base image's working directory",
          "use an absolute path, such as WORKDIR /" + stripDotSlash(value));
      anchor(workdir.stage().get()); // one finding per stage: fixing it fixes the ones after
    }
  }

  private void anchor(Stage stage) {
    anchoredHere = true;
    anchored.add(stage.index());
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\")
        || WINDOWS_ABSOLUTE.matcher(path).matches();
  }

  private static String stripDotSlash(String path) {
    String p = path;
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p.equals(".") ? "" : p;
  }
}
