package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.model.script.ShellOptions;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Compound;
import dev.plumbline.core.shell.Operator;
import dev.plumbline.core.shell.Pipeline;
import dev.plumbline.core.shell.Stage;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Rule(id = "SH002", name = "ignored-failure", platform = Platform.SCRIPT,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "The failure of a test, lint, build or scan command is ignored")
public final class IgnoredFailure implements ScriptRule {

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Pipeline p : script.lexed().pipelines()) {
      checkRescue(p, script, ctx);
    }
    checkTrailingTrue(script, ctx);
    checkSetPlusE(script, ctx);
  }

  /** {@code npm test || true}: the command after {@code ||} always succeeds. */
  private static void checkRescue(Pipeline p, Script script, RuleContext ctx) {
    Optional<Operator> or = p.followingOperator().filter(op -> op.kind() == Operator.Kind.OR);
    Optional<Pipeline> rescue = p.next();
    if (or.isEmpty() || rescue.isEmpty() || !alwaysSucceeds(rescue.get(), true)) {
      return;
    }
    // the whole and-or chain on the left of || is rescued: a && npm test || true
    Optional<String> checked = Optional.empty();
    for (Pipeline left = p; left != null && checked.isEmpty();
        left = left.previous().filter(IgnoredFailure::joinsNext).orElse(null)) {
      checked = verification(left);
    }
    if (checked.isPresent()) {
      Pipeline r = rescue.get();
      Span span = script.span(or.get().start(), r.end());
      ctx.report(span, "'" + script.text().substring(or.get().start(), r.end()).strip()
              + "' hides the failure of " + checked.get() + ": the job passes when it fails",
          "remove it so that a failure fails the job; for a check that may fail for now, "
              + "mark the step or job as allowed to fail where the CI system shows it");
    }
  }

  /** {@code npm test; true} at the end of a script without {@code set -e}. */
  private static void checkTrailingTrue(Script script, RuleContext ctx) {
    List<Pipeline> top = script.lexed().body().pipelines();
    int firstRescue = top.size();
    while (firstRescue > 0 && alwaysSucceeds(top.get(firstRescue - 1), false)
        && top.get(firstRescue - 1).precedingOperator().filter(op -> op.kind().isSequence())
        .isPresent()) {
      firstRescue--;
    }
    if (firstRescue == top.size() || firstRescue == 0) {
      return;
    }
    Pipeline last = top.get(firstRescue - 1);
    Optional<String> checked = verification(last);
    if (checked.isPresent()
        && !script.optionsAt(last.start()).contains(ShellOption.ERREXIT)) {
      Pipeline rescue = top.get(firstRescue);
      ctx.report(script.span(rescue), "'" + text(script, rescue) + "' at the end makes the "
              + "script succeed even when " + checked.get() + " fails",
          "remove it so that the script ends with the status of " + checked.get());
    }
  }

  /** {@code set +e} followed by a check whose status nothing reads. */
  private static void checkSetPlusE(Script script, RuleContext ctx) {
    List<Command> commands = script.commands();
    for (int i = 0; i < commands.size(); i++) {
      Command set = commands.get(i);
      Optional<Word> plusE = turnsOffErrexit(set);
      if (plusE.isEmpty() || set.isInSubshell()) {
        continue;
      }
      for (int j = i + 1; j < commands.size(); j++) {
        Command c = commands.get(j);
        if (c.name().equals("set") && !c.isInSubshell()
            && ShellOptions.of(values(c)).contains(ShellOption.ERREXIT)) {
          break;
        }
        Optional<String> checked = Verification.of(c);
        if (checked.isPresent() && !c.isInSubshell() && statusIgnored(c, script)) {
          ctx.report(script.span(plusE.get()), "'set " + plusE.get().value() + "' lets the script "
                  + "go on when " + checked.get() + " fails, and nothing checks its exit status",
              "remove it, or save and check the status: " + checked.get() + " || status=$?");
          break;
        }
      }
    }
  }

  /** The {@code +e} or {@code +o} of a {@code set} that turns errexit off. */
  private static Optional<Word> turnsOffErrexit(Command c) {
    if (!c.name().equals("set")) {
      return Optional.empty();
    }
    List<Word> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (!v.startsWith("+")) {
        continue;
      }
      boolean errexitNamed = v.indexOf('o') > 0 && i + 1 < args.size()
          && args.get(i + 1).value().equals("errexit");
      if (v.indexOf('e') > 0 || errexitNamed) {
        return Optional.of(args.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a check's failure goes unnoticed: it is not a condition, not joined by && or ||,
   * not the last command of the script, and the next command does not read {@code $?}.
   */
  private static boolean statusIgnored(Command c, Script script) {
    if (c.list().kind() == CommandList.Kind.CONDITION) {
      return false;
    }
    Pipeline p = c.pipeline();
    if (p.followingOperator().map(op -> !op.kind().isSequence()).orElse(false)
        || p.precedingOperator().map(op -> !op.kind().isSequence()).orElse(false)) {
      return false;
    }
    Optional<Pipeline> next = p.next();
    if (next.isEmpty()) {
      // the last command of the script gives the script its status
      return c.list().kind() != CommandList.Kind.SCRIPT;
    }
    String following = text(script, next.get());
    return !following.contains("$?") && !following.contains("${?}")
        && !following.contains("PIPESTATUS");
  }

  private static boolean joinsNext(Pipeline p) {
    return p.followingOperator().map(op -> op.kind() == Operator.Kind.AND
        || op.kind() == Operator.Kind.OR).orElse(false);
  }

  /**
   * {@code true}, {@code :}, {@code exit 0}, or (if {@code echo} is allowed) a lone
   * {@code echo} or {@code printf} that ends the chain.
   */
  private static boolean alwaysSucceeds(Pipeline p, boolean echo) {
    if (p.isNegated() || p.stages().size() != 1 || !(p.stages().get(0) instanceof Command c)) {
      return false;
    }
    Command e = c.effective();
    if (e.is("true", ":") && e.args().isEmpty()) {
      return true;
    }
    if (e.is("exit", "return") && e.args().size() == 1 && e.args().get(0).value().equals("0")) {
      return true;
    }
    return echo && e.is("echo", "printf") && !joinsNext(p);
  }

  /** What the pipeline checks, if one of its commands is a check. */
  private static Optional<String> verification(Pipeline p) {
    for (Stage s : p.stages()) {
      List<Command> commands = new ArrayList<>();
      if (s instanceof Command c) {
        commands.add(c);
      } else if (s instanceof Compound k && (k.kind() == Compound.Kind.GROUP
          || k.kind() == Compound.Kind.SUBSHELL)) {
        k.bodies().forEach(b -> commands.addAll(b.commands()));
      }
      for (Command c : commands) {
        Optional<String> v = Verification.of(c);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> values(Command c) {
    return c.args().stream().map(Word::value).toList();
  }

  private static String text(Script script, Pipeline p) {
    return script.text().substring(p.start(), p.end());
  }
}
