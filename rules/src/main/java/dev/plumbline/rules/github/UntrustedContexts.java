package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Binary;
import dev.plumbline.core.expr.Call;
import dev.plumbline.core.expr.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contexts whose text whoever triggers the workflow can choose: issue and pull request titles,
 * bodies, branch names, commit messages... and finding them where an expression's value can
 * carry them (a comparison or {@code contains()} yields a boolean, which is safe).
 */
final class UntrustedContexts {

  /** Path (as {@link Expr#contextPath()} gives it) to what it is, for messages. */
  private static final Map<List<String>, String> UNTRUSTED = new LinkedHashMap<>();

  static {
    add("github.event.issue.title", "the issue title");
    add("github.event.issue.body", "the issue body");
    add("github.event.pull_request.title", "the pull request title");
    add("github.event.pull_request.body", "the pull request description");
    add("github.event.pull_request.head.ref", "the pull request's branch name");
    add("github.event.pull_request.head.label", "the pull request's head label");
    add("github.event.pull_request.head.repo.default_branch", "the fork's default branch name");
    add("github.event.comment.body", "the comment");
    add("github.event.review.body", "the review");
    add("github.event.review_comment.body", "the review comment");
    add("github.event.discussion.title", "the discussion title");
    add("github.event.discussion.body", "the discussion body");
    add("github.event.pages.*.page_name", "the wiki page name");
    for (String commit : List.of("github.event.commits.*", "github.event.head_commit",
        "github.event.workflow_run.head_commit", "github.event.merge_group.head_commit")) {
      add(commit + ".message", "the commit message");
      add(commit + ".author.name", "the commit author's name");
      add(commit + ".author.email", "the commit author's email");
      add(commit + ".committer.name", "the committer's name");
      add(commit + ".committer.email", "the committer's email");
    }
    add("github.head_ref", "the pull request's branch name");
    add("github.event.workflow_run.head_branch", "the triggering run's branch name");
    add("github.event.workflow_run.display_title", "the triggering run's title");
    add("github.event.workflow_run.pull_requests.*.head.ref", "the pull request's branch name");
  }

  /** Functions whose result contains their arguments' text. */
  private static final Set<String> TEXT_PASSING_FUNCTIONS = Set.of("format", "join", "tojson",
      "fromjson");

  private UntrustedContexts() {}

  private static void add(String path, String description) {
    UNTRUSTED.put(List.of(path.split("\\.")), description);
  }

  /** An untrusted context reached by an expression's value. */
  record Use(Expr node, String path, String description) {}

  /** The untrusted contexts whose text can end up in the value of {@code expr}. */
  static List<Use> reachingValue(Expr expr) {
    List<Use> uses = new ArrayList<>();
    collect(expr, uses);
    return uses;
  }

  private static void collect(Expr expr, List<Use> uses) {
    Optional<List<String>> path = expr.contextPath();
    if (path.isPresent()) {
      describe(path.get()).ifPresent(d -> uses.add(new Use(expr, String.join(".", path.get()), d)));
      return;
    }
    if (expr instanceof Binary b) {
      if (b.op() == Binary.Operator.OR || b.op() == Binary.Operator.AND) {
        collect(b.left(), uses); // a || b yields a or b themselves
        collect(b.right(), uses);
      }
    } else if (expr instanceof Call c) {
      if (TEXT_PASSING_FUNCTIONS.contains(c.name().toLowerCase(Locale.ROOT))) {
        c.arguments().forEach(a -> collect(a, uses));
      }
    }
  }

  /** What an untrusted path is; a prefix (the whole issue object) counts as its contents. */
  private static Optional<String> describe(List<String> path) {
    String exact = UNTRUSTED.get(path);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<List<String>, String> e : UNTRUSTED.entrySet()) {
      List<String> untrusted = e.getKey();
      if (path.size() < untrusted.size() && untrusted.subList(0, path.size()).equals(path)) {
        return Optional.of("an object that includes " + e.getValue());
      }
    }
    return Optional.empty();
  }
}
