package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.DockerProblem;
import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.ParsedDockerfile;
import dev.plumbline.core.docker.ParserDirective;
import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile: its parser directives, every instruction in order, the ARGs before the first FROM,
 * and its build stages.
 */
public final class Dockerfile {

  private final ParsedDockerfile syntax;
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();

  private Dockerfile(ParsedDockerfile syntax) {
    this.syntax = syntax;
    ShellSpec shell = ShellSpec.DEFAULT;
    Stage stage = null;
    List<ShellSpec> finalShells = new ArrayList<>();
    for (InstructionNode node : syntax.instructions()) {
      Instruction instruction = Instructions.of(node);
      instructions.add(instruction);
      if (instruction instanceof From from) {
        if (stage != null) {
          finalShells.add(shell);
        }
        stage = new Stage(this, stages.size(), from);
        stages.add(stage);
        shell = resolveBase(stage, finalShells);
      } else if (stage != null) {
        stage.add(instruction);
      }
      shell = link(instruction, stage, null, shell);
    }
  }

  public static Dockerfile of(ParsedDockerfile syntax) {
    return new Dockerfile(syntax);
  }

  public static Dockerfile parse(SourceFile file) {
    return of(DockerfileParser.parse(file));
  }

  /** Finds the stage a FROM builds on; returns the shell the new stage starts with. */
  private ShellSpec resolveBase(Stage stage, List<ShellSpec> finalShells) {
    Optional<Stage> base = stage.image()
        .flatMap(image -> earlierStage(image.word().value(), stage.index(), false));
    base.ifPresent(stage::baseStage);
    return base.map(b -> finalShells.get(b.index())).orElse(ShellSpec.DEFAULT);
  }

  /** Attaches an instruction to its stage and shell; returns the shell in effect after it. */
  private ShellSpec link(Instruction instruction, Stage stage, Onbuild wrapper, ShellSpec shell) {
    instruction.attach(stage, wrapper);
    if (instruction instanceof CommandInstruction command) {
      command.shell(shell);
    } else if (instruction instanceof Copy copy && stage != null) {
      copy.from().flatMap(f -> f.valueText())
          .flatMap(name -> earlierStage(name, stage.index(), true)).ifPresent(copy::fromStage);
    } else if (instruction instanceof Onbuild onbuild) {
      onbuild.trigger().ifPresent(t -> link(t, stage, onbuild, shell));
    } else if (instruction instanceof Shell set && wrapper == null) {
      return set.spec().orElse(shell);
    }
    return shell;
  }

  /** A stage before {@code before} named {@code reference} (any case), or with that index. */
  private Optional<Stage> earlierStage(String reference, int before, boolean byIndex) {
    String name = reference.toLowerCase(Locale.ROOT);
    for (int i = before - 1; i >= 0; i--) {
      Stage candidate = stages.get(i);
      if (candidate.name().filter(name::equals).isPresent()) {
        return Optional.of(candidate);
      }
    }
    if (byIndex && name.matches("[0-9]{1,9}")) {
      int index = Integer.parseInt(name);
      if (index < before) {
        return Optional.of(stages.get(index));
      }
    }
    return Optional.empty();
  }

  /** What the parser read: problems, comments, the syntax of each instruction. */
  public ParsedDockerfile syntax() {
    return syntax;
  }

  public SourceFile file() {
    return syntax.file();
  }

  /** The escape and line-continuation character: {@code \} or a backtick. */
  public char escape() {
    return syntax.escape();
  }

  public List<ParserDirective> directives() {
    return syntax.directives();
  }

  /** The directive of a name ({@code syntax}, {@code escape}, {@code check}), if present. */
  public Optional<ParserDirective> directive(String name) {
    return syntax.directive(name);
  }

  /** Every instruction in order (ONBUILD triggers not unwrapped). */
  public List<Instruction> instructions() {
    return Collections.unmodifiableList(instructions);
  }

  /** Every instruction of one type, in order. */
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The instructions before the first FROM (where only ARG is allowed). */
  public List<Instruction> preamble() {
    List<Instruction> before = new ArrayList<>();
    for (Instruction i : instructions) {
      if (i instanceof From) {
        break;
      }
      before.add(i);
    }
    return before;
  }

  /** The ARGs before the first FROM: global build arguments, usable in FROM lines. */
  public List<Arg> globalArgs() {
    return preamble().stream().filter(Arg.class::isInstance).map(Arg.class::cast).toList();
  }

  public List<Stage> stages() {
    return Collections.unmodifiableList(stages);
  }

  /** The last stage: what {@code docker build} builds without {@code --target}. */
  public Optional<Stage> finalStage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /** The stage of a name (in any case) or 0-based index. */
  public Optional<Stage> stage(String nameOrIndex) {
    return earlierStage(nameOrIndex, stages.size(), true);
  }

  public List<Comment> comments() {
    return syntax.comments();
  }

  public List<DockerProblem> problems() {
    return syntax.problems();
  }
}
