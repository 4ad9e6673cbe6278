package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/** An {@code output "name"} block: a value the module gives its caller. */
public final class Output extends TerraformBlock {

  Output(TerraformModule module, TerraformFile file, Block block) {
    super(module, file, block);
  }

  public String name() {
    return block().labels().get(0);
  }

  /** Where the name label is written, quotes included. */
  public Span nameSpan() {
    return block().labelSpans().get(0);
  }

  /** The {@code value} expression. */
  public Optional<Expression> valueExpression() {
    return expression("value");
  }

  /** The {@code description}, when it is a literal string. */
  public Optional<String> description() {
    return expression("description").flatMap(Expression::stringValue);
  }

  /** Whether {@code sensitive = true} is written. */
  public boolean isSensitive() {
    return expression("sensitive").flatMap(Expression::boolValue).orElse(false);
  }
}
