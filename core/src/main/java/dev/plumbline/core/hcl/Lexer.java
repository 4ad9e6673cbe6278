package dev.plumbline.core.hcl;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Splits HCL native syntax into tokens, on demand and in one pass. Like HashiCorp's scanner it
 * keeps a stack of modes: code, quoted template, heredoc template and bare template (the
 * content of a JSON string); {@code ${} and {@code %{} push code, and the {@code }} that
 * balances them pops it. Comments go to a list instead of the token stream; the line break that
 * ends a line comment stays a token, as it ends an attribute.
 *
 * <p>Unlike HashiCorp's scanner, a quoted string ends at its line break (as an
 * {@link TokenType#UNTERMINATED_STRING} token), and a heredoc whose closing marker appears on no
 * later line is reported at its start, so that an error does not swallow the rest of the file.
 */
final class Lexer {

  private static final int CODE = 0;
  private static final int QUOTED = 1;
  private static final int HEREDOC = 2;
  private static final int BARE = 3;

  private final String text;
  private final int limit;
  private final Positions positions;
  private final List<HclComment> comments;
  private final ArrayDeque<Token> pending = new ArrayDeque<>(2);
  private int p;

  // the mode stack: one frame per open template or interpolation
  private int top;
  private int[] kind = new int[8];
  private int[] braces = new int[8];
  private int[] openStart = new int[8];
  private int[] openEnd = new int[8];
  private String[] marker = new String[8];
  private boolean[] lineStart = new boolean[8];

  private HeredocMarkers heredocMarkers;
  private int commentSearchFrom = -1;
  private int commentSearchFound;

  /**
   * @param text      what to read, from {@code start} to {@code limit}
   * @param positions where the text's characters are in the file
   * @param comments  where comments go
   * @param template  whether the text is a bare template (a JSON string) instead of code
   */
  Lexer(String text, int start, int limit, Positions positions, List<HclComment> comments,
      boolean template) {
    this.text = text;
    this.p = start;
    this.limit = limit;
    this.positions = positions;
    this.comments = comments;
    kind[0] = template ? BARE : CODE;
  }

  /** Goes on reading code at {@code offset}, as at the top of a file; comments from there on are
   * forgotten, as they will be read again. */
  void restart(int offset) {
    p = offset;
    top = 0;
    kind[0] = CODE;
    braces[0] = 0;
    pending.clear();
    while (!comments.isEmpty()
        && comments.get(comments.size() - 1).span().start().offset() >= offset) {
      comments.remove(comments.size() - 1);
    }
  }

  Token next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    switch (kind[top]) {
      case QUOTED:
        return quoted();
      case HEREDOC:
        return heredoc();
      case BARE:
        return bare();
      default:
        return code();
    }
  }

  // ---------------------------------------------------------------------------------- code

  private Token code() {
    while (true) {
      while (p < limit && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
        p++;
      }
      if (p >= limit) {
        return token(TokenType.EOF, p, p);
      }
      int s = p;
      char c = text.charAt(p);
      char n = p + 1 < limit ? text.charAt(p + 1) : 0;
      switch (c) {
        case '\n':
          return advance(TokenType.NEWLINE, 1);
        case '\r':
          if (n == '\n') {
            return advance(TokenType.NEWLINE, 2);
          }
          return invalid(1, "a carriage return must be followed by a line feed");
        case '#':
          lineComment(HclComment.Style.HASH);
          continue;
        case '/':
          if (n == '/') {
            lineComment(HclComment.Style.DOUBLE_SLASH);
            continue;
          }
          if (n == '*') {
            if (blockComment()) {
              continue;
            }
            p = limit;
            return token(TokenType.UNTERMINATED_COMMENT, s, s + 2,
                "unterminated comment; add the closing '*/'");
          }
          return advance(TokenType.SLASH, 1);
        case '"':
          push(QUOTED, s, s + 1);
          return advance(TokenType.OQUOTE, 1);
        case '<':
          if (n == '<') {
            Token heredoc = heredocOpener();
            if (heredoc != null) {
              return heredoc;
            }
          }
          return n == '=' ? advance(TokenType.LT_EQ, 2) : advance(TokenType.LT, 1);
        case '>':
          return n == '=' ? advance(TokenType.GT_EQ, 2) : advance(TokenType.GT, 1);
        case '=':
          if (n == '=') {
            return advance(TokenType.EQ_EQ, 2);
          }
          return n == '>' ? advance(TokenType.FAT_ARROW, 2) : advance(TokenType.EQUAL, 1);
        case '!':
          return n == '=' ? advance(TokenType.NOT_EQ, 2) : advance(TokenType.BANG, 1);
        case '&':
          return n == '&' ? advance(TokenType.AND_AND, 2)
              : invalid(1, "'&' is not an operator; did you mean '&&'?");
        case '|':
          return n == '|' ? advance(TokenType.OR_OR, 2)
              : invalid(1, "'|' is not an operator; did you mean '||'?");
        case ':':
          return n == ':' ? advance(TokenType.DOUBLE_COLON, 2) : advance(TokenType.COLON, 1);
        case '.':
          return n == '.' && p + 2 < limit && text.charAt(p + 2) == '.'
              ? advance(TokenType.ELLIPSIS, 3) : advance(TokenType.DOT, 1);
        case '{':
          braces[top]++;
          return advance(TokenType.LBRACE, 1);
        case '}':
          if (top > 0 && braces[top] == 0) {
            top--;
            return advance(TokenType.TEMPLATE_SEQ_END, 1);
          }
          braces[top]--;
          return advance(TokenType.RBRACE, 1);
        case '~':
          if (n == '}') {
            if (top > 0 && braces[top] == 0) {
              top--;
            } else {
              braces[top]--;
            }
            return advance(TokenType.TEMPLATE_SEQ_END, 2);
          }
          return invalid(1, "'~' is not an operator; did you mean '!'?");
        case '[':
          return advance(TokenType.LBRACK, 1);
        case ']':
          return advance(TokenType.RBRACK, 1);
        case '(':
          return advance(TokenType.LPAREN, 1);
        case ')':
          return advance(TokenType.RPAREN, 1);
        case ',':
          return advance(TokenType.COMMA, 1);
        case '*':
          return advance(TokenType.STAR, 1);
        case '%':
          return advance(TokenType.PERCENT, 1);
        case '+':
          return advance(TokenType.PLUS, 1);
        case '-':
          return advance(TokenType.MINUS, 1);
        case '?':
          return advance(TokenType.QUESTION, 1);
        case '\'':
          return invalid(1, "single quotes are not valid; use double quotes (\") around strings");
        case '`':
          return invalid(1, "'`' is not valid; write a multi-line string as a heredoc (<<EOT)");
        case ';':
          return invalid(1, "';' is not valid; put each attribute on its own line and separate "
              + "collection items with commas");
        case '^':
          return invalid(1, "'^' is not an operator");
        default:
          break;
      }
      if (c >= '0' && c <= '9') {
        return number();
      }
      int cp = text.codePointAt(p);
      if (HclChars.isIdentifierStart(cp)) {
        p += Character.charCount(cp);
        while (p < limit) {
          int next = text.codePointAt(p);
          if (!HclChars.isIdentifierPart(next)) {
            break;
          }
          p += Character.charCount(next);
        }
        return token(TokenType.IDENT, s, p);
      }
      return invalid(Character.charCount(cp), "unexpected character " + describe(cp));
    }
  }

  private Token number() {
    int s = p;
    p++;
    while (p < limit) {
      char c = text.charAt(p);
      if (c >= '0' && c <= '9' || c == '.') {
        p++;
      } else if ((c == 'e' || c == 'E') && isDigitAt(p + 1)) {
        p += 2;
      } else if ((c == 'e' || c == 'E') && p + 1 < limit
          && (text.charAt(p + 1) == '+' || text.charAt(p + 1) == '-') && isDigitAt(p + 2)) {
        p += 3;
      } else {
        break;
      }
    }
    // a number never ends with a dot: in "a.0.b" the dot after 0 is an operator
    while (text.charAt(p - 1) == '.') {
      p--;
    }
    return token(TokenType.NUMBER, s, p);
  }

  private boolean isDigitAt(int i) {
    return i < limit && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** {@code <<EOT} or {@code <<-EOT} right before a line break; null when it is not one. */
  private Token heredocOpener() {
    int s = p;
    int i = p + 2;
    boolean flush = i < limit && text.charAt(i) == '-';
    if (flush) {
      i++;
    }
    if (i >= limit || !HclChars.isIdentifierStart(text.codePointAt(i))) {
      return null;
    }
    int nameStart = i;
    while (i < limit && HclChars.isIdentifierPart(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    int nameEnd = i;
    if (i < limit && text.charAt(i) == '\r') {
      i++;
    }
    if (i >= limit || text.charAt(i) != '\n') {
      return null;
    }
    String name = text.substring(nameStart, nameEnd);
    p = i + 1;
    if (heredocMarkers == null) {
      heredocMarkers = new HeredocMarkers(text, limit);
    }
    if (!heredocMarkers.hasLineAtOrAfter(name, p)) {
      return token(TokenType.UNTERMINATED_HEREDOC, s, nameEnd,
          unterminatedHeredoc(name, s));
    }
    push(HEREDOC, s, nameEnd);
    marker[top] = name;
    lineStart[top] = true;
    return token(TokenType.OHEREDOC, s, nameEnd);
  }

  private String unterminatedHeredoc(String name, int start) {
    int lastLine = text.lastIndexOf('\n', limit - 1) + 1;
    if (lastLine > start && text.substring(lastLine, limit).strip().equals(name)) {
      return "unterminated heredoc: the line '" + name + "' that closes the heredoc started at "
          + "line " + positions.at(start).line() + " must end with a line break";
    }
    return "unterminated heredoc: no line '" + name + "' closes the heredoc started at line "
        + positions.at(start).line();
  }

  /** A comment to the line feed; a carriage return before it is the line break's. */
  private void lineComment(HclComment.Style style) {
    int s = p;
    int end = text.indexOf('\n', p);
    boolean lineFeed = end >= 0 && end < limit;
    if (!lineFeed) {
      end = limit;
    }
    int textEnd = lineFeed && text.charAt(end - 1) == '\r' ? end - 1 : end;
    comments.add(new HclComment(style, positions.span(s, textEnd),
        text.substring(s + style.opener().length(), textEnd)));
    p = textEnd;
  }

  /** Reads a {@code /*} comment; false when it has no end. */
  private boolean blockComment() {
    int s = p;
    int close = findCommentEnd(s + 2);
    if (close < 0) {
      return false;
    }
    comments.add(new HclComment(HclComment.Style.BLOCK, positions.span(s, close + 2),
        text.substring(s + 2, close)));
    p = close + 2;
    return true;
  }

  /** The next "*&#47;" at or after {@code from}; remembers the last answer, as unterminated
   * comments would otherwise make every search run to the end of the text. */
  private int findCommentEnd(int from) {
    if (commentSearchFrom >= 0 && from >= commentSearchFrom
        && (commentSearchFound < 0 || commentSearchFound >= from)) {
      return commentSearchFound;
    }
    int found = text.indexOf("*/", from);
    commentSearchFrom = from;
    commentSearchFound = found >= 0 && found + 2 <= limit ? found : -1;
    return commentSearchFound;
  }

  // ----------------------------------------------------------------------------- templates

  private Token quoted() {
    int s = p;
    if (p >= limit || text.charAt(p) == '\n' || text.charAt(p) == '\r') {
      int open = openStart[top];
      top--;
      return token(TokenType.UNTERMINATED_STRING, open, p,
          "unterminated string; add the closing '\"'");
    }
    char c = text.charAt(p);
    if (c == '"') {
      top--;
      return advance(TokenType.CQUOTE, 1);
    }
    Token sequence = sequenceOpener();
    if (sequence != null) {
      return sequence;
    }
    while (p < limit) {
      c = text.charAt(p);
      if (c == '"' || c == '\n' || c == '\r') {
        break;
      }
      if (c == '\\') {
        boolean escapes = p + 1 < limit && text.charAt(p + 1) != '\n'
            && text.charAt(p + 1) != '\r';
        p += escapes ? 2 : 1;
        if (!escapes) {
          break;
        }
      } else if (!literalDollarOrPercent()) {
        break;
      }
    }
    return token(TokenType.QUOTED_LIT, s, p);
  }

  private Token heredoc() {
    if (p >= limit) {
      int open = openStart[top];
      String name = marker[top];
      top--;
      p = limit;
      return token(TokenType.UNTERMINATED_HEREDOC, open, openEnd[top + 1],
          unterminatedHeredoc(name, open));
    }
    if (lineStart[top]) {
      Token close = heredocCloser();
      if (close != null) {
        return close;
      }
    }
    int s = p;
    char c = text.charAt(p);
    if (c == '\r' && (p + 1 >= limit || text.charAt(p + 1) != '\n')) {
      lineStart[top] = false;
      return invalid(1, "a carriage return must be followed by a line feed");
    }
    Token sequence = sequenceOpener();
    if (sequence != null) {
      lineStart[top - 1] = false;
      return sequence;
    }
    boolean endsLine = false;
    while (p < limit) {
      c = text.charAt(p);
      if (c == '\n') {
        p++;
        endsLine = true;
        break;
      }
      if (c == '\r') {
        if (p + 1 < limit && text.charAt(p + 1) == '\n') {
          p += 2;
          endsLine = true;
        }
        break;
      }
      if (!literalDollarOrPercent()) {
        break;
      }
    }
    lineStart[top] = endsLine;
    return token(TokenType.STRING_LIT, s, p);
  }

  /** The closing marker, when the line at {@code p} is one; it ends with a line break. */
  private Token heredocCloser() {
    int newline = text.indexOf('\n', p);
    if (newline < 0 || newline >= limit) {
      return null;
    }
    int end = newline > p && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
    int from = p;
    while (from < end && HclChars.isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    int to = end;
    while (to > from && HclChars.isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    if (!text.startsWith(marker[top], from) || to - from != marker[top].length()) {
      return null;
    }
    top--;
    p = newline + 1;
    Token close = token(TokenType.CHEREDOC, from, to);
    pending.add(token(TokenType.NEWLINE, end, newline + 1));
    return close;
  }

  private Token bare() {
    if (p >= limit) {
      return token(TokenType.EOF, p, p);
    }
    int s = p;
    Token sequence = sequenceOpener();
    if (sequence != null) {
      return sequence;
    }
    boolean more = true;
    while (more && p < limit) {
      more = literalDollarOrPercent();
    }
    return token(TokenType.STRING_LIT, s, p);
  }

  /** {@code ${}, {@code ${~}, {@code %{} or {@code %{~} at {@code p}: pushes code. */
  private Token sequenceOpener() {
    char c = text.charAt(p);
    if ((c == '$' || c == '%') && p + 1 < limit && text.charAt(p + 1) == '{') {
      int length = p + 2 < limit && text.charAt(p + 2) == '~' ? 3 : 2;
      int s = p;
      push(CODE, s, s + length);
      p += length;
      return token(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, s, p);
    }
    return null;
  }

  /**
   * Consumes one literal character (or the escapes {@code $${} and {@code %%{}) at {@code p};
   * false, consuming nothing, at the start of a template sequence.
   */
  private boolean literalDollarOrPercent() {
    char c = text.charAt(p);
    if (c == '$' || c == '%') {
      if (p + 1 < limit && text.charAt(p + 1) == '{') {
        return false;
      }
      if (p + 2 < limit && text.charAt(p + 1) == c && text.charAt(p + 2) == '{') {
        p += 3;
        return true;
      }
    }
    p++;
    return true;
  }

  // ------------------------------------------------------------------------------- helpers

  private void push(int mode, int start, int end) {
    if (top + 1 == kind.length) {
      int size = kind.length * 2;
      kind = Arrays.copyOf(kind, size);
      braces = Arrays.copyOf(braces, size);
      openStart = Arrays.copyOf(openStart, size);
      openEnd = Arrays.copyOf(openEnd, size);
      marker = Arrays.copyOf(marker, size);
      lineStart = Arrays.copyOf(lineStart, size);
    }
    top++;
    kind[top] = mode;
    braces[top] = 0;
    openStart[top] = start;
    openEnd[top] = end;
  }

  private Token advance(TokenType type, int length) {
    int s = p;
    p += length;
    return token(type, s, p);
  }

  private Token invalid(int length, String message) {
    int s = p;
    p += length;
    return token(TokenType.INVALID, s, p, message);
  }

  private Token token(TokenType type, int start, int end) {
    return token(type, start, end, null);
  }

  private Token token(TokenType type, int start, int end, String message) {
    return new Token(type, start, end, positions, message);
  }

  static String describe(int cp) {
    if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT) {
      return String.format("U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }
}
