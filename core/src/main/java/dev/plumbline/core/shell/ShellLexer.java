package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns script text into tokens on demand. Words are read whole, with their quotes, expansions
 * and substitutions; the inside of {@code $( )} and process substitutions is parsed by a nested
 * {@link ShellParser} reading from this same lexer, so that a {@code )} inside a quoted string
 * or a {@code case} pattern does not end it early. Here-document bodies are skipped at the
 * newline that follows their operator. Every loop moves forward, so lexing is linear and ends.
 */
final class ShellLexer {

  /** How far {@code ((} looks for its {@code ))} before deciding it is not arithmetic. */
  private static final int ARITHMETIC_LOOKAHEAD = 20_000;

  private final Source source;
  private final String text;
  private final int limit;
  private final List<PendingHeredoc> pending = new ArrayList<>();
  int pos;

  private record PendingHeredoc(Redirection redirection, Word delimiter, boolean stripsTabs) {}

  ShellLexer(Source source, int start, int limit) {
    this.source = source;
    this.text = source.text();
    this.pos = start;
    this.limit = limit;
  }

  Source source() {
    return source;
  }

  /** The character at {@code i}, or NUL past the end. */
  char charAt(int i) {
    return i >= 0 && i < limit ? text.charAt(i) : '\0';
  }

  Token next() {
    skipBlanks(true);
    if (pos >= limit) {
      return Token.of(Token.Type.EOF, limit, limit);
    }
    int start = pos;
    if (source.maskEnd(pos) >= 0) {
      return wordToken();
    }
    char c = text.charAt(pos);
    switch (c) {
      case '\n' -> {
        pos++;
        Token newline = Token.of(Token.Type.NEWLINE, start, pos);
        readHeredocBodies();
        return newline;
      }
      case ';' -> {
        if (charAt(pos + 1) == ';') {
          pos += charAt(pos + 2) == '&' ? 3 : 2;
          return Token.of(Token.Type.CASE_END, start, pos);
        }
        if (charAt(pos + 1) == '&') {
          pos += 2;
          return Token.of(Token.Type.CASE_END, start, pos);
        }
        pos++;
        return Token.of(Token.Type.SEMICOLON, start, pos);
      }
      case '&' -> {
        if (charAt(pos + 1) == '&') {
          pos += 2;
          return Token.of(Token.Type.AND, start, pos);
        }
        if (charAt(pos + 1) == '>') {
          return redirect(start, OptionalInt.empty());
        }
        pos++;
        return Token.of(Token.Type.AMPERSAND, start, pos);
      }
      case '|' -> {
        if (charAt(pos + 1) == '|') {
          pos += 2;
          return Token.of(Token.Type.OR, start, pos);
        }
        if (charAt(pos + 1) == '&') {
          pos += 2;
          return Token.of(Token.Type.PIPE_ALL, start, pos);
        }
        pos++;
        return Token.of(Token.Type.PIPE, start, pos);
      }
      case '(' -> {
        pos++;
        return Token.of(Token.Type.LPAREN, start, pos);
      }
      case ')' -> {
        pos++;
        return Token.of(Token.Type.RPAREN, start, pos);
      }
      case '<', '>' -> {
        return charAt(pos + 1) == '(' ? wordToken() : redirect(start, OptionalInt.empty());
      }
      default -> {
        if (isDigit(c)) {
          int j = pos;
          while (j < limit && isDigit(text.charAt(j)) && j - pos < 9) {
            j++;
          }
          char after = charAt(j);
          if ((after == '<' || after == '>') && charAt(j + 1) != '(') {
            int fd = Integer.parseInt(text.substring(pos, j));
            pos = j;
            return redirect(start, OptionalInt.of(fd));
          }
        }
        return wordToken();
      }
    }
  }

