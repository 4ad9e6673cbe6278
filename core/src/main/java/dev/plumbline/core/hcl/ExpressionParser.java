package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads expressions: conditionals, binary operators by HCL's precedence (left-associative),
 * unary operators, and terms with their attribute, index and splat steps. Line breaks are
 * ignored inside parentheses, brackets and {@code for} expressions, but not inside object
 * constructors, as in HCL.
 */
abstract class ExpressionParser extends TemplateParser {

  ExpressionParser(String text, int start, int end, Positions positions,
      List<HclComment> comments, List<HclProblem> problems, boolean template) {
    super(text, start, end, positions, comments, problems, template);
  }

  @Override
  final Expression expression() {
    Token start = peek();
    enter(start);
    Expression condition = binary(1);
    Token question = peek();
    if (question.type != TokenType.QUESTION) {
      exit();
      return condition;
    }
    read();
    Expression whenTrue = expression();
    Token colon = peek();
    if (colon.type != TokenType.COLON) {
      throw error(colon, "expected ':' and the false value of the conditional, found "
          + describe(colon));
    }
    read();
    Expression whenFalse = expression();
    exit();
    return new Conditional(condition, whenTrue, whenFalse, cover(condition, whenFalse));
  }

  /** Binary operators of precedence {@code least} and above, left-associative. */
  private Expression binary(int least) {
    Expression left = termWithTraversals();
    while (true) {
      Token t = peek();
      Operator operator = binaryOperator(t.type);
      if (operator == null || operator.precedence() < least) {
        return left;
      }
      read();
      Expression right = binary(operator.precedence() + 1);
      left = new BinaryOperation(left, operator, right, t.span(), cover(left, right));
    }
  }

  private static Operator binaryOperator(TokenType type) {
    switch (type) {
      case STAR:
        return Operator.MULTIPLY;
      case SLASH:
        return Operator.DIVIDE;
      case PERCENT:
        return Operator.MODULO;
      case PLUS:
        return Operator.ADD;
      case MINUS:
        return Operator.SUBTRACT;
      case GT:
        return Operator.GREATER;
      case GT_EQ:
        return Operator.GREATER_OR_EQUAL;
      case LT:
        return Operator.LESS;
      case LT_EQ:
        return Operator.LESS_OR_EQUAL;
      case EQ_EQ:
        return Operator.EQUAL;
      case NOT_EQ:
        return Operator.NOT_EQUAL;
      case AND_AND:
        return Operator.AND;
      case OR_OR:
        return Operator.OR;
      default:
        return null;
    }
  }

  private Expression termWithTraversals() {
    return traversals(term());
  }

  private Expression term() {
    Token t = peek();
    switch (t.type) {
      case LPAREN:
        return parenthesized();
      case NUMBER:
        read();
        return number(t);
      case IDENT:
        read();
        Token next = peek();
        if (next.type == TokenType.LPAREN || next.type == TokenType.DOUBLE_COLON) {
          return functionCall(t);
        }
        String name = text(t);
        switch (name) {
          case "true":
            return new BoolLiteral(true, t.span());
          case "false":
            return new BoolLiteral(false, t.span());
          case "null":
            return new NullLiteral(t.span());
          default:
            return new ScopeTraversal(name, t.span(), List.of(), t.span());
        }
      case OQUOTE:
      case OHEREDOC:
        return template(read(), null);
      case MINUS:
      case BANG:
        read();
        enter(t);
        Expression operand = termWithTraversals();
        exit();
        return new UnaryOperation(t.type == TokenType.MINUS ? Operator.NEGATE : Operator.NOT,
            operand, t.span(), new Span(t.startPosition(), operand.span().end()));
      case LBRACK:
        return tuple();
      case LBRACE:
        return object();
      case NEWLINE:
        throw error(t, "expected an expression, found a line break; put an expression that "
            + "spans lines in parentheses");
      case LT:
        if (t.end < text.length() && text.charAt(t.end) == '<') {
          throw error(t, "a heredoc is written <<MARKER (or <<-MARKER) with a line break right "
              + "after the marker");
        }
        throw error(t, "expected an expression, found " + describe(t));
      default:
        throw error(t, "expected an expression, found " + describe(t));
    }
  }

