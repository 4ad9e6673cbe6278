package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.model.docker.Copy;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stage names that do not say what they seem to: a name two stages share, a {@code COPY --from}
 * of the stage it is in or of a stage defined after it, a stage index beyond the last stage, and
 * a {@code COPY --from} of a near miss of a stage name (Docker then looks for an image or a named
 * build context of the misspelt name). Other names, references that look like images
 * ({@code nginx:1.27}, {@code ghcr.io/org/tool}) and references made of variables are left
 * alone.
 */
@Rule(id = "DKR024", name = "bad-stage-reference", platform = Platform.DOCKERFILE,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Duplicate stage name, or COPY --from of its own, a later or a misspelt stage")
public final class BadStageReference implements DockerfileRule {

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    Map<String, Stage> byName = new HashMap<>();
    for (Stage stage : dockerfile.stages()) {
      Optional<String> name = stage.name();
      if (name.isEmpty()) {
        continue;
      }
      Stage first = byName.putIfAbsent(name.get(), stage);
      if (first != null) {
        ctx.report(stage.alias().orElseThrow().span(), "stage name '" + name.get() + "' is "
                + "already used by the stage on line " + first.from().line()
                + ": references to it are ambiguous",
            "give each stage a name of its own");
      }
    }
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (!(instruction instanceof Copy copy) || copy.stage().isEmpty() || copy.isTrigger()) {
      return; // an ONBUILD COPY --from refers to a stage of the build that uses this image
    }
    Flag from = copy.from().orElse(null);
    if (from == null || from.value().isEmpty() || copy.fromStage().isPresent()) {
      return;
    }
    String reference = from.valueText().orElseThrow();
    if (reference.isEmpty() || from.value().get().hasVariables() || looksLikeImage(reference)) {
      return;
    }
    Stage current = copy.stage().get();
    List<Stage> stages = current.dockerfile().stages();
    String name = reference.toLowerCase(Locale.ROOT);
    if (current.name().filter(name::equals).isPresent()
        || name.equals(Integer.toString(current.index()))) {
      ctx.report(from.valueSpan(), "COPY --from=" + reference + " copies from the stage it is "
          + "in, which Docker cannot build", "copy from an earlier stage, or use a plain COPY "
          + "from the build context");
      return;
    }
    Optional<Stage> later = stages.stream().filter(s -> s.index() > current.index())
        .filter(s -> s.name().filter(name::equals).isPresent()
            || name.equals(Integer.toString(s.index())))
        .findFirst();
    if (later.isPresent()) {
      ctx.report(from.valueSpan(), "COPY --from=" + reference + " refers to a stage defined "
          + "later, on line " + later.get().from().line() + (name.matches("[0-9]+") ? ""
              : "; the classic builder pulls an image of that name instead"),
          "move the " + later.get().label() + " above the stage that copies from it");
    } else if (name.matches("[0-9]+")) {
      ctx.report(from.valueSpan(), "COPY --from=" + reference + " refers to stage index "
          + reference + ", but the Dockerfile has only " + stages.size() + " stage"
          + (stages.size() == 1 ? "" : "s"), "refer to the stage by its name");
    } else {
      // a name that is no stage may be an image (--from=busybox) or a named build context
      // (docker buildx build --build-context name=dir): only a near miss of a stage is a typo
      List<String> others = stages.stream().filter(s -> s != current)
          .flatMap(s -> s.name().stream()).toList();
      Suggestions.closest(reference, others).ifPresent(stage -> ctx.report(from.valueSpan(),
          "no stage named '" + reference + "'; did you mean '" + stage + "'? Docker takes "
              + "'" + reference + "' for an image or a named build context",
          "correct the stage name to --from=" + stage));
    }
  }

  /** A tag, a digest or a path: an image, not a stage name. */
  private static boolean looksLikeImage(String reference) {
    return reference.indexOf(':') >= 0 || reference.indexOf('/') >= 0
        || reference.indexOf('@') >= 0;
  }
}
