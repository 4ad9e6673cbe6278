package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Reads templates: quoted strings, heredocs and (for the JSON syntax) bare templates. The pieces
 * are read here, their interpolated expressions by the subclass, and a
 * {@link TemplateAssembler} puts them together.
 */
abstract class TemplateParser extends ParserBase {

  TemplateParser(String text, int start, int end, Positions positions, List<HclComment> comments,
      List<HclProblem> problems, boolean template) {
    super(text, start, end, positions, comments, problems, template);
  }

  /** An expression, as the subclass reads it. */
  abstract Expression expression();

  /**
   * A quoted or heredoc template whose opener was just read, or with {@code open} null a bare
   * template filling the whole text.
   */
  final Template template(Token open, Span bareSpan) {
    boolean heredoc = open != null && open.type == TokenType.OHEREDOC;
    boolean flush = heredoc && text.charAt(open.start + 2) == '-';
    TokenType closer = open == null ? TokenType.EOF
        : heredoc ? TokenType.CHEREDOC : TokenType.CQUOTE;
    Token t = read();
    if (closer == TokenType.CQUOTE && t.type == TokenType.QUOTED_LIT
        && peek().type == TokenType.CQUOTE) {
      // the most common template, a plain string: no assembly needed
      Token close = read();
      TemplatePart literal = new TemplatePart.Literal(
          StringLiterals.decode(text, t.start, t.end, true, literalProblems), positions, t.start);
      return new Template(List.of(literal), new Span(open.startPosition(), close.endPosition()),
          Optional.empty());
    }
    TemplateAssembler assembler = new TemplateAssembler(positions, templateProblems);
    Token close;
    for (;; t = read()) {
      if (t.type == closer) {
        close = t;
        break;
      }
      switch (t.type) {
        case QUOTED_LIT:
        case STRING_LIT:
          assembler.literal(StringLiterals.decode(text, t.start, t.end,
              t.type == TokenType.QUOTED_LIT, literalProblems), t.start);
          break;
        case TEMPLATE_INTERP:
          assembler.interpolation(interpolation(t, closer));
          break;
        case TEMPLATE_CONTROL:
          directive(t, assembler);
          break;
        default:
          if (t.type.isError()) {
            throw error(t, t.message);
          }
          throw error(t, "unexpected " + describe(t) + " in a string");
      }
    }
    if (assembler.directiveDepth() > MAX_DEPTH) {
      int start = open == null ? 0 : open.start;
      throw new SyntaxError(new HclProblem(HclProblem.Kind.LIMIT,
          open == null ? bareSpan : open.span(),
          "template directives nest more than " + MAX_DEPTH + " deep"), start);
    }
    int emptyAt = open == null ? 0 : heredoc ? close.start : open.end;
    List<TemplatePart> parts = assembler.finish(flush, emptyAt);
    if (open == null) {
      return new Template(parts, bareSpan, Optional.empty());
    }
    Optional<Heredoc> info = Optional.empty();
    if (heredoc) {
      String marker = text.substring(open.start + (flush ? 3 : 2), open.end);
      info = Optional.of(new Heredoc(marker, flush, open.span(), close.span()));
    }
    return new Template(parts, new Span(open.startPosition(), close.endPosition()), info);
  }

  private TemplatePart.Interpolation interpolation(Token open, TokenType closer) {
    pushNewlines(false);
    Expression expression = expression();
    Token close = peek();
    if (close.type != TokenType.TEMPLATE_SEQ_END) {
      boolean cutOff = close.type == TokenType.EOF || close.type.isError()
          || closer == TokenType.CQUOTE && (close.type == TokenType.OQUOTE
              || close.type == TokenType.CQUOTE)
          || close.startPosition().line() > expression.span().end().line();
      if (cutOff) {
        throw new SyntaxError(new HclProblem(HclProblem.Kind.SYNTAX, open.span(),
            "unterminated template interpolation: add the '}' that closes the '${' at line "
                + open.startPosition().line() + ", column " + open.startPosition().column()),
            open.start);
      }
      throw error(close, "expected '}' to end the interpolation, found " + describe(close)
          + "; to write a literal '${', escape it as '$${'");
    }
    read();
    popNewlines();
    return new TemplatePart.Interpolation(expression, open.end - open.start == 3,
        text.charAt(close.start) == '~', new Span(open.startPosition(), close.endPosition()));
  }

  private void directive(Token open, TemplateAssembler assembler) {
    pushNewlines(false);
    boolean stripBefore = open.end - open.start == 3;
    Token keyword = peek();
    if (keyword.type != TokenType.IDENT) {
      throw error(keyword, "expected if, for, else, endif or endfor after '%{', found "
          + describe(keyword));
    }
    read();
    String word = text(keyword);
    Expression expression = null;
    Identifier key = null;
    Identifier value = null;
    switch (word) {
      case "if":
        expression = expression();
        break;
      case "for":
        Token first = read();
        if (first.type != TokenType.IDENT) {
          throw error(first, "expected a variable name after '%{ for', found "
              + describe(first));
        }
        value = new Identifier(text(first), first.span());
        if (peek().type == TokenType.COMMA) {
          read();
          Token second = read();
          if (second.type != TokenType.IDENT) {
            throw error(second, "expected the value variable's name after ',', found "
                + describe(second));
          }
          key = value;
          value = new Identifier(text(second), second.span());
        }
        Token in = peek();
        if (!isKeyword(in, "in")) {
          throw error(in, "expected 'in' after the variable names of '%{ for', found "
              + describe(in));
        }
        read();
        expression = expression();
        break;
      case "else":
      case "endif":
      case "endfor":
        break;
      default:
        throw error(keyword, "unknown template directive '" + word
            + "'; expected if, for, else, endif or endfor");
    }
    Token close = peek();
    if (close.type != TokenType.TEMPLATE_SEQ_END) {
      throw error(close, "expected '}' to end the '%{ " + word + "' directive, found "
          + describe(close));
    }
    read();
    popNewlines();
    boolean stripAfter = text.charAt(close.start) == '~';
    Span span = new Span(open.startPosition(), close.endPosition());
    switch (word) {
      case "if":
        assembler.ifDirective(expression, span, stripBefore, stripAfter);
        break;
      case "for":
        assembler.forDirective(key, value, expression, span, stripBefore, stripAfter);
        break;
      case "else":
        assembler.elseDirective(span, stripBefore, stripAfter);
        break;
      case "endif":
        assembler.endIfDirective(span, stripBefore, stripAfter);
        break;
      default:
        assembler.endForDirective(span, stripBefore, stripAfter);
        break;
    }
  }
}
