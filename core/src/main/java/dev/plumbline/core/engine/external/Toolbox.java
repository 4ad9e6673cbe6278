package dev.plumbline.core.engine.external;

import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.tool.RequiresTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The external programs an engine may run for rules, and where it looks for them: the absolute
 * directories of a {@code PATH}, never a protected directory (the scanned ones). An engine
 * without a toolbox, or with {@link #none()}, runs no program. Thread-safe; one toolbox serves
 * every run of an engine.
 */
public final class Toolbox {

  /** How long ShellCheck may take on one script before it is killed. */
  public static final Duration SHELLCHECK_TIMEOUT = Duration.ofSeconds(10);

  /** What ShellCheck may print for one script. */
  static final int MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

  private static final Toolbox NONE = new Toolbox(null, null);

  private final ProgramFinder finder;
  private final ShellcheckRunner shellcheck;
  private final Map<List<String>, ProgramFinder.Lookup> lookups = new ConcurrentHashMap<>();

  private Toolbox(ProgramFinder finder, ShellcheckRunner shellcheck) {
    this.finder = finder;
    this.shellcheck = shellcheck;
  }

  /** A toolbox that runs nothing: rules that need a program report nothing. */
  public static Toolbox none() {
    return NONE;
  }

  /**
   * A toolbox that finds programs on {@code pathVariable}.
   *
   * @param pathVariable         the {@code PATH} to search (its relative entries are skipped), or
   *                             {@code null} for none
   * @param protectedDirectories directories whose programs are never run: the scanned
   *                             directories and the configuration's
   */
  public static Toolbox fromPath(String pathVariable, Collection<Path> protectedDirectories) {
    return withTimeout(pathVariable, protectedDirectories, SHELLCHECK_TIMEOUT);
  }

  /** {@link #fromPath} with another time limit per script, for tests. */
  static Toolbox withTimeout(String pathVariable, Collection<Path> protectedDirectories,
      Duration timeout) {
    int processors = Runtime.getRuntime().availableProcessors();
    return new Toolbox(
        new ProgramFinder(ProgramFinder.absoluteEntries(pathVariable), protectedDirectories),
        new ShellcheckRunner(timeout, MAX_OUTPUT_BYTES, processors));
  }

  /** A new run: warnings about the toolbox itself are given once per session. */
  public ToolSession newSession() {
    return new ToolSession(this);
  }

  /**
   * Why a rule reports nothing on this machine: the program it needs ({@link RequiresTool}) is
   * not found. Empty for a rule that needs no program or whose program is found. Only the
   * {@code PATH} is searched: a program configured for the rule is not known here.
   */
  public Optional<String> inactiveReason(RuleDescriptor rule) {
    RequiresTool tool = rule.type().getAnnotation(RequiresTool.class);
    if (tool == null) {
      return Optional.empty();
    }
    if (finder == null) {
      return Optional.of("external programs are not run");
    }
    return find(tool.value(), "") instanceof ProgramFinder.Missing missing
        ? Optional.of(missing.reason()) : Optional.empty();
  }

  boolean runsPrograms() {
    return finder != null;
  }

  /** Finds a program, once per configured value. */
  ProgramFinder.Lookup find(String program, String configured) {
    return lookups.computeIfAbsent(List.of(program, configured),
        k -> finder.find(program, configured));
  }

  ShellcheckRunner shellcheck() {
    return shellcheck;
  }
}
