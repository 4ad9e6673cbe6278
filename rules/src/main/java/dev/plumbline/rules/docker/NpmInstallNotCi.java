package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.FileCopy;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.ProjectView.Presence;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code npm install} without package names in a stage that has its lockfile: an earlier COPY (or
 * ADD) in the stage, or a stage it builds on, brought in {@code package-lock.json} or
 * {@code npm-shrinkwrap.json} by name, by a pattern such as {@code package*.json}, or as part of
 * a folder ({@code COPY . .}) that holds one; or the RUN bind-mounts it. A pattern or folder counts
 * where the folder of the Dockerfile (the usual build context) is known to hold the lockfile, and
 * a pattern also where nothing is known about the folder; {@code npm ci} fails without one.
 */
@Rule(id = "DKR028", name = "npm-install-not-ci", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"reproducibility"},
    summary = "npm install where the lockfile is present; npm ci installs exactly what it locks")
public final class NpmInstallNotCi implements DockerfileRule {

  private static final List<String> LOCKFILES = List.of("package-lock.json",
      "npm-shrinkwrap.json");

  /** Per stage, the line of the instruction that brought the lockfile in. */
  private final Map<Stage, Integer> lockfileLine = new HashMap<>();

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    stage.baseStage().map(lockfileLine::get).ifPresent(line -> lockfileLine.put(stage, line));
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    Optional<Stage> stage = instruction.stage();
    if (stage.isEmpty()) {
      return;
    }
    if (instruction instanceof FileCopy copy && !lockfileLine.containsKey(stage.get())
        && copiesLockfile(copy, ctx)) {
      lockfileLine.put(stage.get(), copy.line());
    }
    Optional<Run> run = RunScript.run(instruction);
    if (run.isEmpty() || run.get().script().isEmpty()) {
      return;
    }
    Integer line = lockfileLine.get(stage.get());
    if (line != null) {
      check(run.get().script().get(), "the lockfile is copied in at line " + line, ctx);
    } else if (mountsLockfile(run.get())) {
      check(run.get().script().get(), "the lockfile is mounted into this RUN", ctx);
    }
  }

  private static void check(Script script, String where, RuleContext ctx) {
    for (Command command : script.commands()) {
      Optional<NpmInstall> found = NpmInstall.of(command);
      if (found.isEmpty()) {
        continue;
      }
      NpmInstall npm = found.get();
      Command c = npm.command();
      if (!npm.packages().isEmpty() || npm.isGlobal()
          || c.hasFlag("--no-package-lock", "--package-lock-only", "--package-lock=false")) {
        continue;
      }
      String head = RunScript.oneLine(script.text().substring(c.nameWord().orElseThrow().start(),
          npm.install().end()));
      ctx.report(script.span(c.nameWord().orElseThrow().start(), npm.install().end()),
          "'" + head + "' where " + where + ": npm install may resolve other versions than it "
              + "locks and rewrite it",
          "use npm ci (npm ci --omit=dev for a production image): it installs exactly what the "
              + "lockfile says and fails when it does not match package.json");
    }
  }

  private static boolean copiesLockfile(FileCopy copy, RuleContext ctx) {
    boolean fromStage = copy.flag("from").isPresent();
    for (Word source : copy.sources()) {
      if (copy.heredoc(source).isPresent() || source.hasVariables()) {
        continue;
      }
      String path = source.value();
      while (path.startsWith("./")) {
        path = path.substring(2);
      }
      if (path.equals(".")) {
        path = "";
      }
      int slash = path.lastIndexOf('/');
      String name = path.substring(slash + 1);
      String folder = path.substring(0, slash + 1);
      if (LOCKFILES.contains(name)) {
        return true;
      }
      if (fromStage) {
        continue; // a path in another stage: only a lockfile by name is known
      }
      if (isPattern(name)) {
        Optional<Pattern> glob = glob(name);
        for (String lockfile : LOCKFILES) {
          if (glob.isPresent() && glob.get().matcher(lockfile).matches()
              && ctx.project().sibling(folder + lockfile) != Presence.ABSENT) {
            return true;
          }
        }
      } else if (!isPattern(path)) {
        String dir = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        for (String lockfile : LOCKFILES) {
          if (ctx.project().sibling(dir + lockfile) == Presence.PRESENT) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code --mount=type=bind,source=package-lock.json,...}. */
  private static boolean mountsLockfile(Run run) {
    for (Mount mount : run.mounts()) {
      Optional<String> source = mount.option("source").or(() -> mount.option("src"));
      if (mount.type().equals("bind") && source.isPresent()
          && LOCKFILES.contains(source.get().substring(source.get().lastIndexOf('/') + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPattern(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
  }

  /** A Docker (Go filepath.Match) pattern for one path element as a regular expression. */
  private static Optional<Pattern> glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[') {
        int close = pattern.indexOf(']', i + 1);
        if (close < 0) {
          regex.append("\\[");
        } else {
          String set = pattern.substring(i + 1, close).replace("\\", "\\\\");
          regex.append('[').append(set.startsWith("^") ? "^" + set.substring(1) : set).append(']');
          i = close;
        }
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Optional.of(Pattern.compile(regex.toString()));
    } catch (PatternSyntaxException e) {
      return Optional.empty(); // a pattern Docker would refuse too
    }
  }
}
