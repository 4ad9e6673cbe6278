package dev.plumbline.core.hcl;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block: a type, zero or more labels and a body, such as
 * {@code resource "aws_s3_bucket" "logs" { ... }}.
 */
public final class Block implements BodyItem {

  private final String type;
  private final Span typeSpan;
  private final List<String> labels;
  private final List<Span> labelSpans;
  private final Body body;
  private final Span span;

  /**
   * @param type       the block type, such as {@code resource}
   * @param typeSpan   where the type is written
   * @param labels     the labels, quotes removed and escapes decoded
   * @param labelSpans where each label is written, quotes included
   * @param body       the body, between the braces
   * @param span       from the type to the closing brace
   */
  public Block(String type, Span typeSpan, List<String> labels, List<Span> labelSpans, Body body,
      Span span) {
    this.type = Objects.requireNonNull(type, "type");
    this.typeSpan = Objects.requireNonNull(typeSpan, "typeSpan");
    this.labels = List.copyOf(labels);
    this.labelSpans = List.copyOf(labelSpans);
    if (this.labels.size() != this.labelSpans.size()) {
      throw new IllegalArgumentException("one span per label");
    }
    this.body = Objects.requireNonNull(body, "body");
    this.span = Objects.requireNonNull(span, "span");
  }

  public String type() {
    return type;
  }

  public Span typeSpan() {
    return typeSpan;
  }

  public List<String> labels() {
    return labels;
  }

  public List<Span> labelSpans() {
    return labelSpans;
  }

  /** The label at {@code index}, if the block has that many. */
  public Optional<String> label(int index) {
    return index >= 0 && index < labels.size() ? Optional.of(labels.get(index))
        : Optional.empty();
  }

  public Body body() {
    return body;
  }

  @Override
  public Span span() {
    return span;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(type);
    labels.forEach(l -> s.append(" \"").append(l).append('"'));
    return s.append(" @").append(span.start()).toString();
  }
}
