package dev.plumbline.core.engine.baseline;

/**
 * A baseline file that cannot be used; the message reads {@code FILE:LINE:COLUMN: what is
 * wrong}, or {@code FILE: what is wrong} when there is no place to point at.
 */
public final class BaselineFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  BaselineFormatException(String message) {
    super(message, null, false, false);
  }
}
