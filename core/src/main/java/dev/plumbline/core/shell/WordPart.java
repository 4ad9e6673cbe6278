package dev.plumbline.core.shell;

/**
 * One piece of a {@link Word}: literal text or an expansion, and whether it was quoted.
 *
 * @param kind   what it is
 * @param start  script offset of its first character (the quote or {@code $} included)
 * @param end    script offset just past it
 * @param quoted whether it was inside quotes or escaped with a backslash
 */
public record WordPart(Kind kind, int start, int end, boolean quoted) implements ShellNode {

  /** The kinds of parts. Everything but {@link #TEXT} is expanded when the command runs. */
  public enum Kind {
    /** Literal characters, quoted or not. */
    TEXT,
    /** {@code $NAME}, {@code $1}, {@code $@}, {@code ${NAME...}}. */
    PARAMETER,
    /** {@code $(...)} or a backquoted command. */
    COMMAND_SUBSTITUTION,
    /** {@code <(...)} or {@code >(...)} (bash). */
    PROCESS_SUBSTITUTION,
    /** {@code $((...))} or {@code $[...]}. */
    ARITHMETIC,
    /**
     * Text the lexer was told to keep opaque, such as GitHub's {@code ${{ }}}: another program
     * replaces it before the shell runs.
     */
    TEMPLATE
  }
}
