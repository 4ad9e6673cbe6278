package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;

/**
 * A function call: {@code jsonencode(x)}, {@code provider::aws::arn_parse(a)}, {@code f(list...)}.
 *
 * @param name        the name as written, namespaces included ({@code provider::aws::arn_parse})
 * @param nameSpan    where the name is
 * @param arguments   the arguments
 * @param expandFinal whether the last argument is followed by {@code ...}
 * @param span        from the name to the closing parenthesis
 */
public record FunctionCall(String name, Span nameSpan, List<Expression> arguments,
    boolean expandFinal, Span span) implements Expression {

  public FunctionCall {
    arguments = List.copyOf(arguments);
  }

  /** The name without namespaces: {@code arn_parse} for {@code provider::aws::arn_parse}. */
  public String baseName() {
    int colons = name.lastIndexOf("::");
    return colons < 0 ? name : name.substring(colons + 2);
  }

  @Override
  public List<Expression> children() {
    return arguments;
  }
}
