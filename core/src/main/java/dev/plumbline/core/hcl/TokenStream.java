package dev.plumbline.core.hcl;

import java.util.Arrays;

/**
 * The tokens of a {@link Lexer} as the parser reads them: one token of lookahead past any line
 * breaks that do not count, and a stack of "line breaks count" flags, pushed by the constructs
 * inside which HCL ignores them.
 */
final class TokenStream {

  private final Lexer lexer;
  private Token[] buffer = new Token[64];
  private int size;
  private int index;
  private Token previous;
  private boolean[] newlines = new boolean[32];
  private int newlineTop;

  TokenStream(Lexer lexer) {
    this.lexer = lexer;
    newlines[0] = true;
  }

  /** The next token; line breaks are skipped where they do not count. */
  Token peek() {
    int i = index;
    boolean skip = !newlines[newlineTop];
    while (true) {
      Token t = tokenAt(i);
      if (!skip || t.type != TokenType.NEWLINE) {
        return t;
      }
      i++;
    }
  }

  /** Reads the token {@link #peek()} returns; at the end of the text, the end stays. */
  Token read() {
    boolean skip = !newlines[newlineTop];
    while (skip && tokenAt(index).type == TokenType.NEWLINE) {
      index++;
    }
    Token t = tokenAt(index);
    if (t.type != TokenType.EOF) {
      index++;
    }
    previous = t;
    if (index >= 1024 && index * 2 >= size) {
      System.arraycopy(buffer, index, buffer, 0, size - index);
      Arrays.fill(buffer, size - index, size, null);
      size -= index;
      index = 0;
    }
    return t;
  }

  /** The token read last. */
  Token previous() {
    return previous;
  }

  /** From now on (until {@link #popNewlines()}) line breaks count, or do not. */
  void pushNewlines(boolean count) {
    if (++newlineTop == newlines.length) {
      newlines = Arrays.copyOf(newlines, newlines.length * 2);
    }
    newlines[newlineTop] = count;
  }

  void popNewlines() {
    newlineTop--;
  }

  /** Forgets all state and reads on from {@code offset}, as at the top of a file. */
  void restart(int offset) {
    lexer.restart(offset);
    Arrays.fill(buffer, 0, size, null);
    size = 0;
    index = 0;
    newlineTop = 0;
    newlines[0] = true;
  }

  private Token tokenAt(int i) {
    while (size <= i) {
      if (size == buffer.length) {
        buffer = Arrays.copyOf(buffer, size * 2);
      }
      buffer[size++] = lexer.next();
    }
    return buffer[i];
  }
}
