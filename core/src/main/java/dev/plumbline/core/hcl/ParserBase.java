package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What the parts of the native-syntax parser share: the tokens, the problems found, the nesting
 * depth, and the helpers that read tokens and report errors.
 */
abstract class ParserBase {

  /** Deepest nesting of expressions, blocks and template directives that is followed. */
  static final int MAX_DEPTH = 200;

  final String text;
  final Positions positions;
  final TokenStream tokens;
  final List<HclProblem> problems;
  /** Where problems in string literals go. */
  final StringLiterals.Problems literalProblems = this::softProblem;
  /** Where problems in template directives go. */
  final BiConsumer<Span, String> templateProblems = this::softProblem;
  private final Names names = new Names();
  int depth;

  ParserBase(String text, int start, int end, Positions positions, List<HclComment> comments,
      List<HclProblem> problems, boolean template) {
    this.text = text;
    this.positions = positions;
    this.problems = problems;
    this.tokens = new TokenStream(new Lexer(text, start, end, positions, comments, template));
  }

  // --------------------------------------------------------------------------------- tokens

  final Token peek() {
    return tokens.peek();
  }

  final Token read() {
    return tokens.read();
  }

  final void pushNewlines(boolean count) {
    tokens.pushNewlines(count);
  }

  final void popNewlines() {
    tokens.popNewlines();
  }

  final void enter(Token at) {
    if (++depth > MAX_DEPTH) {
      throw new SyntaxError(new HclProblem(HclProblem.Kind.LIMIT, at.span(),
          "nesting deeper than " + MAX_DEPTH + " levels"), at.start);
    }
  }

  final void exit() {
    depth--;
  }

  final boolean isKeyword(Token t, String word) {
    return t.type == TokenType.IDENT && t.end - t.start == word.length()
        && text.startsWith(word, t.start);
  }

  final String text(Token t) {
    return names.get(text, t.start, t.end);
  }

  final String describe(Token t) {
    switch (t.type) {
      case IDENT:
      case NUMBER:
        return "'" + text(t) + "'";
      default:
        return t.type.description();
    }
  }

  // ------------------------------------------------------------------------------- problems

  /** A syntax error at {@code t}; an error token brings its own message. */
  final SyntaxError error(Token t, String message) {
    String reason = t.type.isError() ? t.message : message;
    return new SyntaxError(new HclProblem(HclProblem.Kind.SYNTAX, problemSpan(t), reason),
        t.start);
  }

  /** A token's span; for a line break, the end of its line, so the report stays on it. */
  static Span problemSpan(Token t) {
    return t.type == TokenType.NEWLINE ? Span.at(t.startPosition()) : t.span();
  }

  /**
   * At the end of the file: no closer for {@code what}, reported at its opening; elsewhere: the
   * closer was expected at {@code found}.
   */
  final SyntaxError unclosed(Token open, Token found, String closer, String what) {
    if (found.type == TokenType.EOF) {
      return new SyntaxError(new HclProblem(HclProblem.Kind.SYNTAX, open.span(),
          "no " + closer + " closes the " + what + " at line " + open.startPosition().line()
              + ", column " + open.startPosition().column()),
          open.start);
    }
    return error(found, "expected " + closer + " to close the " + what + " at line "
        + open.startPosition().line() + ", found " + describe(found));
  }

  final void softProblem(int start, int end, String message) {
    problems.add(new HclProblem(HclProblem.Kind.SYNTAX, positions.span(start, end), message));
  }

  final void softProblem(Span span, String message) {
    problems.add(new HclProblem(HclProblem.Kind.SYNTAX, span, message));
  }

  static Span cover(Expression first, Expression last) {
    return new Span(first.span().start(), last.span().end());
  }

  static Span cover(Span first, Span last) {
    return new Span(first.start(), last.end());
  }

  static Span cover(Token first, Token last) {
    return new Span(first.startPosition(), last.endPosition());
  }
}
