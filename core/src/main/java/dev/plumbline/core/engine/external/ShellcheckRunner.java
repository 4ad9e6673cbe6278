package dev.plumbline.core.engine.external;

import dev.plumbline.core.engine.external.ShellcheckJson.Comment;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.rule.tool.ShellcheckDiagnostic;
import dev.plumbline.core.rule.tool.ShellcheckLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Runs ShellCheck on scripts: {@code shellcheck --norc --format=json1 --shell=bash|sh
 * --severity=LEVEL --exclude=CODES -}, the script on standard input. Without {@code -x} and
 * without an rc file, ShellCheck reads no file: it neither follows {@code source} nor takes
 * settings from the scanned project. Thread-safe: the engine lints files in parallel, and at most
 * {@code concurrency} ShellCheck processes run at once. Identical scripts checked with identical
 * settings are checked once.
 */
final class ShellcheckRunner {

  /**
   * Checks that call a word constant: where GitHub {@code ${{ }}} was masked with underscores
   * they describe the placeholder, so they are dropped on the lines that hold one.
   */
  private static final Set<Integer> PLACEHOLDER_CHECKS = Set.of(
      2043, // this loop will only ever run once
      2050, // this expression is constant
      2157, // argument to -z is always false due to literal strings
      2194); // this word is constant

  private static final int CACHE_SIZE = 2048;

  /** The settings a run uses, checked. */
  record Options(SortedSet<Integer> exclude, ShellcheckLevel minimumLevel) {}

  private final Duration timeout;
  private final int maxOutputBytes;
  private final Semaphore slots;
  /** Comments by command line and input, the least recently used dropped first. */
  private final Map<List<String>, List<Comment>> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, List<Comment>> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  ShellcheckRunner(Duration timeout, int maxOutputBytes, int concurrency) {
    this.timeout = timeout;
    this.maxOutputBytes = maxOutputBytes;
    this.slots = new Semaphore(Math.max(1, concurrency));
  }

  /** ShellCheck's comments on a script, with script offsets, in the order it gave them. */
  List<ShellcheckDiagnostic> check(Path executable, Script script, Options options)
      throws ToolFailure {
    ShellcheckInput input = ShellcheckInput.of(script);
    List<String> command = command(executable, script.shell(), options);
    List<ShellcheckDiagnostic> diagnostics = new ArrayList<>();
    for (Comment c : comments(command, input.stdin())) {
      if (options.exclude().contains(c.code())
          || c.level().compareTo(options.minimumLevel()) > 0
          || PLACEHOLDER_CHECKS.contains(c.code())
              && input.touchesMaskedText(c.line(), c.endLine())) {
        continue;
      }
      OptionalInt start = input.offset(c.line(), c.column());
      if (start.isEmpty()) {
        continue; // on the line of start options Plumbline wrote
      }
      int end = Math.max(start.getAsInt(), input.offset(c.endLine(), c.endColumn()).orElse(0));
      diagnostics.add(new ShellcheckDiagnostic(c.code(), c.level(), c.message(),
          start.getAsInt(), end));
    }
    return diagnostics;
  }

  static List<String> command(Path executable, ShellKind shell, Options options) {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--norc",
        "--format=json1", "--shell=" + (shell == ShellKind.BASH ? "bash" : "sh"),
        "--severity=" + options.minimumLevel().label()));
    if (!options.exclude().isEmpty()) {
      command.add("--exclude=" + options.exclude().stream().map(c -> "SC" + c)
          .collect(Collectors.joining(",")));
    }
    command.add("-");
    return command;
  }

  private List<Comment> comments(List<String> command, String stdin)
      throws ToolFailure {
    List<String> key = new ArrayList<>(command);
    key.add(stdin);
    synchronized (cache) {
      List<Comment> known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    List<Comment> comments = List.copyOf(run(command, stdin));
    synchronized (cache) {
      cache.put(List.copyOf(key), comments);
    }
    return comments;
  }

  private List<Comment> run(List<String> command, String stdin)
      throws ToolFailure {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolFailure("was interrupted");
    }
    BoundedProcess.Result result;
    try {
      result = BoundedProcess.run(command, stdin.getBytes(StandardCharsets.UTF_8), timeout,
          maxOutputBytes);
    } finally {
      slots.release();
    }
    // 0: nothing to say, 1: comments; anything else is a failure described on stderr
    if (result.exitCode() != 0 && result.exitCode() != 1) {
      String why = result.stderr().strip().lines().findFirst().orElse("no message");
      why = why.length() > 200 ? why.substring(0, 200) + "..." : why;
      throw new ToolFailure("exited with status " + result.exitCode() + ": " + why);
    }
    return ShellcheckJson.parse(result.stdout());
  }
}
