package dev.plumbline.core.model.script;

import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.ShellNode;
import dev.plumbline.core.shell.ShellScript;
import dev.plumbline.core.shell.TextRange;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A shell script found inside a linted file — a GitHub {@code run:}, a Dockerfile {@code RUN} —
 * with the shell that runs it and the way back from script offsets to file positions. What the
 * script rules ({@code SH*}) see, whatever file the script came from.
 */
public final class Script {

  /** Where a script was found; some checks only matter in some places. */
  public enum Origin {
    GITHUB_RUN("GitHub Actions run step"),
    DOCKERFILE_RUN("Dockerfile RUN instruction"),
    GITLAB_SCRIPT("GitLab CI script");

    private final String description;

    Origin(String description) {
      this.description = description;
    }

    /** For messages: "Dockerfile RUN instruction". */
    public String description() {
      return description;
    }

    /** Whether the script runs in a CI job, where its output ends up in a build log. */
    public boolean isCi() {
      return this != DOCKERFILE_RUN;
    }
  }

  /** Maps a range of the script text back to the file. */
  @FunctionalInterface
  public interface SourceMap {
    /** The file span of script characters {@code [start, end)}; exact where the file allows. */
    Span span(int start, int end);
  }

  private final String text;
  private final ShellKind shell;
  private final Set<ShellOption> startOptions;
  private final Origin origin;
  private final SourceMap sourceMap;
  private final boolean runsInContainer;
  private final List<Script> laterScripts;
  private ShellScript lexed;
  private List<TextRange> opaqueRanges;
  private List<Command> setCommands;

  /**
   * @param text         the script as the shell receives it (block scalars folded, Dockerfile
   *                     continuations joined)
   * @param shell        the shell that runs it
   * @param startOptions options in force before the first line, such as GitHub's
   *                     {@code bash -eo pipefail}
   * @param origin       where it was found
   * @param sourceMap    script offsets to file spans
   */
  public Script(String text, ShellKind shell, Set<ShellOption> startOptions, Origin origin,
      SourceMap sourceMap) {
    this(text, shell, startOptions, origin, sourceMap, origin == Origin.DOCKERFILE_RUN, List.of());
  }

  /**
   * @param runsInContainer whether the script runs inside a container image the file chose: a
   *                        Dockerfile {@code RUN}, a CI job with its own container
   * @param laterScripts    the scripts that run after this one in the same CI job (the later
   *                        {@code run:} steps), in order
   * @see #Script(String, ShellKind, Set, Origin, SourceMap)
   */
  public Script(String text, ShellKind shell, Set<ShellOption> startOptions, Origin origin,
      SourceMap sourceMap, boolean runsInContainer, List<Script> laterScripts) {
    this.text = Objects.requireNonNull(text, "text");
    this.shell = Objects.requireNonNull(shell, "shell");
    this.startOptions = startOptions.isEmpty() ? Set.of()
        : Set.copyOf(EnumSet.copyOf(startOptions));
    this.origin = Objects.requireNonNull(origin, "origin");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.runsInContainer = runsInContainer;
    this.laterScripts = List.copyOf(laterScripts);
  }

  public String text() {
    return text;
  }

  public ShellKind shell() {
    return shell;
  }

  public Set<ShellOption> startOptions() {
    return startOptions;
  }

  public Origin origin() {
    return origin;
  }

  /**
   * Whether the script runs inside a container image chosen by the file (a Dockerfile
   * {@code RUN}, a CI job with its own container) rather than on a prepared CI machine.
   */
  public boolean runsInContainer() {
    return runsInContainer;
  }

  /**
   * The scripts that run after this one in the same CI job, in order: a check that may come in a
   * later step (waiting for a rollout) is looked for there too. Empty where the platform does not
   * say, and for a Dockerfile {@code RUN}.
   */
  public List<Script> laterScripts() {
    return laterScripts;
  }

  /** The file span of {@code text().substring(start, end)}. */
  public Span span(int start, int end) {
    return sourceMap.span(start, end);
  }

  /** The file span of a word, command or operator of {@link #lexed()}. */
  public Span span(ShellNode node) {
    return sourceMap.span(node.start(), node.end());
  }

  /**
   * The script lexed into commands, computed once. Text the platform replaces before the shell
   * runs — GitHub's {@code ${{ }}} in a {@code run:} — is kept as opaque words.
   */
  public ShellScript lexed() {
    if (lexed == null) {
      lexed = ShellScript.parse(text, opaqueRanges());
    }
    return lexed;
  }

  /** Every simple command of the script at any depth, in order; see {@link ShellScript}. */
  public List<Command> commands() {
    return lexed().commands();
  }

  /**
   * The options in force at a script offset: the start options, changed by every {@code set}
   * written before it (in the order written, ignoring control flow; a {@code set} inside a
   * subshell changes nothing outside it).
   */
  public Set<ShellOption> optionsAt(int offset) {
    if (setCommands == null) {
      setCommands = commands().stream().filter(c -> c.name().equals("set") && !c.isInSubshell())
          .toList();
    }
    Set<ShellOption> options = EnumSet.noneOf(ShellOption.class);
    options.addAll(startOptions);
    for (Command c : setCommands) {
      if (c.start() >= offset) {
        break;
      }
      ShellOptions.apply(c.args().stream().map(Word::value).toList(), options);
    }
    return options;
  }

  /**
   * The ranges of the text the platform replaces before the shell runs — GitHub's {@code ${{ }}}
   * in a {@code run:}, GitLab's {@code $[[ inputs.x ]]} ({@link Interpolations}) — in order;
   * the lexer keeps them as opaque words, and a tool that reads the script must not take them
   * for shell syntax either.
   */
  public List<TextRange> opaqueRanges() {
    if (opaqueRanges == null) {
      opaqueRanges = findOpaqueRanges();
    }
    return opaqueRanges;
  }

  private List<TextRange> findOpaqueRanges() {
    if (origin == Origin.GITLAB_SCRIPT) {
      return Interpolations.find(text);
    }
    if (origin != Origin.GITHUB_RUN || !Templates.containsExpression(text)) {
      return List.of();
    }
    List<TextRange> ranges = new ArrayList<>();
    for (TemplateExpression t : Templates.find(text)) {
      if (t.terminated()) {
        ranges.add(new TextRange(t.start(), t.end()));
      }
    }
    return List.copyOf(ranges);
  }
}
