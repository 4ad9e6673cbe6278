package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;
import java.util.List;

/** A YAML sequence. */
public final class YamlSequence extends YamlNodeBase {

  private final List<YamlNode> items;

  YamlSequence(Span span, String tag, boolean customTag, List<YamlNode> items) {
    super(span, tag, customTag);
    this.items = List.copyOf(items);
  }

  /** A sequence assembled from items written elsewhere (GitLab's {@code !reference}). */
  public static YamlSequence assembled(Span span, List<YamlNode> items) {
    return new YamlSequence(span, Tags.SEQ, false, items);
  }

  public List<YamlNode> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public String kindName() {
    return "a sequence";
  }

  @Override
  public String toString() {
    return "sequence" + span();
  }
}
