package dev.plumbline.core.engine.external;

/** An external program could not do its job on one input; the message says why, in a phrase. */
final class ToolFailure extends Exception {

  private static final long serialVersionUID = 1L;

  ToolFailure(String message) {
    super(message);
  }
}
