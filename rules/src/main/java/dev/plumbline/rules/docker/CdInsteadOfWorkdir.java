package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.Workdir;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.CommandList;
import dev.plumbline.core.shell.Operator;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cd} in a RUN that moves the rest of the script to another directory. Not reported: a
 * {@code cd} in a subshell or command substitution, which stays there (the form hadolint
 * recommends); {@code cd dir && cmd} at the end of a RUN, which reaches one command, like
 * {@code make -C dir}; a {@code cd} into a scratch folder the RUN removes later, or back out of
 * one, where WORKDIR would be wrong; a {@code cd} back to the WORKDIR. One finding per RUN, at
 * its first {@code cd} that is.
 */
@Rule(id = "DKR007", name = "cd-instead-of-workdir", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"maintainability"},
    summary = "RUN moves around with cd where WORKDIR would say where it works")
public final class CdInsteadOfWorkdir implements DockerfileRule {

  /** Where {@code cd "$(mktemp -d)"} goes: a new scratch folder. */
  private static final String MKTEMP = "$(mktemp)";

  /** The WORKDIR in effect per stage, as written; "/" until one is set. */
  private final Map<Stage, String> workdirs = new HashMap<>();

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    workdirs.put(stage, stage.baseStage().map(workdirs::get).orElse("/"));
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    Optional<Stage> stage = instruction.stage();
    if (instruction instanceof Workdir w && stage.isPresent()) {
      String path = w.path().map(p -> p.value()).orElse("");
      String current = workdirs.getOrDefault(stage.get(), "/");
      workdirs.put(stage.get(), resolve(path, Optional.of(current)).orElse(current));
    }
    String workdir = stage.map(s -> workdirs.getOrDefault(s, "/")).orElse("/");
    RunScript.of(instruction).ifPresent(script -> check(script, workdir, ctx));
  }

  private static void check(Script script, String workdir, RuleContext ctx) {
    List<Command> commands = script.commands();
    Folders folders = Folders.follow(commands, workdir);
    List<String> scratch = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      if (!folders.moves(commands.get(i))) {
        continue;
      }
      Command cd = commands.get(i).effective();
      Optional<String> target = folders.target(commands.get(i));
      if (target.isPresent()) {
        String dir = target.get();
        if (dir.equals(MKTEMP) || folders.removedAfter(cd, dir)) {
          scratch.add(dir); // a scratch folder: WORKDIR would leave it behind, empty
          continue;
        }
        if (dir.equals(workdir) || scratch.stream().anyMatch(d -> isWithin(d, dir))) {
          continue; // back to the WORKDIR, or out of a scratch folder
        }
      }
      List<Command> after = commands.subList(i + 1, commands.size()).stream()
          .filter(c -> c.start() >= cd.end()).toList();
      if (after.isEmpty()) {
        if (cd.list().kind() != CommandList.Kind.LOOP_BODY) {
          ctx.report(span(script, cd), "'" + text(cd) + "' is the last thing this RUN does: it "
              + "changes nothing, the next instruction starts in the WORKDIR again",
              "use " + workdir(cd) + " to change the directory of the instructions that follow");
          return;
        }
        continue;
      }
      if (after.size() == 1 && reachesOnlyTheNext(cd, after.get(0))) {
        continue;
      }
      ctx.report(span(script, cd), "'" + text(cd) + "' moves the rest of this RUN to another "
              + "directory, out of sight of the WORKDIR the Dockerfile states",
          "set " + workdir(cd) + " before the RUN, pass the directory to the commands "
              + "(make -C, npm --prefix, tar -C), or keep the cd in a subshell: ("
              + text(cd) + " && ...)");
      return;
    }
  }

  /**
   * The folders a RUN moves to and removes, followed in the order written: where each top-level
   * {@code cd} goes and which folders an {@code rm -r} deletes, as far as they are known.
   */
  private static final class Folders {

    /** An {@code rm -r} of a folder, at a script offset. */
    private record Removal(int at, String path) {}

    private final Map<Command, Optional<String>> targets = new HashMap<>();
    private final List<Removal> removals = new ArrayList<>();

    static Folders follow(List<Command> commands, String workdir) {
      Folders folders = new Folders();
      Optional<String> here = Optional.of(workdir);
      for (Command c : commands) {
        Command e = c.effective();
        if (e.is("cd", "pushd") && !e.isInSubshell() && !returnsBack(e)) {
          here = CdInsteadOfWorkdir.target(e, here);
          folders.targets.put(c, here);
        } else if (e.is("rm") && e.hasFlag("-r", "-R", "--recursive")) {
          for (Word operand : e.operands()) {
            resolve(operand.value(), here)
                .ifPresent(path -> folders.removals.add(new Removal(c.start(), path)));
          }
        }
      }
      return folders;
    }

    /** Whether the command is a cd (or pushd) of the script's own shell. */
    boolean moves(Command c) {
      return targets.containsKey(c);
    }

    Optional<String> target(Command cd) {
      return targets.getOrDefault(cd, Optional.empty());
    }

    /** Whether an {@code rm -r} after the cd removes the folder or one around it. */
    boolean removedAfter(Command cd, String folder) {
      return removals.stream().anyMatch(r -> r.at() > cd.start() && !r.path().equals("/")
          && isWithin(folder, r.path()));
    }
  }

  /** The folder a cd goes to, as far as it is known: {@code $tmp} stays as written. */
  private static Optional<String> target(Command cd, Optional<String> here) {
    List<Word> operands = cd.operands();
    if (operands.size() != 1) {
      return Optional.empty();
    }
    if (operands.get(0).substitutions().stream().anyMatch(s -> s.body().commands().stream()
        .anyMatch(c -> c.effective().is("mktemp")))) {
      return Optional.of(MKTEMP);
    }
    return resolve(operands.get(0).value(), here);
  }

  /** A path made absolute against the current folder, if that is known. */
  private static Optional<String> resolve(String path, Optional<String> here) {
    String p = path.endsWith("/*") ? path.substring(0, path.length() - 2) : path;
    if (p.startsWith("/") || p.startsWith("$")) {
      return Optional.of(normalize(p));
    }
    return here.map(h -> normalize(h + "/" + p));
  }

  /** Whether {@code path} is {@code dir} or inside it. */
  private static boolean isWithin(String path, String dir) {
    return path.equals(dir) || path.startsWith(dir.equals("/") ? "/" : dir + "/");
  }

  /** Collapses {@code //}, {@code .} and {@code dir/..}; keeps a leading variable. */
  private static String normalize(String path) {
    boolean absolute = path.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return (absolute ? "/" : "") + String.join("/", parts);
  }

  /** {@code cd -} returns to where the script was. */
  private static boolean returnsBack(Command cd) {
    List<Word> operands = cd.operands();
    return operands.size() == 1 && operands.get(0).value().equals("-");
  }

  /** {@code cd dir && cmd}, where {@code cmd} is the last command of the RUN. */
  private static boolean reachesOnlyTheNext(Command cd, Command next) {
    Optional<Operator> op = cd.followingOperator();
    return op.isPresent() && op.get().kind() == Operator.Kind.AND
        && cd.pipeline().next().filter(p -> p.start() == next.pipeline().start()).isPresent();
  }

  private static String workdir(Command cd) {
    List<Word> operands = cd.operands();
    if (operands.size() == 1 && operands.get(0).isLiteral()
        && operands.get(0).value().startsWith("/")) {
      return "WORKDIR " + operands.get(0).value();
    }
    return "WORKDIR with the absolute path";
  }

  /** The command from its name on, as written. */
  private static String text(Command cd) {
    return String.join(" ", cd.words().stream().map(Word::text).toList());
  }

  private static Span span(Script script, Command cd) {
    List<Word> words = cd.words();
    return script.span(words.get(0).start(), words.get(words.size() - 1).end());
  }
}
