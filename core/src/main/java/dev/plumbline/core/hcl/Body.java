package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes and blocks of a file or of a block, in the order they are written.
 *
 * @param items the attributes and blocks in source order
 * @param span  for a block's body from its {@code {} to its {@code }}; for a file, the file
 */
public record Body(List<BodyItem> items, Span span) {

  public Body {
    items = List.copyOf(items);
  }

  public List<Attribute> attributes() {
    List<Attribute> result = new ArrayList<>();
    for (BodyItem item : items) {
      if (item instanceof Attribute attribute) {
        result.add(attribute);
      }
    }
    return result;
  }

  public List<Block> blocks() {
    List<Block> result = new ArrayList<>();
    for (BodyItem item : items) {
      if (item instanceof Block block) {
        result.add(block);
      }
    }
    return result;
  }

  /** The blocks of one type, in source order. */
  public List<Block> blocks(String type) {
    List<Block> result = new ArrayList<>();
    for (BodyItem item : items) {
      if (item instanceof Block block && block.type().equals(type)) {
        result.add(block);
      }
    }
    return result;
  }

  /** The first block of a type. */
  public Optional<Block> block(String type) {
    for (BodyItem item : items) {
      if (item instanceof Block block && block.type().equals(type)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  /**
   * The attribute of a name. A name set twice is a problem of the file; then this is the first,
   * the one Terraform reports the second against.
   */
  public Optional<Attribute> attribute(String name) {
    for (BodyItem item : items) {
      if (item instanceof Attribute attribute && attribute.name().equals(name)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  /** The value of an attribute, if the body sets it. */
  public Optional<Expression> expression(String name) {
    return attribute(name).map(Attribute::expression);
  }
}
