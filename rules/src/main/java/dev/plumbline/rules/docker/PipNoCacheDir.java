package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Arg;
import dev.plumbline.core.model.docker.Env;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.KeyValue;
import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pip install} in a stage of the final image that keeps pip's download cache in the layer.
 * Not reported where the cache is off or never reaches the layer: {@code --no-cache-dir};
 * {@code PIP_NO_CACHE_DIR} set by ENV or ARG in the stage (or a stage it builds on), on the
 * command or exported earlier in the RUN (pip turns the cache off for any value it accepts);
 * a {@code --mount=type=cache} over the cache directory; the cache removed later in the same
 * RUN; stages whose files are only copied out with {@code COPY --from}.
 */
@Rule(id = "DKR016", name = "pip-no-cache-dir", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"performance"},
    summary = "pip install keeps its download cache in the image layer")
public final class PipNoCacheDir implements DockerfileRule {

  private static final String NO_CACHE = "PIP_NO_CACHE_DIR";
  private static final String CACHE_DIR = "PIP_CACHE_DIR";

  /** What ENV and ARG set for pip, per stage, inherited by the stages built on it. */
  private record PipEnv(boolean noCache, Optional<String> cacheDir) {
    static final PipEnv NONE = new PipEnv(false, Optional.empty());
  }

  private final Map<Stage, PipEnv> envs = new HashMap<>();

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    envs.put(stage, stage.baseStage().map(envs::get).orElse(PipEnv.NONE));
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    Optional<Stage> stage = instruction.stage();
    if (stage.isEmpty()) {
      return;
    }
    PipEnv env = envs.getOrDefault(stage.get(), PipEnv.NONE);
    if (instruction instanceof Env e) {
      envs.put(stage.get(), read(env, e.pairs(), true));
    } else if (instruction instanceof Arg a) {
      envs.put(stage.get(), read(env, a.declarations(), false));
    }
    // an ONBUILD RUN runs in the images built on this one, which keep what it leaves
    Optional<Run> run = RunScript.run(instruction);
    if (run.isEmpty() || run.get().script().isEmpty() || env.noCache()
        || run.get() == instruction && !FinalImage.ships(stage.get())) {
      return;
    }
    check(run.get(), run.get().script().get(), env, ctx);
  }

  private static PipEnv read(PipEnv env, List<KeyValue> pairs, boolean needsValue) {
    boolean noCache = env.noCache();
    Optional<String> cacheDir = env.cacheDir();
    for (KeyValue kv : pairs) {
      if (kv.name().equals(NO_CACHE)) {
        noCache = !needsValue || kv.valueText().filter(v -> !v.isEmpty()).isPresent();
      } else if (kv.name().equals(CACHE_DIR)) {
        cacheDir = kv.valueText();
      }
    }
    return new PipEnv(noCache, cacheDir);
  }

  private static void check(Run run, Script script, PipEnv env, RuleContext ctx) {
    List<Command> commands = script.commands();
    for (Command command : commands) {
      Optional<Pip> found = Pip.install(command);
      if (found.isEmpty()) {
        continue;
      }
      Pip pip = found.get();
      if (pip.has("--no-cache-dir", "--no-cache") || setsNoCache(pip.command())
          || exportedBefore(commands, pip.command())) {
        continue;
      }
      String cacheDir = pip.optionValue("--cache-dir").or(env::cacheDir).orElse("~/.cache/pip");
      if (cacheMounted(run, cacheDir) || removedAfter(commands, pip.command(), cacheDir)) {
        continue;
      }
      Word install = pip.subcommand().orElseThrow();
      ctx.report(script.span(pip.first().start(), install.end()), "'" + pip.head(script.text())
              + "' keeps its download cache (" + cacheDir + ") in the image layer",
          "add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1 in the stage, or mount the cache: "
              + "RUN --mount=type=cache,target=/root/.cache/pip");
    }
  }

  private static boolean setsNoCache(Command c) {
    return c.assignments().stream().anyMatch(a -> a.name().equals(NO_CACHE));
  }

  /** {@code export PIP_NO_CACHE_DIR=1} earlier in the RUN, outside a subshell. */
  private static boolean exportedBefore(List<Command> commands, Command pip) {
    for (Command c : commands) {
      if (c.start() >= pip.start()) {
        break;
      }
      if (c.is("export") && !c.isInSubshell() && c.args().stream()
          .map(Assignment::parse).flatMap(Optional::stream)
          .anyMatch(a -> a.name().equals(NO_CACHE))) {
        return true;
      }
    }
    return false;
  }

  /** A cache mount over the cache directory, or over any {@code .cache} or pip cache folder. */
  private static boolean cacheMounted(Run run, String cacheDir) {
    for (Mount mount : run.mounts()) {
      if (!mount.type().equals("cache")) {
        continue;
      }
      String target = trimSlash(mount.target().orElse(""));
      if (target.endsWith("/.cache") || target.endsWith("/.cache/pip")
          || !target.isEmpty() && isWithin(trimSlash(cacheDir), target)) {
        return true;
      }
    }
    return false;
  }

  /** {@code rm -rf ~/.cache} or {@code pip cache purge} after the install, in the same RUN. */
  private static boolean removedAfter(List<Command> commands, Command pip, String cacheDir) {
    for (Command c : commands) {
      if (c.start() <= pip.start()) {
        continue;
      }
      Command e = c.effective();
      if (e.is("rm") && e.operands().stream().map(Word::value)
          .anyMatch(v -> v.contains("/.cache") || isWithin(trimSlash(cacheDir), trimSlash(v)))) {
        return true;
      }
      Optional<Pip> other = Pip.of(e);
      if (other.isPresent() && other.get().operands().size() >= 2
          && other.get().operands().get(0).value().equals("cache")
          && List.of("purge", "remove").contains(other.get().operands().get(1).value())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} is {@code dir} or below it. */
  private static boolean isWithin(String path, String dir) {
    return !dir.isEmpty() && (path.equals(dir) || path.startsWith(dir + "/"));
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
