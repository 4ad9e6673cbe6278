package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Arg;
import dev.plumbline.core.model.docker.Env;
import dev.plumbline.core.model.docker.FileCopy;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.KeyValue;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.Workdir;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code RUN chown -R} over a path that an earlier COPY or ADD of the same stage wrote (the same
 * path, a folder inside it or a folder around it): every file it touches is stored again in the
 * RUN's layer. Paths are compared after resolving WORKDIR and the ENV and ARG values the stage
 * sets; a path that stays unknown (a relative path after a {@code cd}, a variable without a
 * value) is not compared, nor is {@code /}. A chown without {@code -R} rewrites one entry and is
 * not reported.
 */
@Rule(id = "DKR029", name = "chown-in-separate-layer", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"performance"},
    summary = "RUN chown -R over copied files stores them in the image a second time")
public final class ChownInSeparateLayer implements DockerfileRule {

  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  /** A destination an instruction of the stage wrote to. */
  private record Copied(String path, int line) {}

  /** What the stage has set so far. */
  private static final class State {
    Optional<String> workdir = Optional.empty();
    final Map<String, String> values = new HashMap<>();
    final List<Copied> copies = new ArrayList<>();
  }

  private final Map<Stage, State> states = new HashMap<>();

  @Override
  public void visitStage(Stage stage, RuleContext ctx) {
    State state = new State();
    stage.baseStage().map(states::get).ifPresent(base -> {
      state.workdir = base.workdir;
      state.values.putAll(base.values);
    });
    states.put(stage, state);
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    State state = instruction.stage().map(states::get).orElse(null);
    if (state == null) {
      return;
    }
    if (instruction instanceof Workdir w) {
      state.workdir = w.path().flatMap(p -> absolute(p.value(), state));
    } else if (instruction instanceof Env env) {
      env.pairs().forEach(kv -> remember(kv, state, true));
    } else if (instruction instanceof Arg arg) {
      arg.declarations().forEach(kv -> remember(kv, state, false));
    } else if (instruction instanceof FileCopy copy) {
      copy.destination().flatMap(d -> absolute(d.value(), state))
          .ifPresent(path -> state.copies.add(new Copied(path, copy.line())));
    } else if (instruction instanceof Run run && !state.copies.isEmpty()) {
      run.script().ifPresent(script -> check(script, state, ctx));
    }
  }

  private static void remember(KeyValue kv, State state, boolean env) {
    if (kv.valueText().isPresent()) {
      state.values.put(kv.name(), resolve(kv.valueText().get(), state));
    } else if (env) {
      state.values.remove(kv.name());
    }
  }

  private static void check(Script script, State state, RuleContext ctx) {
    List<Command> commands = script.commands();
    for (Command command : commands) {
      Command chown = command.effective();
      if (!chown.is("chown") || !chown.hasFlag("-R", "--recursive")) {
        continue;
      }
      boolean moved = commands.stream().anyMatch(c -> c.start() < chown.start()
          && c.effective().is("cd", "pushd"));
      List<Word> operands = chown.operands();
      if (operands.isEmpty()) {
        continue;
      }
      boolean reference = chown.hasFlag("--reference");
      List<Word> paths = reference ? operands : operands.subList(1, operands.size());
      String owner = reference ? "<user>:<group>" : operands.get(0).value();
      for (Word path : paths) {
        Optional<String> resolved = moved && !path.value().startsWith("/") ? Optional.empty()
            : absolute(path.value(), state);
        Optional<Copied> copied = resolved.filter(p -> !p.equals("/"))
            .flatMap(p -> overlapping(p, state.copies));
        if (copied.isPresent()) {
          String text = RunScript.oneLine(script.text().substring(chown.start(), chown.end()));
          ctx.report(script.span(path), "'" + text + "' changes the owner of what COPY wrote to "
                  + copied.get().path() + " at line " + copied.get().line() + ": the layer of "
                  + "this RUN stores those files a second time",
              "give the files their owner as they are copied: COPY --chown=" + owner
                  + " ..., and chown only what the RUNs create");
          break;
        }
      }
    }
  }

  private static Optional<Copied> overlapping(String path, List<Copied> copies) {
    for (Copied c : copies) {
      if (!c.path().equals("/") && (path.equals(c.path()) || path.startsWith(c.path() + "/")
          || c.path().startsWith(path + "/"))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The absolute, normalized form of a path, if the WORKDIR it may be relative to is known. */
  private static Optional<String> absolute(String path, State state) {
    String p = resolve(path, state);
    if (p.startsWith("$")) {
      p = "/" + p; // a variable without a known value: compared as written
    } else if (!p.startsWith("/")) {
      if (state.workdir.isEmpty() || p.startsWith("~")) {
        return Optional.empty();
      }
      p = state.workdir.get() + "/" + p;
    }
    return Optional.of(normalize(p));
  }

  /** Replaces the variables the stage gave a value; unknown ones stay as {@code $NAME}. */
  private static String resolve(String text, State state) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = state.values.getOrDefault(name, "$" + name);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Collapses {@code //}, {@code /./}, {@code dir/..} and a trailing {@code /} or {@code /*}. */
  private static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(part);
      }
    }
    if (!parts.isEmpty() && parts.get(parts.size() - 1).equals("*")) {
      parts.remove(parts.size() - 1);
    }
    return "/" + String.join("/", parts);
  }
}
