package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Turns the pieces of a template, in the order they are read, into its parts: applies strip
 * markers ({@code ~}) to the adjacent literals, removes the common indentation of a {@code <<-}
 * heredoc, joins adjacent literals, and nests the parts between {@code %{ if }} / {@code else} /
 * {@code endif} and {@code %{ for }} / {@code endfor}. The order of these steps is HCL's.
 */
final class TemplateAssembler {

  private enum Kind { LITERAL, INTERPOLATION, IF, ELSE, ENDIF, FOR, ENDFOR }

  /** A piece as read. */
  private static final class Piece {
    final Kind kind;
    MappedText text;
    int emptyAt;
    TemplatePart.Interpolation interpolation;
    Expression expression;
    Identifier key;
    Identifier value;
    Span span;

    Piece(Kind kind) {
      this.kind = kind;
    }
  }

  private final Positions positions;
  private final BiConsumer<Span, String> problems;
  private final List<Piece> pieces = new ArrayList<>();
  private boolean trimNext;
  private boolean lastWasLiteral;
  private int at;

  TemplateAssembler(Positions positions, BiConsumer<Span, String> problems) {
    this.positions = positions;
    this.problems = problems;
  }

  void literal(MappedText text, int start) {
    Piece piece = new Piece(Kind.LITERAL);
    piece.text = trimNext ? text.substring(HclChars.leadingSpace(text.value), text.length())
        : text;
    piece.emptyAt = start;
    pieces.add(piece);
    trimNext = false;
    lastWasLiteral = true;
  }

  void interpolation(TemplatePart.Interpolation interpolation) {
    Piece piece = sequence(Kind.INTERPOLATION, interpolation.span(),
        interpolation.stripBefore(), interpolation.stripAfter());
    piece.interpolation = interpolation;
  }

  void ifDirective(Expression condition, Span span, boolean stripBefore, boolean stripAfter) {
    sequence(Kind.IF, span, stripBefore, stripAfter).expression = condition;
  }

  void elseDirective(Span span, boolean stripBefore, boolean stripAfter) {
    sequence(Kind.ELSE, span, stripBefore, stripAfter);
  }

  void endIfDirective(Span span, boolean stripBefore, boolean stripAfter) {
    sequence(Kind.ENDIF, span, stripBefore, stripAfter);
  }

  void forDirective(Identifier key, Identifier value, Expression collection, Span span,
      boolean stripBefore, boolean stripAfter) {
    Piece piece = sequence(Kind.FOR, span, stripBefore, stripAfter);
    piece.key = key;
    piece.value = value;
    piece.expression = collection;
  }

  void endForDirective(Span span, boolean stripBefore, boolean stripAfter) {
    sequence(Kind.ENDFOR, span, stripBefore, stripAfter);
  }

  private Piece sequence(Kind kind, Span span, boolean stripBefore, boolean stripAfter) {
    if (stripBefore && lastWasLiteral) {
      Piece previous = pieces.get(pieces.size() - 1);
      MappedText text = previous.text;
      previous.text = text.substring(0, text.length() - HclChars.trailingSpace(text.value));
    }
    Piece piece = new Piece(kind);
    piece.span = span;
    pieces.add(piece);
    trimNext = stripAfter;
    lastWasLiteral = false;
    return piece;
  }

