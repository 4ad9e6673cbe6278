package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code { key = value, ... }}; its span includes the braces. */
public record ObjectExpression(List<ObjectItem> items, Span span) implements Expression {

  public ObjectExpression {
    items = List.copyOf(items);
  }

  /** The item whose key is {@code name} (the last one, which wins when a key is repeated). */
  public Optional<ObjectItem> item(String name) {
    ObjectItem found = null;
    for (ObjectItem item : items) {
      if (item.keyName().filter(name::equals).isPresent()) {
        found = item;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The value of the item whose key is {@code name}. */
  public Optional<Expression> get(String name) {
    return item(name).map(ObjectItem::value);
  }

  @Override
  public List<Expression> children() {
    List<Expression> children = new ArrayList<>();
    for (ObjectItem item : items) {
      children.add(item.key());
      children.add(item.value());
    }
    return children;
  }
}
