package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexed shell script. {@link #parse} never fails and runs in time linear in the text: what it
 * cannot read as shell syntax it reads as words. Offsets everywhere are indexes into
 * {@link #text()}.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("curl -fsSL $URL | sh");
 * Command curl = script.commands().get(0);        // name() "curl", args() [-fsSL, $URL]
 * curl.followingOperator();                       // the | operator
 * }</pre>
 */
public final class ShellScript {

  /** Nesting beyond this is read as plain words, not as structure. */
  public static final int MAX_DEPTH = Source.MAX_DEPTH;

  private final String text;
  private final CommandList body;
  private final boolean degraded;
  private final boolean readFlat;
  private Walker walked;

  private ShellScript(String text, CommandList body, boolean degraded, boolean readFlat) {
    this.text = text;
    this.body = body;
    this.degraded = degraded;
    this.readFlat = readFlat;
  }

  /** Lexes a script. */
  public static ShellScript parse(String text) {
    return parse(text, List.of());
  }

  /**
   * Lexes a script in which the given ranges are opaque word characters: text that another
   * program replaces before the shell runs, such as GitHub's {@code ${{ }}} expressions. An
   * {@code ||} inside one is then part of a word, not an operator.
   */
  public static ShellScript parse(String text, List<TextRange> opaque) {
    try {
      Source source = new Source(text, opaque);
      CommandList body = new ShellParser(new ShellLexer(source, 0, text.length()))
          .parseAll(CommandList.Kind.SCRIPT);
      return new ShellScript(text, body, false, source.readFlat());
    } catch (RuntimeException | StackOverflowError e) {
      // the lexer is written not to fail; should it still, the script reads as empty rather
      // than stopping the lint of the file
      return new ShellScript(text, new CommandList(CommandList.Kind.SCRIPT, 0, 0, List.of()),
          true, false);
    }
  }

  /** The script text the offsets refer to. */
  public String text() {
    return text;
  }

  /** The top-level list. */
  public CommandList body() {
    return body;
  }

  /**
   * Every simple command, at any depth — in subshells, groups, branches, loop bodies, function
   * bodies and substitutions — in the order they are written (a command before the commands in
   * its own substitutions).
   */
  public List<Command> commands() {
    return walked().commands();
  }

  /**
   * The commands that run {@code programs}, at any depth, seen through wrappers:
   * {@code sudo apt-get install} is found for {@code apt-get}; each result is the
   * {@link Command#effective()} view.
   */
  public List<Command> commands(String... programs) {
    List<Command> found = new ArrayList<>();
    for (Command c : commands()) {
      Command effective = c.effective();
      if (effective.is(programs)) {
        found.add(effective);
      }
    }
    return found;
  }

  /** Every pipeline at any depth, in order. */
  public List<Pipeline> pipelines() {
    return walked().pipelines();
  }

  /** Every compound command at any depth, in order. */
  public List<Compound> compounds() {
    return walked().compounds();
  }

  /** Every list at any depth, in order, starting with {@link #body()}. */
  public List<CommandList> lists() {
    return walked().lists();
  }

  /**
   * Whether the script nests subshells, groups or substitutions more than
   * {@link #MAX_DEPTH} deep: what lies deeper was read as plain words, so that a hostile
   * script cannot exhaust the stack.
   */
  public boolean readFlat() {
    return readFlat;
  }

  /** True if the lexer failed and the script reads as empty; tests assert it never happens. */
  boolean degraded() {
    return degraded;
  }

  private Walker walked() {
    if (walked == null) {
      walked = Walker.walk(body);
    }
    return walked;
  }

  @Override
  public String toString() {
    return body.toString();
  }
}
