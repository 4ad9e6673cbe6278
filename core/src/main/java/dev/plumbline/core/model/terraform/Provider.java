package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/** A {@code provider "name"} block: the configuration of a provider, perhaps an alias. */
public final class Provider extends TerraformBlock {

  Provider(TerraformModule module, TerraformFile file, Block block) {
    super(module, file, block);
  }

  /** The provider's local name, such as {@code aws}. */
  public String name() {
    return block().labels().get(0);
  }

  /** Where the name label is written, quotes included. */
  public Span nameSpan() {
    return block().labelSpans().get(0);
  }

  /** The {@code alias}, when it is a literal string. */
  public Optional<String> alias() {
    return expression("alias").flatMap(Expression::stringValue);
  }

  /** How resources select it: {@code aws}, or {@code aws.west} for an alias. */
  public String address() {
    return alias().map(a -> name() + "." + a).orElse(name());
  }
}
