package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/** A YAML mapping: its entries in the order written, after merge keys are applied. */
public final class YamlMapping extends YamlNodeBase {

  private final List<Entry> entries;

  YamlMapping(Span span, String tag, boolean customTag, List<Entry> entries) {
    super(span, tag, customTag);
    this.entries = List.copyOf(entries);
  }

  /**
   * A mapping assembled from entries written elsewhere (GitLab's {@code extends} merges), spanning
   * {@code span}; each entry keeps the spans of where it is written.
   */
  public static YamlMapping assembled(Span span, List<Entry> entries) {
    return new YamlMapping(span, Tags.MAP, false, entries);
  }

  /**
   * One key/value pair.
   *
   * @param key    the key node (almost always a scalar)
   * @param value  the value node; a null scalar for {@code key:} with nothing after it
   * @param merged whether the entry came in through a {@code <<} merge key
   */
  public record Entry(YamlNode key, YamlNode value, boolean merged) {

    /** The key as text: a scalar's value, or the key's kind for a complex key. */
    public String keyText() {
      return key instanceof YamlScalar s ? s.value() : "<" + key.kindName() + ">";
    }

    public Span keySpan() {
      return key.span();
    }

    public Span valueSpan() {
      return value.span();
    }

    /** Key and value together, for findings about the whole entry. */
    public Span span() {
      return key.span().union(value.span());
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** The entry for a scalar key; with duplicate keys the last one wins, as most loaders do. */
  public Optional<Entry> entry(String key) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (e.key() instanceof YamlScalar s && s.value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  public Optional<YamlMapping> mapping(String key) {
    return get(key).flatMap(YamlNode::asMapping);
  }

  public Optional<YamlSequence> sequence(String key) {
    return get(key).flatMap(YamlNode::asSequence);
  }

  public Optional<YamlScalar> scalar(String key) {
    return get(key).flatMap(YamlNode::asScalar);
  }

  /** The value of a scalar entry as text; empty if absent, null or not a scalar. */
  public Optional<String> string(String key) {
    return scalar(key).filter(s -> !s.isNull()).map(YamlScalar::value);
  }

  @Override
  public String kindName() {
    return "a mapping";
  }

  @Override
  public String toString() {
    return "mapping" + span();
  }
}