  private Expression parenthesized() {
    Token open = read();
    pushNewlines(false);
    Expression inner = expression();
    Token close = peek();
    if (close.type != TokenType.RPAREN) {
      throw unclosed(open, close, "')'", "'('");
    }
    read();
    popNewlines();
    return new Parenthesized(inner, new Span(open.startPosition(), close.endPosition()));
  }

  private Expression number(Token t) {
    String literal = text(t);
    if (isDecimal(literal)) {
      try {
        return new NumberLiteral(new BigDecimal(literal), literal, t.span());
      } catch (NumberFormatException | ArithmeticException e) {
        softProblem(t.start, t.end, "'" + literal + "' is out of range");
        return new InvalidExpression(t.span());
      }
    }
    softProblem(t.start, t.end, "'" + literal + "' is not a number");
    return new InvalidExpression(t.span());
  }

  /** {@code digits [. digits] [e [+-] digits]}: what a number token may be. */
  private static boolean isDecimal(String s) {
    int i = digits(s, 0);
    if (i == 0) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i = digits(s, i + 1);
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(s, i);
      if (exponent == i) {
        return false;
      }
      i = exponent;
    }
    return i == s.length();
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }


  private Expression functionCall(Token first) {
    StringBuilder name = new StringBuilder(text(first));
    Token last = first;
    Token t = read();
    while (t.type == TokenType.DOUBLE_COLON) {
      Token part = read();
      if (part.type != TokenType.IDENT) {
        throw error(part, "expected a function name after '::', found " + describe(part));
      }
      name.append("::").append(text(part));
      last = part;
      t = read();
    }
    if (t.type != TokenType.LPAREN) {
      throw error(t, "expected '(' after the function name '" + name + "', found "
          + describe(t));
    }
    Span nameSpan = new Span(first.startPosition(), last.endPosition());
    pushNewlines(false);
    List<Expression> arguments = new ArrayList<>();
    boolean expandFinal = false;
    Token close;
    while (true) {
      if (peek().type == TokenType.RPAREN) {
        close = read();
        break;
      }
      arguments.add(expression());
      Token separator = peek();
      if (separator.type == TokenType.RPAREN) {
        close = read();
        break;
      }
      if (separator.type == TokenType.ELLIPSIS) {
        read();
        expandFinal = true;
        close = peek();
        if (close.type != TokenType.RPAREN) {
          throw error(close, "'...' expands the last argument, so ')' must follow it, found "
              + describe(close));
        }
        read();
        break;
      }
      if (separator.type != TokenType.COMMA) {
        if (separator.type == TokenType.EOF) {
          throw unclosed(t, separator, "')'", "call to '" + name + "'");
        }
        throw error(separator, "expected ',' or ')' after an argument of '" + name
            + "', found " + describe(separator));
      }
      read();
    }
    popNewlines();
    return new FunctionCall(name.toString(), nameSpan, arguments, expandFinal,
        new Span(first.startPosition(), close.endPosition()));
  }

  private Expression tuple() {
    Token open = read();
    pushNewlines(false);
    if (isKeyword(peek(), "for")) {
      Expression result = forExpression(open, false);
      popNewlines();
      return result;
    }
    List<Expression> elements = new ArrayList<>();
    Token close;
    while (true) {
      if (peek().type == TokenType.RBRACK) {
        close = read();
        break;
      }
      elements.add(expression());
      Token t = peek();
      if (t.type == TokenType.RBRACK) {
        close = read();
        break;
      }
      if (t.type != TokenType.COMMA) {
        if (t.type == TokenType.EOF) {
          throw unclosed(open, t, "']'", "'['");
        }
        throw error(t, "expected ',' or ']' after a tuple element, found " + describe(t));
      }
      read();
    }
    popNewlines();
    return new TupleExpression(elements, new Span(open.startPosition(), close.endPosition()));
  }

  private Expression object() {
    Token open = read();
    pushNewlines(false);
    boolean isFor = isKeyword(peek(), "for");
    popNewlines();
    if (isFor) {
      return forExpression(open, true);
    }
    pushNewlines(true);
    List<ObjectItem> items = new ArrayList<>();
    Token close;
    while (true) {
      Token t = peek();
      if (t.type == TokenType.NEWLINE) {
        read();
        continue;
      }
      if (t.type == TokenType.RBRACE) {
        close = read();
        break;
      }
      Expression key = expression();
      Token separator = peek();
      if (separator.type != TokenType.EQUAL && separator.type != TokenType.COLON) {
        switch (separator.type) {
          case NEWLINE:
          case COMMA:
            throw error(separator, "expected '=' and a value after the key");
          case IDENT:
            throw error(separator, "expected '=' after the key, found " + describe(separator)
                + "; quote a key that holds dots or spaces");
          case EOF:
            throw unclosed(open, separator, "'}'", "'{'");
          default:
            throw error(separator, "expected '=' after the key, found " + describe(separator));
        }
      }
      read();
      Expression value = expression();
      items.add(new ObjectItem(key, value, cover(key, value)));
      Token next = peek();
      if (next.type == TokenType.RBRACE) {
        close = read();
        break;
      }
      if (next.type != TokenType.COMMA && next.type != TokenType.NEWLINE) {
        if (next.type == TokenType.EOF) {
          throw unclosed(open, next, "'}'", "'{'");
        }
        throw error(next, "expected ',' or a line break after an object item, found "
            + describe(next));
      }
      read();
    }
    popNewlines();
    return new ObjectExpression(items, new Span(open.startPosition(), close.endPosition()));
  }

  private Expression forExpression(Token open, boolean object) {
    pushNewlines(false);
    read(); // for
    Token first = read();
    if (first.type != TokenType.IDENT) {
      throw error(first, "expected a variable name after 'for', found " + describe(first));
    }
    Identifier keyVariable = null;
    Identifier valueVariable = new Identifier(text(first), first.span());
    if (peek().type == TokenType.COMMA) {
      read();
      Token second = read();
      if (second.type != TokenType.IDENT) {
        throw error(second, "expected the value variable's name after ',', found "
            + describe(second));
      }
      keyVariable = valueVariable;
      valueVariable = new Identifier(text(second), second.span());
    }
    Token in = peek();
    if (!isKeyword(in, "in")) {
      throw error(in, "expected 'in' after the variable names of the 'for', found "
          + describe(in));
    }
    read();
    Expression collection = expression();
    Token colon = peek();
    if (colon.type != TokenType.COLON) {
      throw error(colon, "expected ':' after the collection of the 'for', found "
          + describe(colon));
    }
    read();
    Expression key = null;
    Expression value = expression();
    if (peek().type == TokenType.FAT_ARROW) {
      read();
      key = value;
      value = expression();
    }
    Token ellipsis = null;
    if (peek().type == TokenType.ELLIPSIS) {
      ellipsis = read();
    }
    Expression condition = null;
    if (isKeyword(peek(), "if")) {
      read();
      condition = expression();
    }
    Token close = peek();
    TokenType closer = object ? TokenType.RBRACE : TokenType.RBRACK;
    if (close.type != closer) {
      String expected = object ? "'}'" : "']'";
      if (close.type == TokenType.EOF) {
        throw unclosed(open, close, expected, "'for' expression");
      }
      throw error(close, "expected " + expected + " to close the 'for' expression, found "
          + describe(close));
    }
    read();
    popNewlines();
    if (!object && key != null) {
      softProblem(key.span(), "a 'for' that builds a tuple has no key; remove the 'key =>'");
    }
    if (!object && ellipsis != null) {
      softProblem(ellipsis.span(), "'...' groups the values of a 'for' that builds an object; "
          + "a tuple cannot use it");
    }
    if (object && key == null) {
      softProblem(value.span(), "a 'for' that builds an object needs a key: write "
          + "'key => value'");
    }
    return new ForExpression(Optional.ofNullable(keyVariable), valueVariable, collection,
        Optional.ofNullable(key), value, ellipsis != null, Optional.ofNullable(condition),
        object, new Span(open.startPosition(), close.endPosition()));
  }

  // ----------------------------------------------------------------------------- traversals

  /** The attribute, index and splat steps after {@code from}. */
  private Expression traversals(Expression from) {
    Expression base = from;
    List<TraversalStep> steps = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.type == TokenType.DOT) {
        Token dot = read();
        Token next = peek();
        if (next.type == TokenType.IDENT) {
          read();
          steps.add(new TraversalStep.GetAttr(text(next), next.span(), cover(dot, next)));
        } else if (next.type == TokenType.NUMBER) {
          read();
          steps.add(legacyIndex(dot, next));
        } else if (next.type == TokenType.STAR) {
          Token star = read();
          base = attach(base, steps);
          steps = new ArrayList<>();
          base = attributeSplat(base, dot, star);
        } else {
          throw error(next, "expected an attribute name after '.', found " + describe(next));
        }
      } else if (t.type == TokenType.LBRACK) {
        Token open = read();
        if (peek().type == TokenType.STAR) {
          read();
          Token close = read();
          if (close.type != TokenType.RBRACK) {
            throw error(close, "expected ']' after '[*', found " + describe(close));
          }
          base = attach(base, steps);
          steps = new ArrayList<>();
          Span marker = new Span(open.startPosition(), close.endPosition());
          enter(open);
          Expression each = traversals(new SplatItem(marker));
          exit();
          return new Splat(base, true, each, marker, cover(base.span(), each.span()));
        }
        pushNewlines(false);
        Expression key = expression();
        Token close = peek();
        if (close.type != TokenType.RBRACK) {
          if (close.type == TokenType.EOF) {
            throw unclosed(open, close, "']'", "index '['");
          }
          throw error(close, "expected ']' after the index, found " + describe(close));
        }
        read();
        popNewlines();
        steps.add(new TraversalStep.Index(key, false, cover(open, close)));
      } else {
        return attach(base, steps);
      }
    }
  }

  /** {@code .0}: HIL's index syntax; {@code .0.1} reads as the number 0.1 and is refused. */
  private TraversalStep legacyIndex(Token dot, Token number) {
    String literal = text(number);
    if (literal.indexOf('.') >= 0) {
      softProblem(number.start, number.end, "the legacy index syntax cannot chain two indexes "
          + "as in '." + literal + "'; write [" + literal.replace(".", "][") + "]");
      return new TraversalStep.Index(new InvalidExpression(number.span()), true,
          cover(dot, number));
    }
    return new TraversalStep.Index(number(number), true, cover(dot, number));
  }

  /** {@code .*} and the attribute (and legacy index) steps it applies to each element. */
  private Expression attributeSplat(Expression source, Token dot, Token star) {
    Span marker = new Span(dot.startPosition(), star.endPosition());
    List<TraversalStep> each = new ArrayList<>();
    Position end = star.endPosition();
    while (peek().type == TokenType.DOT) {
      Token d = read();
      Token next = peek();
      if (next.type == TokenType.IDENT) {
        read();
        each.add(new TraversalStep.GetAttr(text(next), next.span(), cover(d, next)));
      } else if (next.type == TokenType.NUMBER) {
        read();
        each.add(legacyIndex(d, next));
      } else if (next.type == TokenType.STAR) {
        throw error(next, "a '.*' splat cannot hold another splat; use [*]");
      } else {
        throw error(next, "expected an attribute name after '.', found " + describe(next));
      }
      end = next.endPosition();
    }
    SplatItem item = new SplatItem(marker);
    Expression steps = each.isEmpty() ? item
        : new RelativeTraversal(item, each, new Span(each.get(0).span().start(), end));
    return new Splat(source, false, steps, marker, new Span(source.span().start(), end));
  }

  /** {@code base} followed by {@code steps}, merged into one traversal where it is one. */
  private static Expression attach(Expression base, List<TraversalStep> steps) {
    if (steps.isEmpty()) {
      return base;
    }
    Span span = new Span(base.span().start(), steps.get(steps.size() - 1).span().end());
    if (base instanceof ScopeTraversal scope) {
      List<TraversalStep> all = new ArrayList<>(scope.steps());
      all.addAll(steps);
      return new ScopeTraversal(scope.root(), scope.rootSpan(), all, span);
    }
    if (base instanceof RelativeTraversal relative) {
      List<TraversalStep> all = new ArrayList<>(relative.steps());
      all.addAll(steps);
      return new RelativeTraversal(relative.source(), all, span);
    }
    return new RelativeTraversal(base, steps, span);
  }
}
