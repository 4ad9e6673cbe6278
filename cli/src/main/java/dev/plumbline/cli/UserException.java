package dev.plumbline.cli;

/** A failure the user can fix (a missing file, an unwritable output): one line, exit 2. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message, null, false, false);
  }
}
