package dev.plumbline.core.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for the text inside {@code ${{ }}}.
 *
 * <pre>
 * expression := or
 * or         := and ( '||' and )*
 * and        := equality ( '&amp;&amp;' equality )*
 * equality   := comparison ( ( '==' | '!=' ) comparison )*
 * comparison := unary ( ( '&lt;' | '&lt;=' | '&gt;' | '&gt;=' ) unary )*
 * unary      := '!' unary | postfix
 * postfix    := primary ( '.' ( identifier | '*' ) | '[' ( '*' | expression ) ']' )*
 * primary    := literal | identifier '(' arguments? ')' | identifier | '(' expression ')'
 * </pre>
 *
 * <p>As in the runner, the keywords {@code null}, {@code true}, {@code false}, {@code NaN} and
 * {@code Infinity} are case-sensitive (so {@code TRUE} is a context name), while context,
 * property and function names are case-insensitive; a literal cannot be dereferenced or indexed
 * ({@code 'abc'[0]}), but a call or a parenthesized expression can.
 *
 * <p>It throws nothing but {@link ExprSyntaxException}: nesting is capped at {@value
 * #MAX_NESTING} levels of parentheses, brackets, calls and {@code !}, and the tree at {@value
 * #MAX_TREE_DEPTH} levels, so neither this parser nor a recursive walk over its result can
 * overflow the stack.
 */
public final class ExpressionParser {

  /** Most parentheses, brackets, call argument lists and {@code !} one inside another. */
  static final int MAX_NESTING = 256;
  /** Deepest tree allowed; long {@code a || b || ...} or {@code a.b.c...} chains deepen it. */
  static final int MAX_TREE_DEPTH = 1024;

  private static final String TOO_DEEP = "expression nested too deeply";

  private final ExpressionLexer lexer;
  private final String text;
  private final int base;
  /** Where the parentheses around a node start and end, for the spans of enclosing nodes. */
  private final Map<Expr, int[]> parenthesized = new IdentityHashMap<>();
  private Token current;
  private int nesting;

  private ExpressionParser(String text, int baseOffset) {
    this.text = text;
    this.base = baseOffset;
    this.lexer = new ExpressionLexer(text, baseOffset);
  }

  /**
   * Parses one expression.
   *
   * @param text       the expression, without {@code ${{ }}}; surrounding whitespace is allowed
   * @param baseOffset added to every index into {@code text}: the offset of {@code text} in the
   *                   string it was taken from
   * @return the root node
   * @throws ExprSyntaxException if the text is empty or not a valid expression
   * @throws IllegalArgumentException if {@code baseOffset} is negative (a caller's bug)
   */
  public static Expr parse(String text, int baseOffset) throws ExprSyntaxException {
    if (baseOffset < 0) {
      throw new IllegalArgumentException("negative base offset " + baseOffset);
    }
    return new ExpressionParser(text, baseOffset).parseAll();
  }

  private Expr parseAll() throws ExprSyntaxException {
    if (text.isBlank()) {
      throw new ExprSyntaxException(base, base + text.length(), "empty expression");
    }
    advance();
    Expr root = parseOr();
    if (!current.is(TokenKind.END)) {
      throw errorAt(current, "unexpected " + current.describe() + trailingHint());
    }
    Expr tooDeep = ExprTree.firstDeeperThan(root, MAX_TREE_DEPTH);
    if (tooDeep != null) {
      throw new ExprSyntaxException(tooDeep.start(), tooDeep.end(), TOO_DEEP);
    }
    return root;
  }

  private String trailingHint() {
    return switch (current.kind()) {
      case RIGHT_PAREN -> ": no '(' to close";
      case RIGHT_BRACKET -> ": no '[' to close";
      case COMMA -> ": ',' only separates function arguments";
      default -> ": expected an operator or the end of the expression";
    };
  }

  private Expr parseOr() throws ExprSyntaxException {
    Expr left = parseAnd();
    while (current.is(TokenKind.OR)) {
      advance();
      left = binary(Binary.Operator.OR, left, parseAnd());
    }
    return left;
  }

  private Expr parseAnd() throws ExprSyntaxException {
    Expr left = parseEquality();
    while (current.is(TokenKind.AND)) {
      advance();
      left = binary(Binary.Operator.AND, left, parseEquality());
    }
    return left;
  }

  private Expr parseEquality() throws ExprSyntaxException {
    Expr left = parseComparison();
    while (true) {
      Binary.Operator op = switch (current.kind()) {
        case EQUAL -> Binary.Operator.EQ;
        case NOT_EQUAL -> Binary.Operator.NE;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      advance();
      left = binary(op, left, parseComparison());
    }
  }

  private Expr parseComparison() throws ExprSyntaxException {
    Expr left = parseUnary();
    while (true) {
      Binary.Operator op = switch (current.kind()) {
        case LESS -> Binary.Operator.LT;
        case LESS_EQUAL -> Binary.Operator.LE;
        case GREATER -> Binary.Operator.GT;
        case GREATER_EQUAL -> Binary.Operator.GE;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      advance();
      left = binary(op, left, parseUnary());
    }
  }

  private Expr parseUnary() throws ExprSyntaxException {
    if (!current.is(TokenKind.NOT)) {
      return parsePostfix();
    }
    Token not = current;
    enter(not);
    advance();
    Expr operand = parseUnary();
    nesting--;
    return new Unary(not.start(), outerEnd(operand), operand);
  }

  private Expr parsePostfix() throws ExprSyntaxException {
    Expr node = parsePrimary();
    boolean literal = node instanceof Literal && !parenthesized.containsKey(node);
    while (current.is(TokenKind.DOT) || current.is(TokenKind.LEFT_BRACKET)) {
      if (literal) {
        throw errorAt(current, current.describe() + " cannot follow a literal");
      }
      node = current.is(TokenKind.DOT) ? parseDereference(node) : parseIndex(node);
    }
    return node;
  }

  private Expr parseDereference(Expr receiver) throws ExprSyntaxException {
    advance(); // '.'
    Token name = current;
    if (name.is(TokenKind.STAR)) {
      advance();
      return new Filter(outerStart(receiver), name.end(), receiver);
    }
    if (name.is(TokenKind.IDENTIFIER)) {
      advance();
      return new Property(outerStart(receiver), name.end(), receiver, name.text(), name.start(),
          name.end());
    }
    throw expected("a property name or '*' after '.'");
  }

  private Expr parseIndex(Expr receiver) throws ExprSyntaxException {
    enter(current);
    advance(); // '['
    Expr result;
    if (current.is(TokenKind.STAR)) {
      advance();
      result = new Filter(outerStart(receiver), expectClosing(TokenKind.RIGHT_BRACKET), receiver);
    } else {
      Expr index = parseOr();
      result = new Index(outerStart(receiver), expectClosing(TokenKind.RIGHT_BRACKET), receiver,
          index);
    }
    nesting--;
    return result;
  }

  private Expr parsePrimary() throws ExprSyntaxException {
    Token token = current;
    switch (token.kind()) {
      case NUMBER:
        advance();
        return new Literal(token.start(), token.end(), Literal.Kind.NUMBER, token.text(),
            token.value());
      case STRING:
        advance();
        return new Literal(token.start(), token.end(), Literal.Kind.STRING, token.text(),
            token.value());
      case LEFT_PAREN:
        return parseGroup();
      case IDENTIFIER:
        advance();
        Literal keyword = keyword(token);
        if (keyword != null) {
          return keyword; // even before '(': like the runner, true(1) is no call
        }
        if (current.is(TokenKind.LEFT_PAREN)) {
          return parseCall(token);
        }
        return new ContextName(token.start(), token.end(), token.text());
      case END:
        throw errorAt(token, "unexpected end of expression: expected an operand");
      default:
        throw errorAt(token, "unexpected " + token.describe() + ": expected an operand");
    }
  }

  /** The literal a case-sensitive keyword stands for, or null for any other word. */
  private static Literal keyword(Token word) {
    int start = word.start();
    int end = word.end();
    String text = word.text();
    return switch (text) {
      case "null" -> new Literal(start, end, Literal.Kind.NULL, text, null);
      case "true" -> new Literal(start, end, Literal.Kind.BOOLEAN, text, Boolean.TRUE);
      case "false" -> new Literal(start, end, Literal.Kind.BOOLEAN, text, Boolean.FALSE);
      case "NaN" -> new Literal(start, end, Literal.Kind.NUMBER, text, Double.NaN);
      case "Infinity" -> new Literal(start, end, Literal.Kind.NUMBER, text,
          Double.POSITIVE_INFINITY);
      default -> null;
    };
  }

  private Expr parseGroup() throws ExprSyntaxException {
    Token open = current;
    enter(open);
    advance(); // '('
    Expr inner = parseOr();
    int close = expectClosing(TokenKind.RIGHT_PAREN);
    nesting--;
    parenthesized.put(inner, new int[] {open.start(), close});
    return inner;
  }

  private Expr parseCall(Token name) throws ExprSyntaxException {
    enter(current);
    advance(); // '('
    List<Expr> arguments = new ArrayList<>();
    if (!current.is(TokenKind.RIGHT_PAREN)) {
      arguments.add(parseOr());
      while (current.is(TokenKind.COMMA)) {
        advance();
        arguments.add(parseOr());
      }
      if (!current.is(TokenKind.RIGHT_PAREN)) {
        throw expected("',' or ')'");
      }
    }
    int end = current.end();
    advance(); // ')'
    nesting--;
    return new Call(name.start(), end, name.text(), name.start(), name.end(), arguments);
  }

  /** Consumes the closing token and returns the index just past it. */
  private int expectClosing(TokenKind closing) throws ExprSyntaxException {
    if (!current.is(closing)) {
      throw expected(closing == TokenKind.RIGHT_PAREN ? "')'" : "']'");
    }
    int end = current.end();
    advance();
    return end;
  }

  private Binary binary(Binary.Operator op, Expr left, Expr right) {
    return new Binary(outerStart(left), outerEnd(right), op, left, right);
  }

  private int outerStart(Expr node) {
    int[] parens = parenthesized.get(node);
    return parens == null ? node.start() : parens[0];
  }

  private int outerEnd(Expr node) {
    int[] parens = parenthesized.get(node);
    return parens == null ? node.end() : parens[1];
  }

  private void enter(Token opening) throws ExprSyntaxException {
    if (++nesting > MAX_NESTING) {
      throw errorAt(opening, TOO_DEEP);
    }
  }

  private void advance() throws ExprSyntaxException {
    current = lexer.next();
  }

  private ExprSyntaxException expected(String what) {
    if (current.is(TokenKind.END)) {
      return errorAt(current, "unexpected end of expression: expected " + what);
    }
    return errorAt(current, "expected " + what + " but found " + current.describe());
  }

  private static ExprSyntaxException errorAt(Token token, String message) {
    return new ExprSyntaxException(token.start(), token.end(), message);
  }
}
