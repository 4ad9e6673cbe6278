package dev.plumbline.core.engine.docker;

import dev.plumbline.core.docker.DockerProblem;
import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.docker.ParsedDockerfile;
import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.FileLint.ActiveRule;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.source.FileKind;
import java.util.List;
import java.util.Set;

/**
 * Dockerfiles: parse, suppressions from comment lines, the {@link DockerfileRule}s over the model,
 * then the script rules over every RUN script.
 */
public final class DockerfileLinter implements PlatformLinter {

  private static final String INVALID = Platform.DOCKERFILE.invalidFileRuleId();

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.DOCKERFILE);
  }

  @Override
  public Platform platform() {
    return Platform.DOCKERFILE;
  }

  /** The shell rules run on every RUN script. */
  @Override
  public Set<Platform> extraPlatforms() {
    return Set.of(Platform.SCRIPT);
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    ParsedDockerfile parsed = DockerfileParser.parse(lint.file());
    lint.addDirectives(DockerfileDirectives.read(parsed));
    for (DockerProblem problem : parsed.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    Dockerfile dockerfile = Dockerfile.of(parsed);
    walk(lint, lint.instantiate(DockerfileRule.class), dockerfile);
    for (Instruction instruction : dockerfile.instructions()) {
      Instruction run = instruction instanceof Onbuild onbuild
          ? onbuild.trigger().orElse(instruction) : instruction;
      if (run instanceof Run r) {
        r.script().ifPresent(lint::lintScript);
      }
    }
    lint.observe(o -> o.dockerfile(dockerfile));
  }

  private static void walk(FileLint lint, List<ActiveRule<DockerfileRule>> rules,
      Dockerfile dockerfile) {
    for (ActiveRule<DockerfileRule> r : rules) {
      lint.call(r, rule -> rule.visitDockerfile(dockerfile, r.context()));
    }
    for (Instruction instruction : dockerfile.preamble()) {
      visit(lint, rules, instruction);
    }
    for (Stage stage : dockerfile.stages()) {
      for (ActiveRule<DockerfileRule> r : rules) {
        lint.call(r, rule -> rule.visitStage(stage, r.context()));
      }
      for (Instruction instruction : stage.instructions()) {
        visit(lint, rules, instruction);
      }
    }
    for (ActiveRule<DockerfileRule> r : rules) {
      lint.call(r, rule -> rule.visitDockerfileEnd(dockerfile, r.context()));
    }
  }

  private static void visit(FileLint lint, List<ActiveRule<DockerfileRule>> rules,
      Instruction instruction) {
    for (ActiveRule<DockerfileRule> r : rules) {
      lint.call(r, rule -> rule.visitInstruction(instruction, r.context()));
    }
  }
}
