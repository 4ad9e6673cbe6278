package dev.plumbline.core.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A route to a node inside a document, such as {@code jobs.build.steps[2].uses}: used in
 * messages, fingerprints and, later, fixes. Immutable.
 */
public final class NodePath {

  private static final NodePath ROOT = new NodePath(List.of());
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final List<Object> segments;

  private NodePath(List<Object> segments) {
    this.segments = segments;
  }

  public static NodePath root() {
    return ROOT;
  }

  public static NodePath of(Object... segments) {
    NodePath p = ROOT;
    for (Object s : segments) {
      p = s instanceof Integer i ? p.index(i) : p.key(String.valueOf(s));
    }
    return p;
  }

  public NodePath key(String key) {
    return append(key);
  }

  public NodePath index(int index) {
    return append(index);
  }

  private NodePath append(Object segment) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new NodePath(Collections.unmodifiableList(next));
  }

  /** Keys ({@link String}) and indexes ({@link Integer}), outermost first. */
  public List<Object> segments() {
    return segments;
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else if (SIMPLE_KEY.matcher((String) s).matches()) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      } else {
        sb.append("[\"").append(((String) s).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodePath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
