package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Includes of pipeline code from outside the repository that can change under the pipeline:
 * {@code include: project:} without {@code ref:} or with a ref that is not a version tag or
 * commit SHA, {@code include: remote:} (or a URL in the short form) without {@code integrity:}
 * (a note when the URL is a raw file at a version tag, nothing at a commit SHA),
 * and {@code include: component:} at {@code ~latest}, a branch or no version. The same entries
 * of a child pipeline's {@code trigger: include:} are judged too. Refs built from variables are
 * left alone.
 */
@Rule(id = "GLC002", name = "unpinned-include", platform = Platform.GITLAB_CI,
    severity = Severity.WARNING, tags = {"security", "supply-chain"}, securitySeverity = 5.0,
    summary = "Included pipeline code from another project, URL or component is not pinned")
public final class UnpinnedInclude implements GitLabRule {

  /** A full commit SHA (SHA-1, or SHA-256 in repositories that use it). */
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
  /** A version tag: {@code 1}, {@code 1.2}, {@code v1.2.3}, {@code 1.2.3-rc.1}. */
  private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*([-+][0-9A-Za-z.+-]+)?");

  private static final Pattern RAW_URL = Pattern.compile(
      "/-/raw/([^/?#]+)/|^https?://raw\\.githubusercontent\\.com/[^/]+/[^/]+/([^/?#]+)/");

  @Override
  public void visitPipeline(Pipeline pipeline, GitLabContext ctx) {
    pipeline.includes().forEach(i -> check(i, ctx));
  }

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    job.trigger().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast)
        .flatMap(t -> t.get("include"))
        .ifPresent(i -> (i instanceof YamlSequence s ? s.items() : List.of(i))
            .forEach(item -> check(item, ctx)));
  }

  private static void check(YamlNode include, GitLabContext ctx) {
    if (include instanceof YamlScalar s) {
      if (isUrl(s.value())) {
        reportRemote(s, ctx);
      }
    } else if (include instanceof YamlMapping m) {
      m.scalar("project").filter(p -> !p.isNull()).ifPresent(p -> checkProject(m, p, ctx));
      m.scalar("remote").filter(r -> !r.isNull() && !m.has("integrity"))
          .ifPresent(r -> reportRemote(r, ctx));
      m.scalar("component").filter(c -> !c.isNull()).ifPresent(c -> checkComponent(c, ctx));
    }
  }

  private static boolean isUrl(String text) {
    return text.startsWith("https://") || text.startsWith("http://");
  }

  private static void reportRemote(YamlScalar url, GitLabContext ctx) {
    String hint = "add 'integrity: sha256-<base64 SHA-256 of the file>' beside 'remote:' "
        + "(the short form cannot have one)";
    Optional<String> ref = refInUrl(url.value());
    if (ref.isPresent() && SHA.matcher(ref.get()).matches()) {
      return; // a raw file at a commit: its content is fixed
    }
    if (ref.isPresent() && VERSION.matcher(ref.get()).matches()) {
      ctx.report(Severity.NOTE, url, url.span(), "remote include '" + url.value() + "' reads "
          + "the tag '" + ref.get() + "' but has no 'integrity:'; a tag can be moved to other "
          + "content", hint);
      return;
    }
    ctx.report(url, "remote include '" + url.value() + "' has no 'integrity:', so whatever the "
        + "URL serves when the pipeline starts runs in it", hint);
  }

  /**
   * The ref of a raw-file URL of GitLab ({@code .../-/raw/<ref>/path}) or GitHub
   * ({@code raw.githubusercontent.com/<owner>/<repo>/<ref>/path}).
   */
  private static Optional<String> refInUrl(String url) {
    Matcher m = RAW_URL.matcher(url);
    return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2))
        : Optional.empty();
  }

  private static void checkProject(YamlMapping include, YamlScalar project, GitLabContext ctx) {
    Optional<YamlScalar> ref = include.scalar("ref").filter(r -> !r.isNull());
    if (ref.isEmpty()) {
      ctx.report(project, "include of project '" + project.value() + "' has no 'ref:', so it "
          + "reads the project's default branch as it is when the pipeline starts",
          "add 'ref:' with a release tag or a full commit SHA");
      return;
    }
    String value = ref.get().value();
    if (value.contains("$") || isPinned(value)) {
      return;
    }
    ctx.report(ref.get(), "include of project '" + project.value() + "' uses ref '" + value
        + "', " + movingRef(value) + ", so the included code can change under the pipeline",
        "use a release tag or a full commit SHA as 'ref:'");
  }

  private static void checkComponent(YamlScalar component, GitLabContext ctx) {
    String text = component.value();
    if (text.contains("$")) {
      int at = text.lastIndexOf('@');
      if (at < 0 || text.indexOf('$', at) >= 0) {
        return; // the host or the version comes from a variable
      }
    }
    int at = text.lastIndexOf('@');
    if (at < 0) {
      ctx.report(component, "component '" + text + "' has no version, so it runs whatever the "
          + "component project's default branch holds", "add '@<version>' (a released version "
          + "such as @1.2.3) or '@<full commit SHA>'");
      return;
    }
    String version = text.substring(at + 1);
    if (isPinned(version)) {
      return;
    }
    String why = version.equals("~latest") || version.equals("latest")
        ? "the newest release, whatever it is when the pipeline starts" : movingRef(version);
    ctx.report(component, component.spanOf(at + 1, text.length()), "component '"
        + text.substring(0, at) + "' is used at '" + version + "', " + why,
        "use a released version such as @1.2.3, or a full commit SHA");
  }

  private static boolean isPinned(String ref) {
    return SHA.matcher(ref).matches() || VERSION.matcher(ref).matches();
  }

  private static String movingRef(String ref) {
    return switch (ref) {
      case "main", "master", "develop", "development", "trunk" -> "a branch";
      case "HEAD" -> "the default branch's newest commit";
      default -> "which is not a version tag or a full commit SHA (a branch moves)";
    };
  }
}
