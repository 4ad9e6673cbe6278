package dev.plumbline.core.hcl;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for the HCL native syntax, written from HashiCorp's specification and
 * accepting what HashiCorp's parser accepts. Line breaks end attributes and blocks, and are
 * ignored inside parentheses, brackets, {@code for} expressions and template sequences, but not
 * inside object constructors (a stack of "line breaks count" flags, as in HCL).
 *
 * <p>Recovery: a problem that leaves the structure intact (a bad escape, a repeated attribute, a
 * malformed number) is recorded and parsing goes on. A syntax error ends the top-level item it
 * is in: that item is left out, the problem recorded, and parsing resumes at the next line that
 * starts like a top-level block, so that one error does not hide the blocks after it.
 */
final class NativeParser extends ExpressionParser {

  private NativeParser(String text, int start, int end, Positions positions,
      List<HclComment> comments, List<HclProblem> problems, boolean template) {
    super(text, start, end, positions, comments, problems, template);
  }

  static HclFile parse(SourceFile file) {
    List<HclComment> comments = new ArrayList<>();
    List<HclProblem> problems = new ArrayList<>();
    String text = file.text();
    Positions positions = new FilePositions(file);
    NativeParser parser =
        new NativeParser(text, 0, text.length(), positions, comments, problems, false);
    List<BodyItem> items = parser.topLevel();
    Body body = new Body(items, positions.span(0, text.length()));
    return new HclFile(file, HclFile.Syntax.NATIVE, body, comments, problems);
  }

  /**
   * Parses {@code text} as a bare template, such as the content of a JSON string. A syntax error
   * is recorded and gives an {@link InvalidExpression}.
   *
   * @param span where the whole string is written, quotes included
   */
  static Expression parseTemplate(String text, Positions positions, Span span,
      List<HclProblem> problems) {
    NativeParser parser = new NativeParser(text, 0, text.length(), positions,
        new ArrayList<>(), problems, true);
    try {
      return parser.template(null, span);
    } catch (SyntaxError e) {
      problems.add(e.problem);
      return new InvalidExpression(span);
    }
  }

  // ------------------------------------------------------------------------------ structure

  private List<BodyItem> topLevel() {
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> seen = new HashMap<>();
    while (true) {
      try {
        Token t = peek();
        if (t.type == TokenType.NEWLINE) {
          read();
          continue;
        }
        if (t.type == TokenType.EOF) {
          return items;
        }
        if (t.type != TokenType.IDENT) {
          throw notAnItem(t);
        }
        add(items, seen, bodyItem(false));
      } catch (SyntaxError e) {
        problems.add(e.problem);
        restart(Resync.next(text, e.resumeAfter));
      }
    }
  }

  private void restart(int offset) {
    tokens.restart(offset);
    depth = 0;
  }

  private void add(List<BodyItem> items, Map<String, Attribute> seen, BodyItem item) {
    if (item instanceof Attribute attribute) {
      Attribute first = seen.putIfAbsent(attribute.name(), attribute);
      if (first != null) {
        problems.add(new HclProblem(HclProblem.Kind.DUPLICATE_ATTRIBUTE, attribute.nameSpan(),
            "attribute '" + attribute.name() + "' is already set at line "
                + first.nameSpan().start().line() + "; set each attribute once"));
      }
    }
    items.add(item);
  }

  private SyntaxError notAnItem(Token t) {
    if (t.type == TokenType.OQUOTE) {
      return error(t, "an attribute name is not quoted; write name = value");
    }
    return error(t, "expected an attribute or a block, found " + describe(t));
  }

  /** An attribute or block, its name being the next token. */
  private BodyItem bodyItem(boolean singleLine) {
    Token name = read();
    Token next = peek();
    switch (next.type) {
      case EQUAL:
        return attribute(name, singleLine);
      case OQUOTE:
      case LBRACE:
      case IDENT:
        if (singleLine) {
          throw error(name, "a one-line block holds one attribute; put the nested block '"
              + text(name) + "' on its own line");
        }
        return block(name);
      default:
        throw error(next, "expected '=' or a block's '{' after '" + text(name) + "', found "
            + describe(next));
    }
  }

  private Attribute attribute(Token name, boolean singleLine) {
    read(); // =
    Expression value = expression();
    if (!singleLine) {
      Token end = peek();
      if (end.type == TokenType.NEWLINE) {
        read();
      } else if (end.type != TokenType.EOF) {
        if (end.type == TokenType.COMMA) {
          throw error(end, "unexpected ',' after the value of '" + text(name)
              + "'; put each attribute on its own line");
        }
        throw error(end, "expected a line break after the value of '" + text(name)
            + "', found " + describe(end));
      }
    }
    return new Attribute(text(name), name.span(), value,
        new Span(name.startPosition(), value.span().end()));
  }

