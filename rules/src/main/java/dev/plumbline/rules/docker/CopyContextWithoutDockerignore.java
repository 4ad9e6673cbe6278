package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Copy;
import dev.plumbline.core.model.docker.FileCopy;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectView.Presence;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * {@code COPY . ...} or {@code ADD . ...} of the whole build context when neither a
 * {@code .dockerignore} nor a {@code <Dockerfile>.dockerignore} sits beside the Dockerfile. The
 * build context is taken to be the Dockerfile's folder, as it usually is; the engine answers
 * whether the files exist, and when it cannot know (standard input) nothing is reported. One
 * finding per file: one ignore file fixes every such COPY.
 */
@Rule(id = "DKR025", name = "copy-context-without-dockerignore", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"security", "best-practice"}, securitySeverity = 3.0,
    summary = "COPY of the whole build context with no .dockerignore beside the Dockerfile")
public final class CopyContextWithoutDockerignore implements DockerfileRule {

  private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "./.", "/", "*");

  private boolean judged;

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (judged || !(instruction instanceof FileCopy copy) || copiesFromElsewhere(copy)) {
      return;
    }
    Optional<Word> whole = copy.sources().stream()
        .filter(s -> copy.heredoc(s).isEmpty() && WHOLE_CONTEXT.contains(s.value()))
        .findFirst();
    if (whole.isEmpty()) {
      return;
    }
    judged = true; // asked once: the answer is the same for every COPY of the file
    String dockerfile = fileName(ctx.file().path());
    if (ctx.project().sibling(".dockerignore") != Presence.ABSENT
        || ctx.project().sibling(dockerfile + ".dockerignore") != Presence.ABSENT) {
      return;
    }
    ctx.report(whole.get().span(), copy.keyword() + " " + whole.get().value() + " copies the "
            + "whole build context, and there is no .dockerignore beside the Dockerfile to keep "
            + ".git, local secrets and build output out of the image",
        "add a .dockerignore (or " + dockerfile + ".dockerignore) listing what the image does "
            + "not need, such as .git, .env and node_modules, or copy only the files it needs");
  }

  /**
   * {@code COPY --from} copies from a stage or image, not the context; {@code --exclude} shows
   * the author chose what to leave out.
   */
  private static boolean copiesFromElsewhere(FileCopy copy) {
    return copy instanceof Copy c && c.from().isPresent() || copy.flag("exclude").isPresent();
  }

  private static String fileName(String path) {
    String normalized = path.replace('\\', '/');
    return normalized.substring(normalized.lastIndexOf('/') + 1);
  }
}
