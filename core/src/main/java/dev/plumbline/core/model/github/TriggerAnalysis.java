package dev.plumbline.core.model.github;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a workflow's events mean for its security: who can start it, and whether it then runs
 * with the repository's privileges on input they chose.
 *
 * <p><b>Privileged</b> events ({@link #PRIVILEGED}) run the workflow of the default branch in the
 * base repository's context — with its secrets and a {@code GITHUB_TOKEN} that may write — and
 * can be caused by someone without write access, whose input (a fork's commits, a title, a
 * comment) the event carries:
 * <ul>
 *   <li>{@code pull_request_target}: a pull request from a fork, with the base repository's
 *       secrets and token;
 *   <li>{@code workflow_run}: runs after another workflow, which may have run for a fork's pull
 *       request; its artifacts, branch name and head commit come from there;
 *   <li>{@code issue_comment}, {@code issues}, {@code discussion}, {@code discussion_comment}:
 *       anyone who can open an issue or comment (anyone, on a public repository) starts them,
 *       with the base repository's secrets, and an issue comment may name a pull request.
 * </ul>
 * Not privileged: {@code pull_request}, {@code pull_request_review} and
 * {@code pull_request_review_comment} from a fork get a read-only token and no secrets; the
 * others ({@code push}, {@code schedule}, {@code workflow_dispatch}, {@code release}...) need
 * write access to cause. {@code fork} and {@code watch} carry nothing but who forked or starred.
 * {@code workflow_call} takes the event of its caller, which this file does not know.
 *
 * <p><b>Fork-reachable</b> events ({@link #FORK_REACHABLE}) are those a person without write
 * access can cause with code or text of their own: the privileged ones, plus {@code
 * pull_request}, {@code pull_request_review} and {@code pull_request_review_comment}, which run
 * the fork's code (read-only, but on whatever machine runs the job).
 *
 * <p>Sources: GitHub's "Events that trigger workflows" and the "Keeping your GitHub Actions and
 * workflows secure" series (GitHub Security Lab).
 */
public final class TriggerAnalysis {

  /** Events run with the base repository's privileges on input from someone without write access. */
  public static final Set<String> PRIVILEGED = Set.of("pull_request_target", "workflow_run",
      "issue_comment", "issues", "discussion", "discussion_comment");

  /** Events whose trigger does not need write access and brings code or text of their own. */
  public static final Set<String> FORK_REACHABLE = Set.of("pull_request_target", "workflow_run",
      "issue_comment", "issues", "discussion", "discussion_comment", "pull_request",
      "pull_request_review", "pull_request_review_comment");

  /**
   * The two events meant for untrusted pull requests that still run with privileges: GitHub's own
   * security guidance singles them out as needing review wherever they appear.
   */
  public static final Set<String> DANGEROUS = Set.of("pull_request_target", "workflow_run");

  private final List<Trigger> triggers;

  TriggerAnalysis(List<Trigger> triggers) {
    this.triggers = List.copyOf(triggers);
  }

  /** Whether an event name, ignoring case, is one of {@link #PRIVILEGED}. */
  public static boolean isPrivileged(String event) {
    return PRIVILEGED.contains(normalize(event));
  }

  /** Whether an event name, ignoring case, is one of {@link #FORK_REACHABLE}. */
  public static boolean isForkReachable(String event) {
    return FORK_REACHABLE.contains(normalize(event));
  }

  /** The events of {@code on:}, in the order written. */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** The trigger of an event, ignoring case. */
  public Optional<Trigger> trigger(String event) {
    String wanted = normalize(event);
    return triggers.stream().filter(t -> normalize(t.event()).equals(wanted)).findFirst();
  }

  public boolean has(String event) {
    return trigger(event).isPresent();
  }

  /** The triggers among {@code events}, in the order written. */
  public List<Trigger> among(Set<String> events) {
    return triggers.stream().filter(t -> events.contains(normalize(t.event()))).toList();
  }

  /** The privileged triggers, in the order written. */
  public List<Trigger> privileged() {
    return among(PRIVILEGED);
  }

  /** Whether some trigger runs the workflow with privileges on untrusted input. */
  public boolean isPrivileged() {
    return !privileged().isEmpty();
  }

  /** The fork-reachable triggers, in the order written. */
  public List<Trigger> forkReachable() {
    return among(FORK_REACHABLE);
  }

  /** Whether someone without write access can start the workflow with input of their own. */
  public boolean isForkReachable() {
    return !forkReachable().isEmpty();
  }

  /** {@code pull_request_target} and {@code workflow_run} triggers, in the order written. */
  public List<Trigger> dangerous() {
    return among(DANGEROUS);
  }

  /**
   * Whether the workflow is reusable ({@code workflow_call}): it then also runs for its callers'
   * events, which are not known from this file.
   */
  public boolean isReusable() {
    return has("workflow_call");
  }

  private static String normalize(String event) {
    return event.trim().toLowerCase(Locale.ROOT);
  }
}
