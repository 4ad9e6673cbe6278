package dev.plumbline.core.model.script;

/** Shell options some checks depend on, when they are on from the start of a script. */
public enum ShellOption {
  /** {@code set -e}: stop at the first failing command. */
  ERREXIT,
  /** {@code set -o pipefail}: a pipeline fails when any of its commands fails. */
  PIPEFAIL
}
