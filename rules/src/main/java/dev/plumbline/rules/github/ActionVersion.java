package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release of an action a {@code uses:} runs, as far as the file says: the ref when it is a
 * version tag ({@code v2}, {@code v3.1.0}, {@code 46.0.1}), or, for a ref pinned to a commit SHA,
 * the version named by the comment after it ({@code @<sha> # v4.2.2}, as Dependabot and Renovate
 * write it). A branch, a short SHA or a SHA without such a comment has no known version.
 *
 * <p>A tag with fewer than three numbers ({@code v4}, {@code v4.1}) is a <em>floating</em> tag:
 * its owner moves it to each new release of that line, so it stands for the newest release whose
 * version starts with those numbers, not for {@code 4.0.0}.
 *
 * @param numbers the numeric components as written ({@code [4, 1]} for {@code v4.1})
 * @param text    the version as written, for messages
 * @param fromComment whether it was read from the comment after a SHA
 */
record ActionVersion(List<Integer> numbers, String text, boolean fromComment) {

  private static final Pattern VERSION = Pattern.compile("[vV]?(\\d{1,9}(?:\\.\\d{1,9}){0,3})");
  /** {@code # v4.2.2}, {@code # tag=v4.2.2}, {@code # pin@v4.2.2}, {@code # owner/repo@v4.2.2}. */
  private static final Pattern COMMENT = Pattern.compile(
      "^[ \\t]+#[ \\t]*(?:tag=|pin@|[\\w.-]+/[\\w./-]+@)?([vV]?\\d[\\w.]*)(?:[\\s,;)]|$)");

  /** The version of a ref such as {@code v3.1.0}; empty for branches, SHAs and other refs. */
  static Optional<ActionVersion> parse(String ref, boolean fromComment) {
    Matcher m = VERSION.matcher(ref.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : m.group(1).split("\\.")) {
      numbers.add(Integer.parseInt(part));
    }
    return Optional.of(new ActionVersion(List.copyOf(numbers), ref.trim(), fromComment));
  }

  /**
   * The version a {@code uses:} runs: its tag, or the version comment after a full SHA on the
   * same line of {@code file}.
   */
  static Optional<ActionVersion> of(ActionRef ref, SourceFile file) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || ref.ref().isEmpty()) {
      return Optional.empty();
    }
    if (!ref.isShaPinned()) {
      return parse(ref.ref().get(), false);
    }
    return comment(ref, file).flatMap(c -> parse(c, true));
  }

  /** The version-like first word of the comment that follows the {@code uses:} value. */
  private static Optional<String> comment(ActionRef ref, SourceFile file) {
    String text = file.text();
    int end = ref.span().end().offset();
    int lineEnd = text.indexOf('\n', end);
    String rest = text.substring(Math.min(end, text.length()), lineEnd < 0 ? text.length()
        : lineEnd);
    // a quoted value ends before its closing quote
    if (rest.startsWith("\"") || rest.startsWith("'")) {
      rest = rest.substring(1);
    }
    Matcher m = COMMENT.matcher(rest);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether this is a floating tag: fewer than three numbers. */
  boolean isFloating() {
    return numbers.size() < 3;
  }

  int major() {
    return numbers.get(0);
  }

  /**
   * Compares two versions number by number, missing numbers counting as 0 ({@code 4} equals
   * {@code 4.0.0}).
   */
  static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  /**
   * The first version after every release this one can stand for: {@code 5} for the floating
   * {@code v4}, {@code 4.2} for {@code v4.1}, and the version itself, plus a last {@code 0},
   * for an exact release (so that {@code 4.1.2 < next}).
   */
  List<Integer> next() {
    List<Integer> next = new ArrayList<>(numbers);
    if (isFloating()) {
      next.set(next.size() - 1, next.get(next.size() - 1) + 1);
    } else {
      next.add(1);
    }
    return next;
  }

  /**
   * Whether this version lies in {@code [introduced, fixed)}. An exact release is compared
   * directly. A floating tag in a {@code uses:} runs the newest release of its line, so it counts
   * when the fix is not in its line ({@code v45} is affected by a fix in 46.0.1, {@code v4} is not
   * affected by a fix in 4.1.7). A floating tag in the comment after a SHA only says the commit is
   * <em>some</em> release of the line, so it counts only when the whole line is affected.
   */
  boolean isIn(List<Integer> introduced, Optional<List<Integer>> fixed) {
    if (!isFloating()) {
      return compare(numbers, introduced) >= 0
          && fixed.map(f -> compare(numbers, f) < 0).orElse(true);
    }
    List<Integer> next = next();
    boolean reachesLine = fromComment ? compare(introduced, numbers) <= 0
        : compare(introduced, next) < 0;
    return reachesLine && fixed.map(f -> compare(f, next) >= 0).orElse(true);
  }

  @Override
  public String toString() {
    return text;
  }
}
