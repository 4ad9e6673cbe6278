package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/** A {@code variable "name"} block: an input of the module. */
public final class Variable extends TerraformBlock {

  Variable(TerraformModule module, TerraformFile file, Block block) {
    super(module, file, block);
  }

  public String name() {
    return block().labels().get(0);
  }

  /** Where the name label is written, quotes included. */
  public Span nameSpan() {
    return block().labelSpans().get(0);
  }

  /** The {@code type} constraint as written, such as {@code list(string)}. */
  public Optional<Expression> typeExpression() {
    return expression("type");
  }

  /** The {@code description}, when it is a literal string. */
  public Optional<String> description() {
    return expression("description").flatMap(Expression::stringValue);
  }

  /** The {@code default} value as written; a variable without one must be set by the caller. */
  public Optional<Expression> defaultExpression() {
    return expression("default");
  }

  /** Whether {@code sensitive = true} is written. */
  public boolean isSensitive() {
    return expression("sensitive").flatMap(Expression::boolValue).orElse(false);
  }

  /**
   * The value Terraform would use without {@code -var} and {@code -var-file}: set by a variables
   * file it loads by itself, else the default; see {@link Evaluator#variable}.
   */
  public Value value() {
    return module().evaluator().variable(name());
  }

  /** How other blocks refer to it: {@code var.name}. */
  public String address() {
    return "var." + name();
  }
}
