package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A piece of a template: literal text, an interpolation, or an {@code if} or {@code for}. */
public sealed interface TemplatePart
    permits TemplatePart.Literal, TemplatePart.Interpolation, TemplatePart.If, TemplatePart.For {

  Span span();

  /** The expressions directly inside this part. */
  List<Expression> expressions();

  /**
   * Literal text, as the template produces it: escapes decoded, {@code $${} and {@code %%{}
   * unescaped, strip markers and heredoc indentation applied. Each character still knows where
   * it is written, see {@link #spanOf}.
   */
  final class Literal implements TemplatePart {
    private final MappedText text;
    private final Positions positions;
    private final Span span;

    Literal(MappedText text, Positions positions, int emptyAt) {
      this.text = text;
      this.positions = positions;
      this.span = text.length() == 0 ? Span.at(positions.at(emptyAt))
          : new Span(positions.at(text.start(0)), positions.at(text.end(text.length() - 1)));
    }

    public String value() {
      return text.value;
    }

    /** From where the first character is written to where the last one is. */
    @Override
    public Span span() {
      return span;
    }

    /**
     * Where the characters {@code [from, to)} of {@link #value()} are written: an escaped
     * character covers its whole escape sequence.
     */
    public Span spanOf(int from, int to) {
      Objects.checkFromToIndex(from, to, text.length());
      if (text.length() == 0) {
        return span;
      }
      if (from == to) {
        return Span.at(from < text.length() ? positions.at(text.start(from))
            : positions.at(text.end(from - 1)));
      }
      return new Span(positions.at(text.start(from)), positions.at(text.end(to - 1)));
    }

    @Override
    public List<Expression> expressions() {
      return List.of();
    }

    @Override
    public String toString() {
      return "Literal[" + text.value + "]";
    }
  }

  /**
   * {@code ${expression}}.
   *
   * @param expression  what is interpolated
   * @param stripBefore {@code ${~}: white space before it is removed
   * @param stripAfter  {@code ~}}: white space after it is removed
   * @param span        from {@code ${} to {@code }}
   */
  record Interpolation(Expression expression, boolean stripBefore, boolean stripAfter, Span span)
      implements TemplatePart {
    @Override
    public List<Expression> expressions() {
      return List.of(expression);
    }
  }

  /**
   * {@code %{ if condition }whenTrue%{ else }whenFalse%{ endif }}.
   *
   * @param condition the condition
   * @param whenTrue  the parts before {@code else} (or {@code endif})
   * @param whenFalse the parts after {@code else}; empty without one
   * @param span      from {@code %{ if} to the end of {@code endif }}
   */
  record If(Expression condition, List<TemplatePart> whenTrue, List<TemplatePart> whenFalse,
      Span span) implements TemplatePart {
    public If {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }

    @Override
    public List<Expression> expressions() {
      List<Expression> result = new ArrayList<>();
      result.add(condition);
      Template.collect(whenTrue, result);
      Template.collect(whenFalse, result);
      return result;
    }
  }

  /**
   * {@code %{ for key, value in collection }body%{ endfor }}.
   *
   * @param keyVariable   the first name, when two are given
   * @param valueVariable the (last) name
   * @param collection    what is iterated
   * @param body          the repeated parts
   * @param span          from {@code %{ for} to the end of {@code endfor }}
   */
  record For(Optional<Identifier> keyVariable, Identifier valueVariable, Expression collection,
      List<TemplatePart> body, Span span) implements TemplatePart {
    public For {
      body = List.copyOf(body);
    }

    @Override
    public List<Expression> expressions() {
      List<Expression> result = new ArrayList<>();
      result.add(collection);
      Template.collect(body, result);
      return result;
    }
  }
}
