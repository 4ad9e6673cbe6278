package dev.plumbline.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * A function call {@code name(arguments...)}. The parser accepts any function name; {@link
 * BuiltinFunctions} says which ones exist and how many arguments they take.
 *
 * @param name      the function name as written (function names are case-insensitive)
 * @param nameStart index of the name's first character
 * @param nameEnd   index just past the name
 * @param arguments the arguments in order; unmodifiable
 */
public record Call(int start, int end, String name, int nameStart, int nameEnd,
    List<Expr> arguments) implements Expr {

  public Call {
    Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
  }

  @Override
  public List<Expr> children() {
    return arguments;
  }
}
