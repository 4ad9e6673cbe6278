package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.List;

/** One local value: an attribute of a {@code locals} block, referred to as {@code local.name}. */
public final class Local implements TerraformNode {

  private final TerraformModule module;
  private final TerraformFile file;
  private final Block localsBlock;
  private final Attribute attribute;

  Local(TerraformModule module, TerraformFile file, Block localsBlock, Attribute attribute) {
    this.module = module;
    this.file = file;
    this.localsBlock = localsBlock;
    this.attribute = attribute;
  }

  public TerraformModule module() {
    return module;
  }

  public TerraformFile file() {
    return file;
  }

  @Override
  public String path() {
    return file.path();
  }

  public String name() {
    return attribute.name();
  }

  public Span nameSpan() {
    return attribute.nameSpan();
  }

  public Expression expression() {
    return attribute.expression();
  }

  public Attribute attribute() {
    return attribute;
  }

  /** The {@code locals} block it is written in. */
  public Block localsBlock() {
    return localsBlock;
  }

  /** From the name to the end of the value. */
  @Override
  public Span span() {
    return attribute.span();
  }

  /** The value, as far as it can be known safely. */
  public Value value() {
    return module.evaluator().local(name());
  }

  /** How other blocks refer to it: {@code local.name}. */
  public String address() {
    return "local." + name();
  }

  /** The references written in the value, in source order. */
  public List<Reference> references() {
    return module.referencesFrom(this);
  }

  @Override
  public String toString() {
    return address() + " in " + file.path();
  }
}
