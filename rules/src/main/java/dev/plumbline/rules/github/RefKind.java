package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import java.util.Locale;
import java.util.Set;

/** What the ref of a repository {@code uses:} points at, as far as its text tells. */
enum RefKind {
  /** No {@code @ref} at all. */
  MISSING,
  /** A full 40-character commit SHA: immutable. */
  FULL_SHA,
  /** 7 to 39 hex digits: an abbreviated SHA, which GitHub no longer accepts and can collide. */
  SHORT_SHA,
  /** A branch name that is conventionally moved on every push. */
  BRANCH,
  /** Anything else, usually a tag such as {@code v4} or {@code v1.2.3}: movable by the owner. */
  TAG;

  /** Branch names that actions and their users conventionally push to. */
  static final Set<String> BRANCH_NAMES = Set.of("main", "master", "latest", "dev", "develop",
      "development", "trunk", "head", "nightly", "next", "canary", "edge", "stable", "beta",
      "unstable");

  static RefKind of(ActionRef ref) {
    if (ref.ref().isEmpty() || ref.ref().get().isBlank()) {
      return MISSING;
    }
    if (ref.isShaPinned()) {
      return FULL_SHA;
    }
    if (ref.isShortSha()) {
      return SHORT_SHA;
    }
    return BRANCH_NAMES.contains(ref.ref().get().toLowerCase(Locale.ROOT)) ? BRANCH : TAG;
  }
}
