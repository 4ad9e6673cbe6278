package dev.plumbline.core.shell;

import java.util.List;
import java.util.Optional;

/**
 * A shell word: a command name, an argument, an assignment, a redirection target. Quotes,
 * escapes, expansions and substitutions stay inside the word they belong to.
 */
public final class Word implements ShellNode {

  private final Source source;
  private final int start;
  private final int end;
  private final String value;
  private final List<WordPart> parts;
  private final List<Substitution> substitutions;
  private Stage stage;

  Word(Source source, int start, int end, String value, List<WordPart> parts,
      List<Substitution> substitutions) {
    this(source, start, end, value, parts, substitutions, true);
  }

  private Word(Source source, int start, int end, String value, List<WordPart> parts,
      List<Substitution> substitutions, boolean ownsSubstitutions) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.value = value;
    this.parts = List.copyOf(parts);
    this.substitutions = List.copyOf(substitutions);
    if (ownsSubstitutions) {
      for (Substitution s : this.substitutions) {
        s.setWord(this);
      }
    }
  }

  /** A word that is exactly the text of {@code [start, end)}, with nothing to expand. */
  static Word literal(Source source, int start, int end) {
    return new Word(source, start, end, source.text().substring(start, end),
        List.of(new WordPart(WordPart.Kind.TEXT, start, end, false)), List.of());
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  /** The word as written in the script. */
  public String text() {
    return source.text().substring(start, end);
  }

  /**
   * The word as the command receives it, as far as it is known without running anything: quotes
   * removed, escapes and line continuations resolved, expansions and substitutions left as
   * written ({@code "$HOME/x"} gives {@code $HOME/x}).
   */
  public String value() {
    return value;
  }

  /** Literal text and expansions, in order; text inside double quotes is a part of its own. */
  public List<WordPart> parts() {
    return parts;
  }

  /**
   * Whether the value is fully known: no parameter, command, process or arithmetic expansion
   * and no opaque template. Glob characters and {@code ~} do not count as expansions here.
   */
  public boolean isLiteral() {
    for (WordPart p : parts) {
      if (p.kind() != WordPart.Kind.TEXT) {
        return false;
      }
    }
    return true;
  }

  /** Whether some part is an opaque template such as GitHub's {@code ${{ }}}. */
  public boolean hasTemplate() {
    return parts.stream().anyMatch(p -> p.kind() == WordPart.Kind.TEMPLATE);
  }

  /** Whether some part is quoted or escaped. */
  public boolean isQuoted() {
    return parts.stream().anyMatch(WordPart::quoted);
  }

  /** Literal, unquoted and equal to {@code text}: how keywords such as {@code then} are read. */
  public boolean isPlain(String text) {
    return isLiteral() && !isQuoted() && value.equals(text);
  }

  /**
   * The commands run inside this word ({@code $(...)}, backquotes, {@code <(...)}, {@code >(...)})
   * in order, outermost first; nested ones are inside their bodies.
   */
  public List<Substitution> substitutions() {
    return substitutions;
  }

  /** The simple or compound command this word is part of. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  void setStage(Stage stage) {
    this.stage = stage;
  }

  /**
   * The rest of this word after a prefix of its value, such as the value of {@code --tag=x}.
   * Where the prefix is written plainly the result is exactly the remaining text, with its parts
   * and substitutions (shared with this word, which they still belong to); otherwise (the prefix
   * is quoted) it keeps this word's span with the remaining value.
   */
  public Word afterPrefix(int prefixLength) {
    if (prefixLength <= 0) {
      return this;
    }
    String raw = text();
    if (prefixLength <= raw.length() && raw.regionMatches(0, value, 0, prefixLength)
        && plainPrefix(raw, prefixLength)) {
      int cut = start + prefixLength;
      List<WordPart> rest = new java.util.ArrayList<>();
      for (WordPart p : parts) {
        if (p.end() > cut) {
          rest.add(p.start() >= cut ? p : new WordPart(p.kind(), cut, p.end(), p.quoted()));
        }
      }
      List<Substitution> inside = substitutions.stream().filter(s -> s.start() >= cut).toList();
      if (rest.isEmpty()) {
        rest.add(new WordPart(WordPart.Kind.TEXT, cut, cut, false));
      }
      Word word = new Word(source, cut, end, value.substring(prefixLength), rest, inside, false);
      word.stage = stage;
      return word;
    }
    String remaining = prefixLength <= value.length() ? value.substring(prefixLength) : "";
    WordPart.Kind kind = isLiteral() ? WordPart.Kind.TEXT : WordPart.Kind.PARAMETER;
    Word word = new Word(source, start, end, remaining,
        List.of(new WordPart(kind, start, end, true)), List.of(), false);
    word.stage = stage;
    return word;
  }

  private static boolean plainPrefix(String raw, int length) {
    for (int i = 0; i < length; i++) {
      if ("'\"\\$`".indexOf(raw.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Word[" + start + ", " + end + ")" + text();
  }
}
