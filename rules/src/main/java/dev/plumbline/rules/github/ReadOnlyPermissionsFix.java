package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fix of a workflow without any {@code permissions:}: {@code permissions: contents: read}
 * at the top, just before {@code jobs:}.
 *
 * <p>Read-only can break a workflow that writes (pushes, comments, releases, publishes), and
 * whether it does is rarely visible in the file; the fix is therefore for review, except where
 * the workflow obviously only reads: every job runs steps (no reusable workflow, whose needs are
 * elsewhere), every action is one of GitHub's that need no write scope (checkout, setup-*,
 * cache, upload/download-artifact), and no text of the workflow mentions a token, {@code gh},
 * {@code git push} or a GitHub package registry.
 */
final class ReadOnlyPermissionsFix {

  private static final List<String> READ_ONLY_ACTIONS = List.of("actions/checkout",
      "actions/cache", "actions/upload-artifact", "actions/download-artifact");
  private static final Pattern MAY_WRITE =
      Pattern.compile("token|(^|[^\\w-])gh\\s|git\\s+push|ghcr\\.io|npm\\.pkg\\.github",
          Pattern.CASE_INSENSITIVE);

  private ReadOnlyPermissionsFix() {}

  static Optional<Fix> of(Workflow workflow, SourceFile file) {
    Optional<YamlMapping.Entry> jobs = workflow.root().entry("jobs");
    if (jobs.isEmpty() || jobs.get().keySpan().start().column() != 1
        || workflow.root().has("permissions")) {
      return Optional.empty();
    }
    Span jobsKey = jobs.get().keySpan();
    String indent = jobs.get().value() instanceof YamlMapping m && !m.isEmpty()
        && m.entries().get(0).keySpan().start().line() > jobsKey.start().line()
        ? " ".repeat(m.entries().get(0).keySpan().start().column() - 1) : "  ";
    String lineBreak = YamlEdits.lineBreak(file);
    Fix.Replacement insert = Fix.Replacement.insert(jobsKey.start(),
        "permissions:" + lineBreak + indent + "contents: read" + lineBreak);
    return Optional.of(new Fix("add 'permissions: contents: read' at the top of the workflow",
        onlyReads(workflow, file), List.of(insert)));
  }

  private static boolean onlyReads(Workflow workflow, SourceFile file) {
    if (MAY_WRITE.matcher(file.text()).find()) {
      return false;
    }
    for (Job job : workflow.jobs()) {
      if (job.isReusableWorkflowCall()) {
        return false;
      }
      for (Step step : job.steps()) {
        if (step.uses().isPresent() && !isReadOnlyAction(step.uses().get())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isReadOnlyAction(ActionRef ref) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || !ref.path().isEmpty()) {
      return false;
    }
    String slug = ref.slug().toLowerCase(Locale.ROOT);
    return READ_ONLY_ACTIONS.contains(slug) || slug.startsWith("actions/setup-");
  }
}