  /** How deeply the {@code if} and {@code for} directives nest. */
  int directiveDepth() {
    int depth = 0;
    int deepest = 0;
    for (Piece piece : pieces) {
      if (piece.kind == Kind.IF || piece.kind == Kind.FOR) {
        deepest = Math.max(deepest, ++depth);
      } else if (piece.kind == Kind.ENDIF || piece.kind == Kind.ENDFOR) {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  /**
   * The template's parts.
   *
   * @param flush   whether this is a {@code <<-} heredoc
   * @param emptyAt where an empty template's one empty literal is (after its opening quote)
   */
  List<TemplatePart> finish(boolean flush, int emptyAt) {
    if (flush) {
      removeIndentation();
    }
    joinLiterals();
    if (pieces.isEmpty()) {
      return List.of(new TemplatePart.Literal(MappedText.identity("", emptyAt), positions,
          emptyAt));
    }
    at = 0;
    List<TemplatePart> parts = new ArrayList<>();
    while (at < pieces.size()) {
      TemplatePart part = part();
      if (part != null) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** HCL's rule for {@code <<-}: the fewest leading spaces of a line's first literal, removed
   * from every line; lines of only spaces do not count, and a line that starts with an
   * interpolation or directive counts as unindented. */
  private void removeIndentation() {
    int least = Integer.MAX_VALUE;
    boolean lineStart = true;
    List<Piece> indented = new ArrayList<>();
    for (Piece piece : pieces) {
      if (lineStart) {
        lineStart = false;
        int spaces = 0;
        if (piece.kind == Kind.LITERAL) {
          String value = piece.text.value;
          int leading = HclChars.leadingSpace(value);
          if (leading == value.length() && value.endsWith("\n")) {
            spaces = Integer.MAX_VALUE;
          } else {
            spaces = value.codePointCount(0, leading);
            indented.add(piece);
          }
        }
        least = Math.min(least, spaces);
      }
      if (piece.kind == Kind.LITERAL && piece.text.value.endsWith("\n")) {
        lineStart = true;
      }
    }
    if (least == Integer.MAX_VALUE || least == 0) {
      return;
    }
    for (Piece piece : indented) {
      String value = piece.text.value;
      int chars = value.offsetByCodePoints(0, least);
      piece.text = piece.text.substring(chars, value.length());
    }
  }

  private void joinLiterals() {
    List<Piece> joined = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      Piece last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (piece.kind == Kind.LITERAL && last != null && last.kind == Kind.LITERAL) {
        last.text = last.text.concat(piece.text);
      } else {
        joined.add(piece);
      }
    }
    pieces.clear();
    pieces.addAll(joined);
  }

  /** The part at {@link #at}, advancing past it; null for a misplaced end directive. */
  private TemplatePart part() {
    Piece piece = pieces.get(at++);
    switch (piece.kind) {
      case LITERAL:
        return new TemplatePart.Literal(piece.text, positions, piece.emptyAt);
      case INTERPOLATION:
        return piece.interpolation;
      case IF:
        return ifPart(piece);
      case FOR:
        return forPart(piece);
      default:
        problems.accept(piece.span, directive(piece.kind) + " without a matching "
            + (piece.kind == Kind.ENDFOR ? "%{ for }" : "%{ if }"));
        return null;
    }
  }

  private TemplatePart ifPart(Piece open) {
    List<TemplatePart> whenTrue = new ArrayList<>();
    List<TemplatePart> whenFalse = new ArrayList<>();
    List<TemplatePart> current = whenTrue;
    Span end = open.span;
    while (true) {
      if (at >= pieces.size()) {
        problems.accept(open.span, "missing %{ endif } for this %{ if }");
        break;
      }
      Piece next = pieces.get(at);
      if (next.kind == Kind.ELSE) {
        at++;
        end = next.span;
        if (current == whenTrue) {
          current = whenFalse;
        } else {
          problems.accept(next.span, "a second %{ else } for the %{ if } at line "
              + open.span.start().line());
        }
        continue;
      }
      if (next.kind == Kind.ENDIF || next.kind == Kind.ENDFOR) {
        at++;
        end = next.span;
        if (next.kind == Kind.ENDFOR) {
          problems.accept(next.span, "expected %{ endif } for the %{ if } at line "
              + open.span.start().line() + ", found %{ endfor }");
        }
        break;
      }
      TemplatePart part = part();
      current.add(part);
      end = part.span();
    }
    return new TemplatePart.If(open.expression, whenTrue, whenFalse, open.span.union(end));
  }

  private TemplatePart forPart(Piece open) {
    List<TemplatePart> body = new ArrayList<>();
    Span end = open.span;
    while (true) {
      if (at >= pieces.size()) {
        problems.accept(open.span, "missing %{ endfor } for this %{ for }");
        break;
      }
      Piece next = pieces.get(at);
      if (next.kind == Kind.ENDFOR || next.kind == Kind.ENDIF) {
        at++;
        end = next.span;
        if (next.kind == Kind.ENDIF) {
          problems.accept(next.span, "expected %{ endfor } for the %{ for } at line "
              + open.span.start().line() + ", found %{ endif }");
        }
        break;
      }
      if (next.kind == Kind.ELSE) {
        at++;
        problems.accept(next.span, "%{ else } cannot be used in a %{ for }");
        continue;
      }
      TemplatePart part = part();
      body.add(part);
      end = part.span();
    }
    return new TemplatePart.For(Optional.ofNullable(open.key), open.value, open.expression, body,
        open.span.union(end));
  }

  private static String directive(Kind kind) {
    switch (kind) {
      case ELSE:
        return "%{ else }";
      case ENDIF:
        return "%{ endif }";
      default:
        return "%{ endfor }";
    }
  }
}
