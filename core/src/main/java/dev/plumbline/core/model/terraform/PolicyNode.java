package dev.plumbline.core.model.terraform;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * A policy document as a JSON-like tree, whatever it was written as ({@code jsonencode},
 * JSON text, a computed value), each node with where it is written.
 */
sealed interface PolicyNode {

  String path();

  Span span();

  /** A JSON object, its members in order. */
  record Members(Map<String, PolicyNode> members, String path, Span span) implements PolicyNode {}

  /** A JSON array. */
  record Elements(List<PolicyNode> elements, String path, Span span) implements PolicyNode {}

  /** A string, number or bool, as text. */
  record Scalar(String text, String path, Span span) implements PolicyNode {}

  /** Something whose value is not known. */
  record Unknown(String path, Span span) implements PolicyNode {}
}
