package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;

/** An attribute or a block: what a body holds. */
public sealed interface BodyItem permits Attribute, Block {

  /** The whole item: from its name or type to the end of its value or its closing brace. */
  Span span();
}
