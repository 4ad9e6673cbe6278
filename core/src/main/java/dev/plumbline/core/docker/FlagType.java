package dev.plumbline.core.docker;

/** The kind of value an instruction's {@code --flag} takes. */
public enum FlagType {
  /** {@code --link} or {@code --link=true|false}. */
  BOOLEAN,
  /** {@code --from=value}, at most once. */
  STRING,
  /** {@code --mount=value}, repeatable. */
  STRINGS
}
