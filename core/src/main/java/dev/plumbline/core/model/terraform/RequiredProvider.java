package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * An entry of {@code required_providers}: {@code aws = { source = "hashicorp/aws", version =
 * "~> 5.0" }}, or the older {@code aws = "~> 5.0"} that gives only the version.
 */
public final class RequiredProvider implements TerraformNode {

  private final TerraformFile file;
  private final Attribute attribute;

  RequiredProvider(TerraformFile file, Attribute attribute) {
    this.file = file;
    this.attribute = attribute;
  }

  /** The local name, such as {@code aws}. */
  public String name() {
    return attribute.name();
  }

  public Span nameSpan() {
    return attribute.nameSpan();
  }

  public Attribute attribute() {
    return attribute;
  }

  /** The {@code source} address, when it is a literal string. */
  public Optional<String> source() {
    return field("source").flatMap(Expression::stringValue);
  }

  /** The version constraint as written: the {@code version} field, or the older bare string. */
  public Optional<Expression> versionExpression() {
    Expression value = attribute.expression();
    if (value.stringValue().isPresent()) {
      return Optional.of(value);
    }
    return field("version");
  }

  /** The version constraint, when it is a literal string. */
  public Optional<String> version() {
    return versionExpression().flatMap(Expression::stringValue);
  }

  /** A field of the entry's object. */
  public Optional<Expression> field(String name) {
    return attribute.expression() instanceof ObjectExpression object ? object.get(name)
        : Optional.empty();
  }

  @Override
  public String path() {
    return file.path();
  }

  /** From the name to the end of the value. */
  @Override
  public Span span() {
    return attribute.span();
  }
}