  /** Skips blanks, line continuations and (if allowed here) a comment. */
  private void skipBlanks(boolean comments) {
    while (pos < limit) {
      if (source.maskEnd(pos) >= 0) {
        return;
      }
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '\\' && charAt(pos + 1) == '\r' && charAt(pos + 2) == '\n') {
        pos += 3;
      } else if (c == '#' && comments) {
        while (pos < limit && text.charAt(pos) != '\n') {
          int mask = source.maskEnd(pos);
          pos = mask >= 0 ? Math.min(mask, limit) : pos + 1;
        }
      } else {
        return;
      }
    }
  }

  private Token wordToken() {
    int start = pos;
    Word word = lexWord();
    return new Token(Token.Type.WORD, start, pos, word, null);
  }

  private Token redirect(int start, OptionalInt fd) {
    int opStart = pos;
    String op = redirectOperator();
    pos += op.length();
    int opEnd = pos;
    skipBlanks(false);
    Word target = pos < limit && startsWord() ? lexWord() : null;
    if (target == null) {
      pos = opEnd;
    }
    int end = target != null ? target.end() : opEnd;
    Redirection r = new Redirection(start, end, fd, op, target, opStart);
    if (target != null && op.startsWith("<<") && !op.equals("<<<")) {
      pending.add(new PendingHeredoc(r, target, op.equals("<<-")));
    }
    return new Token(Token.Type.REDIRECT, start, end, null, r);
  }

  private String redirectOperator() {
    char c = text.charAt(pos);
    char n = charAt(pos + 1);
    char n2 = charAt(pos + 2);
    if (c == '&') {
      return n2 == '>' ? "&>>" : "&>";
    }
    if (c == '<') {
      if (n == '<') {
        return n2 == '<' ? "<<<" : n2 == '-' ? "<<-" : "<<";
      }
      return n == '&' ? "<&" : n == '>' ? "<>" : "<";
    }
    return switch (n) {
      case '>' -> ">>";
      case '&' -> ">&";
      case '|' -> ">|";
      default -> ">";
    };
  }

  /** Whether a word starts at {@code pos}. */
  private boolean startsWord() {
    if (source.maskEnd(pos) >= 0) {
      return true;
    }
    char c = text.charAt(pos);
    if (c == '<' || c == '>') {
      return charAt(pos + 1) == '(';
    }
    return " \t\r\n;&|()".indexOf(c) < 0;
  }

  /** Reads the bodies of the here-documents opened on the line that just ended. */
  private void readHeredocBodies() {
    for (PendingHeredoc h : pending) {
      String delimiter = h.delimiter().value();
      String raw = h.delimiter().text();
      boolean quoted = raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
      int bodyStart = pos;
      int bodyEnd = limit;
      boolean terminated = false;
      while (pos < limit) {
        int eol = text.indexOf('\n', pos);
        if (eol < 0 || eol > limit) {
          eol = limit;
        }
        int from = pos;
        if (h.stripsTabs()) {
          while (from < eol && text.charAt(from) == '\t') {
            from++;
          }
        }
        int to = eol > from && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
        if (to - from == delimiter.length() && text.startsWith(delimiter, from)) {
          bodyEnd = pos;
          terminated = true;
          pos = Math.min(eol + 1, limit);
          break;
        }
        pos = Math.min(eol + 1, limit);
      }
      h.redirection().setHeredoc(new Heredoc(delimiter, quoted, h.stripsTabs(), bodyStart,
          bodyEnd, terminated, text.substring(bodyStart, bodyEnd)));
    }
    pending.clear();
  }

  /** Reads one word at {@code pos}; stops at a blank or an operator outside quotes. */
  Word lexWord() {
    WordBuilder b = new WordBuilder(pos);
    lexWordInto(b);
    if (pos == b.start && pos < limit) {
      // nothing a word can hold: take one character, so that the caller moves on
      b.text(pos, pos + 1, false, String.valueOf(text.charAt(pos)));
      pos++;
    }
    return b.build(pos);
  }

  private void lexWordInto(WordBuilder b) {
    while (pos < limit) {
      int mask = source.maskEnd(pos);
      if (mask >= 0) {
        mask = Math.min(mask, limit);
        b.part(WordPart.Kind.TEMPLATE, pos, mask, false);
        pos = mask;
        continue;
      }
      char c = text.charAt(pos);
      switch (c) {
        case ' ', '\t', '\r', '\n', ';', '&', '|', ')' -> {
          return;
        }
        case '<', '>' -> {
          if (charAt(pos + 1) != '(') {
            return;
          }
          substitution(b, c == '<' ? Substitution.Kind.PROCESS_INPUT
              : Substitution.Kind.PROCESS_OUTPUT, false);
        }
        case '(' -> {
          if (b.isArrayAssignment()) {
            array(b);
          } else if (pos > b.start && "?*+@!".indexOf(text.charAt(pos - 1)) >= 0) {
            extglob(b);
          } else {
            return;
          }
        }
        case '\\' -> escape(b);
        case '\'' -> singleQuoted(b);
        case '"' -> doubleQuoted(b);
        case '$' -> dollar(b, false);
        case '`' -> backtick(b, false);
        default -> {
          b.text(pos, pos + 1, false, String.valueOf(c));
          pos++;
        }
      }
    }
  }

  private void escape(WordBuilder b) {
    char n = charAt(pos + 1);
    if (pos + 1 >= limit) {
      b.text(pos, pos + 1, false, "\\");
      pos++;
    } else if (n == '\n') {
      b.text(pos, pos + 2, false, "");
      pos += 2;
    } else if (n == '\r' && charAt(pos + 2) == '\n') {
      b.text(pos, pos + 3, false, "");
      pos += 3;
    } else {
      b.text(pos, pos + 2, true, String.valueOf(n));
      pos += 2;
    }
  }

  private void singleQuoted(WordBuilder b) {
    b.text(pos, pos + 1, true, "");
    pos++;
    while (pos < limit && text.charAt(pos) != '\'') {
      int mask = source.maskEnd(pos);
      if (mask >= 0) {
        mask = Math.min(mask, limit);
        b.part(WordPart.Kind.TEMPLATE, pos, mask, true);
        pos = mask;
      } else {
        b.text(pos, pos + 1, true, String.valueOf(text.charAt(pos)));
        pos++;
      }
    }
    if (pos < limit) {
      b.text(pos, pos + 1, true, "");
      pos++;
    }
  }

  private void doubleQuoted(WordBuilder b) {
    b.text(pos, pos + 1, true, "");
    pos++;
    while (pos < limit) {
      int mask = source.maskEnd(pos);
      if (mask >= 0) {
        mask = Math.min(mask, limit);
        b.part(WordPart.Kind.TEMPLATE, pos, mask, true);
        pos = mask;
        continue;
      }
      char c = text.charAt(pos);
      if (c == '"') {
        b.text(pos, pos + 1, true, "");
        pos++;
        return;
      }
      if (c == '\\') {
        char n = charAt(pos + 1);
        if (pos + 1 < limit && "$`\"\\".indexOf(n) >= 0) {
          b.text(pos, pos + 2, true, String.valueOf(n));
          pos += 2;
        } else if (pos + 1 < limit && n == '\n') {
          b.text(pos, pos + 2, true, "");
          pos += 2;
        } else {
          b.text(pos, pos + 1, true, "\\");
          pos++;
        }
      } else if (c == '$') {
        dollar(b, true);
      } else if (c == '`') {
        backtick(b, true);
      } else {
        b.text(pos, pos + 1, true, String.valueOf(c));
        pos++;
      }
    }
  }

  private void dollar(WordBuilder b, boolean quoted) {
    int start = pos;
    char n = charAt(pos + 1);
    if (!quoted && n == '\'') {
      ansiC(b);
    } else if (!quoted && n == '"') {
      b.text(pos, pos + 1, true, "");
      pos++;
      doubleQuoted(b);
    } else if (n == '(') {
      int arithmetic = charAt(pos + 2) == '(' ? arithmeticEnd(pos + 1) : -1;
      if (arithmetic > 0) {
        b.part(WordPart.Kind.ARITHMETIC, start, arithmetic, quoted);
        pos = arithmetic;
      } else {
        substitution(b, Substitution.Kind.COMMAND, quoted);
      }
    } else if (n == '{') {
      int end = braceEnd(pos + 1, quoted);
      b.part(WordPart.Kind.PARAMETER, start, end, quoted);
      pos = end;
    } else if (Assignment.isNameStart(n)) {
      int end = pos + 2;
      while (end < limit && Assignment.isNamePart(text.charAt(end))) {
        end++;
      }
      b.part(WordPart.Kind.PARAMETER, start, end, quoted);
      pos = end;
    } else if (isDigit(n) || n != '\0' && "@*#?$!-".indexOf(n) >= 0) {
      b.part(WordPart.Kind.PARAMETER, start, pos + 2, quoted);
      pos += 2;
    } else {
      b.text(pos, pos + 1, quoted, "$");
      pos++;
    }
  }

  /** {@code $'...'}: backslash escapes as in C. */
  private void ansiC(WordBuilder b) {
    int start = pos;
    pos += 2;
    StringBuilder value = new StringBuilder();
    while (pos < limit && text.charAt(pos) != '\'') {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < limit) {
        char e = text.charAt(pos + 1);
        switch (e) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case 'a' -> value.append('\u0007');
          case 'b' -> value.append('\b');
          case 'e', 'E' -> value.append('\u001b');
          case 'f' -> value.append('\f');
          case 'v' -> value.append('\u000b');
          case '\\', '\'', '"', '?' -> value.append(e);
          default -> value.append('\\').append(e);
        }
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    if (pos < limit) {
      pos++;
    }
    b.text(start, pos, true, value.toString());
  }

  /** The offset just past the {@code }} that closes the {@code {} at {@code open}. */
  private int braceEnd(int open, boolean quoted) {
    int depth = 0;
    int i = open;
    while (i < limit) {
      int mask = source.maskEnd(i);
      if (mask >= 0) {
        i = mask;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == '"' || c == '\'' && !quoted) {
        int close = i + 1;
        while (close < limit && text.charAt(close) != c) {
          close++;
        }
        i = close;
      }
      i++;
    }
    return limit;
  }

  /**
   * If the {@code ((} at {@code open} is arithmetic — its parentheses close with {@code ))} —
   * the offset just past that; otherwise -1 ({@code ((cd a) && b)} is two subshells).
   */
  int arithmeticEnd(int open) {
    int depth = 0;
    int closedToOne = -1;
    int end = Math.min(limit, open + ARITHMETIC_LOOKAHEAD);
    for (int i = open; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 1) {
          closedToOne = i;
        } else if (depth <= 0) {
          return closedToOne == i - 1 ? i + 1 : -1;
        }
      }
    }
    return -1;
  }

  /** {@code $(...)}, {@code <(...)} or {@code >(...)} at {@code pos}. */
  private void substitution(WordBuilder b, Substitution.Kind kind, boolean quoted) {
    int start = pos;
    pos += 2;
    int innerStart = pos;
    int innerEnd;
    CommandList body;
    if (source.tooDeep()) {
      int close = matchingParen(start + 1);
      innerEnd = close < 0 ? limit : close;
      pos = close < 0 ? limit : close + 1;
      body = new CommandList(CommandList.Kind.SUBSTITUTION, innerStart, innerEnd, List.of());
    } else {
      source.enter();
      try {
        ShellParser parser = new ShellParser(this);
        body = parser.parseSubstitution();
        innerEnd = parser.substitutionEnd();
      } finally {
        source.exit();
      }
    }
    b.substitution(new Substitution(kind, start, pos, innerStart, innerEnd, body),
        kind == Substitution.Kind.COMMAND ? WordPart.Kind.COMMAND_SUBSTITUTION
            : WordPart.Kind.PROCESS_SUBSTITUTION, quoted);
  }

  private void backtick(WordBuilder b, boolean quoted) {
    int start = pos;
    int i = pos + 1;
    while (i < limit && text.charAt(i) != '`') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    int innerEnd = Math.min(i, limit);
    pos = i < limit ? i + 1 : limit;
    CommandList body;
    if (source.tooDeep()) {
      body = new CommandList(CommandList.Kind.SUBSTITUTION, start + 1, innerEnd, List.of());
    } else {
      source.enter();
      try {
        body = new ShellParser(new ShellLexer(source, start + 1, innerEnd))
            .parseAll(CommandList.Kind.SUBSTITUTION);
      } finally {
        source.exit();
      }
    }
    b.substitution(new Substitution(Substitution.Kind.BACKTICK, start, pos, start + 1, innerEnd,
        body), WordPart.Kind.COMMAND_SUBSTITUTION, quoted);
  }

  /** The {@code )} matching the {@code (} at {@code open}, ignoring quotes; -1 if none. */
  private int matchingParen(int open) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code name=(a b c)}: the elements are words of their own, inside this one. */
  private void array(WordBuilder b) {
    b.text(pos, pos + 1, false, "(");
    pos++;
    boolean first = true;
    while (pos < limit) {
      int before = pos;
      skipBlanks(true);
      while (pos < limit && text.charAt(pos) == '\n') {
        pos++;
        skipBlanks(true);
      }
      if (pos >= limit) {
        break;
      }
      if (pos > before || first) {
        b.text(before, pos, false, first ? "" : " ");
      }
      first = false;
      if (text.charAt(pos) == ')') {
        b.text(pos, pos + 1, false, ")");
        pos++;
        return;
      }
      int start = pos;
      lexWordInto(b);
      if (pos == start) {
        b.text(pos, pos + 1, false, String.valueOf(text.charAt(pos)));
        pos++;
      }
    }
  }

  /** {@code @(a|b)} and the other extended globs: kept as text. */
  private void extglob(WordBuilder b) {
    int start = pos;
    int depth = 0;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '\n') {
        break;
      }
      pos++;
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        break;
      }
    }
    pos = Math.min(pos, limit);
    b.text(start, pos, false, text.substring(start, pos));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Collects a word's value, parts and substitutions while it is read. */
  private final class WordBuilder {
    final int start;
    private final StringBuilder value = new StringBuilder();
    private final List<WordPart> parts = new ArrayList<>();
    private final List<Substitution> substitutions = new ArrayList<>();
    private int textStart = -1;
    private int textEnd;
    private boolean textQuoted;

    WordBuilder(int start) {
      this.start = start;
    }

    /** Literal text from {@code [from, to)} whose value is {@code v}. */
    void text(int from, int to, boolean quoted, String v) {
      if (textStart >= 0 && (textQuoted != quoted || textEnd != from)) {
        flush();
      }
      if (textStart < 0) {
        textStart = from;
        textQuoted = quoted;
      }
      textEnd = to;
      value.append(v);
    }

    void part(WordPart.Kind kind, int from, int to, boolean quoted) {
      flush();
      parts.add(new WordPart(kind, from, to, quoted));
      value.append(text, from, to);
    }

    void substitution(Substitution s, WordPart.Kind kind, boolean quoted) {
      part(kind, s.start(), s.end(), quoted);
      substitutions.add(s);
    }

    /** {@code NAME=} or {@code NAME+=} so far: a {@code (} starts an array. */
    boolean isArrayAssignment() {
      int end = pos;
      if (end - start < 2 || text.charAt(end - 1) != '=') {
        return false;
      }
      end--;
      if (text.charAt(end - 1) == '+') {
        end--;
      }
      if (end <= start || !Assignment.isNameStart(text.charAt(start))) {
        return false;
      }
      for (int i = start + 1; i < end; i++) {
        if (!Assignment.isNamePart(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private void flush() {
      if (textStart >= 0) {
        parts.add(new WordPart(WordPart.Kind.TEXT, textStart, textEnd, textQuoted));
        textStart = -1;
      }
    }

    Word build(int end) {
      flush();
      return new Word(source, start, end, value.toString(), parts, substitutions);
    }
  }
}
