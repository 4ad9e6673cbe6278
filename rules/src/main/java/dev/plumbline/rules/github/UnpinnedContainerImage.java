package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Job;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.rules.common.ImageName;
import java.util.Locale;
import java.util.Map;

@Rule(id = "GHA003", name = "unpinned-container-image", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "supply-chain", "reproducibility"},
    securitySeverity = 3.0,
    summary = "Job container, service or docker:// step image is not pinned")
public final class UnpinnedContainerImage implements GitHubRule {

  private static final String DOCKER_PREFIX = "docker://";

  @Override
  public void visitJob(Job job, RuleContext ctx) {
    job.container().ifPresent(c -> check(image(c), "the job container", 0, ctx));
    for (Map.Entry<String, YamlNode> service : job.services().entrySet()) {
      check(image(service.getValue()), "service '" + service.getKey() + "'", 0, ctx);
    }
  }

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    step.uses().filter(ref -> ref.kind() == ActionRef.Kind.DOCKER)
        .ifPresent(ref -> check(ref.node(), "step '" + step.label() + "'",
            prefixLength(ref.node()), ctx));
  }

  @Override
  public void visitAction(ActionMetadata action, RuleContext ctx) {
    action.runs().flatMap(r -> r.scalar("image"))
        .filter(s -> s.value().trim().startsWith(DOCKER_PREFIX))
        .ifPresent(s -> check(s, "the Docker action", prefixLength(s), ctx));
  }

  /** A container is a string (the image) or a mapping with {@code image}. */
  private static YamlScalar image(YamlNode container) {
    if (container instanceof YamlScalar s) {
      return s;
    }
    return container instanceof YamlMapping m ? m.scalar("image").orElse(null) : null;
  }

  private static int prefixLength(YamlScalar s) {
    String value = s.value();
    return value.indexOf(DOCKER_PREFIX) + DOCKER_PREFIX.length();
  }

  /** Checks the image reference at {@code value.substring(from)}. */
  private static void check(YamlScalar value, String what, int from, RuleContext ctx) {
    if (value == null || value.isNull()) {
      return;
    }
    String text = value.value().substring(from).trim();
    if (text.isEmpty() || text.contains("${{")) {
      return; // no container, or chosen by an expression: not known here
    }
    int start = value.value().indexOf(text, from);
    Span span = value.spanOf(start, start + text.length());
    ImageName image = ImageName.parse(text);
    if (image.digest().isPresent()) {
      return;
    }
    String name = image.reference();
    String base = image.registry().map(r -> r + "/").orElse("") + image.repository();
    if (image.tag().isEmpty()) {
      ctx.report(span, what + " uses image '" + name + "' without a tag, which means ':latest': "
              + "each run can get a different image",
          "pin a version tag and its digest: " + base + ":<version>@sha256:<digest>");
    } else if (image.tag().get().toLowerCase(Locale.ROOT).equals("latest")) {
      ctx.report(span, what + " uses image '" + name + "', and ':latest' moves with every "
              + "release: each run can get a different image",
          "pin a version tag and its digest: " + base + ":<version>@sha256:<digest>");
    } else {
      ctx.report(Severity.NOTE, span, what + " uses image '" + name + "' by tag only; the tag "
              + "can be pushed again with different content",
          "add the digest the tag points to: " + name + "@sha256:<digest>");
    }
  }
}
