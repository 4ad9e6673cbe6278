package dev.plumbline.rules.gitlab;

import dev.plumbline.core.shell.WordPart;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitLab's predefined variables whose text is chosen by whoever pushes a commit or a branch, or
 * opens a merge request: commit messages, authors, titles, descriptions, branch and tag names.
 * Slugs ({@code CI_COMMIT_REF_SLUG}), SHAs, IDs and project paths are limited to safe characters
 * and are not listed.
 */
final class UntrustedVariables {

  private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
      Map.entry("CI_COMMIT_MESSAGE", "the commit message"),
      Map.entry("CI_COMMIT_TITLE", "the commit title"),
      Map.entry("CI_COMMIT_DESCRIPTION", "the commit description"),
      Map.entry("CI_COMMIT_AUTHOR", "the commit author"),
      Map.entry("CI_COMMIT_TAG_MESSAGE", "the tag message"),
      Map.entry("CI_COMMIT_BRANCH", "the branch name"),
      Map.entry("CI_COMMIT_REF_NAME", "the branch or tag name"),
      Map.entry("CI_COMMIT_TAG", "the tag name"),
      Map.entry("CI_MERGE_REQUEST_TITLE", "the merge request title"),
      Map.entry("CI_MERGE_REQUEST_DESCRIPTION", "the merge request description"),
      Map.entry("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "the merge request's source branch name"),
      Map.entry("CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME",
          "the pull request's source branch name"));

  /** {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}; not {@code ${#NAME}}, its length. */
  private static final Pattern PARAMETER = Pattern.compile("^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  private UntrustedVariables() {}

  /** An untrusted variable a parameter expansion of {@code text} gives the value of. */
  static Optional<String> expandedBy(WordPart part, String text) {
    if (part.kind() != WordPart.Kind.PARAMETER) {
      return Optional.empty();
    }
    Matcher m = PARAMETER.matcher(text.substring(part.start(), part.end()));
    return m.find() && DESCRIPTIONS.containsKey(m.group(1)) ? Optional.of(m.group(1))
        : Optional.empty();
  }

  /** "the commit message", for messages. */
  static String describe(String variable) {
    return DESCRIPTIONS.get(variable);
  }
}
