package dev.plumbline.core.shell;

/** What the lexer hands the parser: a word, a redirection, an operator, a newline or the end. */
record Token(Type type, int start, int end, Word word, Redirection redirection) {

  enum Type {
    WORD, REDIRECT, AND, OR, SEMICOLON, AMPERSAND, PIPE, PIPE_ALL, NEWLINE, LPAREN, RPAREN,
    /** {@code ;;}, {@code ;&} and {@code ;;&}, which end a case item. */
    CASE_END,
    EOF
  }

  static Token of(Type type, int start, int end) {
    return new Token(type, start, end, null, null);
  }

  /** Whether this is the plain keyword {@code keyword}. */
  boolean isWord(String keyword) {
    return type == Type.WORD && word.isPlain(keyword);
  }

  Operator.Kind operatorKind() {
    return switch (type) {
      case AND -> Operator.Kind.AND;
      case OR -> Operator.Kind.OR;
      case SEMICOLON, CASE_END -> Operator.Kind.SEMICOLON;
      case AMPERSAND -> Operator.Kind.BACKGROUND;
      case NEWLINE -> Operator.Kind.NEWLINE;
      case PIPE -> Operator.Kind.PIPE;
      case PIPE_ALL -> Operator.Kind.PIPE_ALL;
      default -> throw new IllegalStateException("not an operator: " + type);
    };
  }

  Operator operator() {
    return new Operator(operatorKind(), start, end);
  }
}