  private Block block(Token type) {
    enter(type);
    String name = text(type);
    List<String> labels = new ArrayList<>();
    List<Span> labelSpans = new ArrayList<>();
    Token open;
    while (true) {
      Token t = peek();
      if (t.type == TokenType.LBRACE) {
        open = read();
        break;
      }
      if (t.type == TokenType.OQUOTE) {
        label(labels, labelSpans);
      } else if (t.type == TokenType.IDENT) {
        read();
        labels.add(text(t));
        labelSpans.add(t.span());
      } else if (t.type == TokenType.EQUAL) {
        throw error(t, "unexpected '=' after the labels of block '" + name
            + "'; a block is written type \"label\" { ... }");
      } else if (t.type == TokenType.NEWLINE) {
        throw error(t, "the '{' of block '" + name
            + "' must be on the same line as its type and labels");
      } else {
        throw error(t, "expected a quoted label or '{' for block '" + name + "', found "
            + describe(t));
      }
    }
    Body body;
    Token first = peek();
    if (first.type == TokenType.NEWLINE || first.type == TokenType.EOF
        || first.type == TokenType.RBRACE) {
      body = blockBody(open, name);
    } else {
      body = oneLineBody(open, name);
    }
    Token close = tokens.previous();
    Token end = peek();
    if (end.type == TokenType.NEWLINE) {
      read();
    } else if (end.type != TokenType.EOF) {
      throw error(end, "expected a line break after the '}' of block '" + name + "', found "
          + describe(end));
    }
    exit();
    return new Block(name, type.span(), labels, labelSpans, body,
        new Span(type.startPosition(), close.endPosition()));
  }

  /** A quoted block label: a string without interpolations. */
  private void label(List<String> labels, List<Span> spans) {
    Token open = read();
    StringBuilder value = new StringBuilder();
    while (true) {
      Token t = read();
      if (t.type == TokenType.CQUOTE) {
        labels.add(value.toString());
        spans.add(new Span(open.startPosition(), t.endPosition()));
        return;
      }
      if (t.type == TokenType.QUOTED_LIT) {
        value.append(StringLiterals.decode(text, t.start, t.end, true, literalProblems).value);
      } else if (t.type == TokenType.TEMPLATE_INTERP || t.type == TokenType.TEMPLATE_CONTROL) {
        String opener = text.substring(t.start, t.start + 1);
        softProblem(t.start, t.end, "a block label cannot hold a template sequence; write '"
            + opener + opener + "{' for a literal '" + opener + "{'");
        skipSequence();
        value.append(opener).append("{ ... }");
      } else {
        throw error(t, "unterminated string; add the closing '\"'");
      }
    }
  }

  /** Skips to the end of the template sequence just opened. */
  private void skipSequence() {
    int nested = 0;
    while (true) {
      Token t = read();
      if (t.type == TokenType.TEMPLATE_INTERP || t.type == TokenType.TEMPLATE_CONTROL) {
        nested++;
      } else if (t.type == TokenType.TEMPLATE_SEQ_END) {
        if (nested-- == 0) {
          return;
        }
      } else if (t.type == TokenType.EOF || t.type.isError()) {
        throw error(t, "unterminated template sequence in a block label");
      }
    }
  }

  private Body blockBody(Token open, String name) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> seen = new HashMap<>();
    while (true) {
      Token t = peek();
      switch (t.type) {
        case NEWLINE:
          read();
          break;
        case RBRACE:
          Token close = read();
          return new Body(items, new Span(open.startPosition(), close.endPosition()));
        case IDENT:
          add(items, seen, bodyItem(false));
          break;
        case EOF:
          throw unclosedBlock(open, name);
        default:
          throw notAnItem(t);
      }
    }
  }

  /** {@code type { name = value }} on one line. */
  private Body oneLineBody(Token open, String name) {
    Token first = peek();
    if (first.type != TokenType.IDENT) {
      throw error(first, "expected an attribute in the one-line block '" + name + "', found "
          + describe(first));
    }
    BodyItem item = bodyItem(true);
    Token close = peek();
    switch (close.type) {
      case RBRACE:
        read();
        return new Body(List.of(item), new Span(open.startPosition(), close.endPosition()));
      case COMMA:
        throw error(close, "a one-line block holds one attribute; put each attribute of '"
            + name + "' on its own line");
      case NEWLINE:
        throw error(close, "close the one-line block '" + name
            + "' with '}' on the same line, or put its attribute on a line of its own");
      case EOF:
        throw unclosedBlock(open, name);
      default:
        throw error(close, "expected '}' to close the one-line block '" + name + "', found "
            + describe(close));
    }
  }

  private SyntaxError unclosedBlock(Token open, String name) {
    return new SyntaxError(new HclProblem(HclProblem.Kind.SYNTAX, open.span(),
        "unclosed block '" + name + "': no '}' closes the '{' at line "
            + open.startPosition().line() + ", column " + open.startPosition().column()),
        open.start);
  }
}
