package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.rules.common.ImageName;
import java.util.List;
import java.util.Optional;

/**
 * {@code image:} and {@code services:} (a string or {@code name:}) of jobs, templates and
 * {@code default:} (top-level ones included) that have no tag or the tag {@code latest}: a
 * warning. A tag without a digest is a note: tags can be moved. Names built from variables are
 * left alone, except for a literal {@code :latest} at the end. Each written name is judged as
 * written, so the message does not name the job: jobs sharing a template get one finding.
 */
@Rule(id = "GLC001", name = "unpinned-image", platform = Platform.GITLAB_CI,
    severity = Severity.WARNING, tags = {"security", "supply-chain", "reproducibility"},
    securitySeverity = 5.0,
    summary = "Job image or service without a tag, with 'latest', or without a digest")
public final class UnpinnedImage implements GitLabRule {

  private static final String LATEST = "latest";

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    // a file of templates may run no job, yet its default image is what the includer runs
    pipeline.defaults().ifPresent(d -> {
      d.get("image").flatMap(Job::nameOf).ifPresent(n -> check(n, "image", ctx));
      d.get("services").ifPresent(s -> items(s).forEach(i -> Job.nameOf(i)
          .ifPresent(n -> check(n, "service", ctx))));
    });
  }

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    // templates too: what a template writes is what the jobs extending it run
    job.imageName().ifPresent(n -> check(n, "image", ctx));
    for (YamlNode service : job.services()) {
      Job.nameOf(service).ifPresent(n -> check(n, "service", ctx));
    }
  }

  private static List<YamlNode> items(YamlNode node) {
    return node instanceof YamlSequence seq ? seq.items() : List.of(node);
  }

  private static void check(YamlScalar name, String what, GitLabContext ctx) {
    String text = name.value().trim();
    if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)
        || name.type() == YamlScalar.Type.OTHER) {
      return; // not a reference GitLab could pull
    }
    if (text.contains("$")) {
      // the variable may hold a tag or digest; only a literal ':latest' at the end is certain
      if (text.endsWith(":" + LATEST) && !text.contains("@")) {
        reportLatest(name, what, text, text.substring(0, text.length() - LATEST.length() - 1),
            ctx);
      }
      return;
    }
    ImageName image = ImageName.parse(text);
    if (image.digest().isPresent()) {
      return;
    }
    String repository = image.registry().map(r -> r + "/").orElse("") + image.repository();
    Optional<String> tag = image.tag();
    if (tag.isEmpty()) {
      ctx.report(name, what + " '" + text + "' has no tag, so it runs whatever 'latest' is "
          + "when the job starts", "pin a release tag and its digest: " + repository
          + ":<version>@sha256:<digest>");
    } else if (tag.get().equals(LATEST)) {
      reportLatest(name, what, text, repository, ctx);
    } else {
      ctx.report(Severity.NOTE, name, name.span(), what + " '" + text + "' is pinned to the tag '"
          + tag.get() + "' but not to a digest; the tag can be moved to a different image",
          "add the digest the tag points to: " + text + "@sha256:<digest>");
    }
  }

  private static void reportLatest(YamlScalar name, String what, String text, String repository,
      GitLabContext ctx) {
    ctx.report(name, what + " '" + text + "' uses the tag 'latest', which points to a different "
        + "image whenever a new release is pushed", "pin a release tag and its digest: "
        + repository + ":<version>@sha256:<digest>");
  }
}
