package dev.plumbline.core.engine;

import dev.plumbline.core.rule.Severity;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the run has to tell that is not a finding: an internal error in a rule, a file
 * skipped for its size, a symlink not followed. Shown on stderr and as SARIF tool execution
 * notifications.
 *
 * @param level     error for internal errors (the run is not fully successful), warning for
 *                  skipped input, note for information
 * @param message   one sentence
 * @param path      the file concerned, relative like {@link dev.plumbline.core.rule.Finding#path()}
 * @param ruleId    the rule concerned (internal errors)
 * @param exception the exception's type and message for internal errors
 */
public record Notification(Severity level, String message, Optional<String> path,
    Optional<String> ruleId, Optional<String> exception) {

  public static final Comparator<Notification> ORDER =
      Comparator.comparing((Notification n) -> n.path().orElse(""))
          .thenComparing(n -> n.ruleId().orElse(""))
          .thenComparing(Notification::message, NaturalOrder.INSTANCE);

  public Notification {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(exception, "exception");
  }

  public static Notification note(String path, String message) {
    return new Notification(Severity.NOTE, message, Optional.ofNullable(path), Optional.empty(),
        Optional.empty());
  }

  public static Notification warning(String path, String message) {
    return new Notification(Severity.WARNING, message, Optional.ofNullable(path),
        Optional.empty(), Optional.empty());
  }

  public static Notification internalError(String path, String ruleId, Throwable error) {
    String what = error.getClass().getName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
    return new Notification(Severity.ERROR,
        "internal error" + (ruleId == null ? "" : " in rule " + ruleId) + ": " + what,
        Optional.ofNullable(path), Optional.ofNullable(ruleId), Optional.of(what));
  }

  /** Internal errors make a run unsuccessful (SARIF {@code executionSuccessful: false}). */
  public boolean isInternalError() {
    return level == Severity.ERROR;
  }
}
