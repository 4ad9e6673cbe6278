package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;

/** What every node holds: where it is written and its tag. */
abstract sealed class YamlNodeBase implements YamlNode permits YamlMapping, YamlSequence, YamlScalar {

  private final Span span;
  private final String tag;
  private final boolean customTag;

  YamlNodeBase(Span span, String tag, boolean customTag) {
    this.span = span;
    this.tag = tag;
    this.customTag = customTag;
  }

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String tag() {
    return tag;
  }

  @Override
  public boolean customTag() {
    return customTag;
  }
}
