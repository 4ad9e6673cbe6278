package dev.plumbline.core.yaml;

/** How a scalar is written. */
public enum ScalarStyle {
  PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED,
  /** {@code |} block scalar. */
  LITERAL,
  /** {@code >} block scalar. */
  FOLDED;

  public boolean isBlock() {
    return this == LITERAL || this == FOLDED;
  }

}
