package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Compound;
import dev.plumbline.core.shell.Operator;
import dev.plumbline.core.shell.Pipeline;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Substitution;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pipe in a RUN whose shell has no {@code pipefail} at that point (the SHELL instruction and
 * every {@code set} before it counted), where the exit status of the pipeline decides whether the
 * build goes on: joined by {@code &&} or {@code ||}, the last command of the RUN, or under
 * {@code set -e}. Commands that cannot fail on the left of the pipe ({@code echo},
 * {@code printf}, {@code yes}, {@code cat} of a here-document) lose nothing. One finding per RUN.
 */
@Rule(id = "DKR020", name = "pipe-without-pipefail", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"correctness"},
    summary = "RUN pipes a command into another without pipefail, so its failure goes unnoticed")
public final class PipeWithoutPipefail implements DockerfileRule {

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    RunScript.of(instruction).ifPresent(script -> check(script, ctx));
  }

  private static void check(Script script, RuleContext ctx) {
    List<Pipeline> lost = new ArrayList<>();
    List<Integer> stages = new ArrayList<>();
    for (Pipeline p : script.lexed().pipelines()) {
      if (!p.hasPipe() || script.optionsAt(p.start()).contains(ShellOption.PIPEFAIL)
          || !statusDecides(p, script)) {
        continue;
      }
      OptionalInt failing = firstThatCanFail(p);
      if (failing.isPresent()) {
        lost.add(p);
        stages.add(failing.getAsInt());
      }
    }
    if (lost.isEmpty()) {
      return;
    }
    Pipeline p = lost.get(0);
    int i = stages.get(0);
    Operator pipe = p.pipes().get(i);
    String left = describe(p.stages().get(i));
    String right = describe(p.stages().get(p.stages().size() - 1));
    String more = lost.size() == 1 ? ""
        : " (" + (lost.size() - 1) + " more such pipe" + (lost.size() == 2 ? "" : "s")
            + " in this RUN)";
    ctx.report(script.span(pipe), "if " + left + " fails, this pipe still succeeds when "
            + right + " does: " + shellName(script) + " runs it without pipefail" + more,
        hint(script.shell()));
  }

  /**
   * Whether the pipeline's exit status decides anything: it is joined by {@code &&} or
   * {@code ||}, ends the RUN (or a group, branch or substitution whose status does), or runs
   * under {@code set -e}. The condition of {@code if} or {@code while} is left alone: there
   * pipefail would change what is tested.
   */
  private static boolean statusDecides(Pipeline p, Script script) {
    if (p.isNegated() || p.list().kind() == CommandList.Kind.CONDITION) {
      return false;
    }
    if (script.optionsAt(p.start()).contains(ShellOption.ERREXIT)) {
      return true;
    }
    Optional<Operator> op = p.followingOperator();
    if (op.isPresent() && (op.get().kind() == Operator.Kind.AND
        || op.get().kind() == Operator.Kind.OR)) {
      return true;
    }
    if (p.next().isPresent()) {
      return false; // followed by ; & or a new line: its status is dropped
    }
    CommandList list = p.list();
    if (list.kind() == CommandList.Kind.SCRIPT) {
      return true;
    }
    Optional<Substitution> substitution = list.substitution();
    if (substitution.isPresent()) {
      // X=$(a | b) fails with the substitution; an argument's substitution never does
      Optional<Stage> owner = substitution.get().word().flatMap(Word::stage);
      return owner.isPresent() && owner.get() instanceof Command c && c.words().isEmpty()
          && statusDecides(c.pipeline(), script);
    }
    Optional<Stage> enclosing = list.enclosingStage();
    return enclosing.isPresent() && statusDecides(enclosing.get().pipeline(), script);
  }

  /** The first stage before the last whose failure the pipe would hide. */
  private static OptionalInt firstThatCanFail(Pipeline p) {
    List<Stage> stages = p.stages();
    if (failsWithoutInput(stages.get(stages.size() - 1))) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < stages.size() - 1; i++) {
      if (canFail(stages.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean canFail(Stage stage) {
    if (stage instanceof Compound k) {
      // { echo a; echo b; } | tee file
      boolean grouping = k.kind() == Compound.Kind.GROUP || k.kind() == Compound.Kind.SUBSHELL;
      return !grouping || k.bodies().stream().flatMap(b -> b.commands().stream())
          .anyMatch(PipeWithoutPipefail::canFail);
    }
    Command c = ((Command) stage).effective();
    if (c.words().isEmpty() || c.is("echo", "printf", "yes", "true", ":")) {
      return false;
    }
    // cat without files copies a here-document or string
    return !(c.is("cat") && c.operands().isEmpty());
  }

  /**
   * A last stage that fails when the commands before it fail to write anything, so that the
   * pipe already fails: {@code grep} looking for a match, {@code sha256sum -c} checking sums.
   */
  private static boolean failsWithoutInput(Stage stage) {
    if (!(stage instanceof Command command)) {
      return false;
    }
    Command c = command.effective();
    if (c.is("grep", "egrep", "fgrep")) {
      return !c.hasFlag("-v", "--invert-match", "-c", "--count", "-L",
          "--files-without-match");
    }
    return c.is("sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "md5sum",
        "shasum", "b2sum") && c.hasFlag("-c", "--check");
  }

  private static String describe(Stage stage) {
    if (stage instanceof Command c) {
      return "'" + c.effective().program() + "'";
    }
    return switch (((Compound) stage).kind()) {
      case SUBSHELL -> "the ( ) subshell";
      case GROUP -> "the { } group";
      case IF -> "the if block";
      case CASE -> "the case block";
      default -> "the loop";
    };
  }

  private static String shellName(Script script) {
    return script.shell() == ShellKind.BASH ? "bash" : "the POSIX shell";
  }

  private static String hint(ShellKind shell) {
    String bash = "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";
    if (shell == ShellKind.BASH) {
      return "start the RUN with set -o pipefail &&, or put " + bash
          + " once before the RUN instructions";
    }
    return "put " + bash + " before the RUN instructions (where the image has bash); on "
        + "Alpine, whose ash knows pipefail, start the RUN with set -o pipefail &&";
  }
}
