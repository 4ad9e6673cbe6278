package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module call whose source can change under it: a Git or Mercurial repository without a
 * {@code ref}/{@code rev}, or one that names a branch, and a registry module without
 * {@code version}. Local paths, archives and buckets are not judged.
 */
@Rule(id = "TF009", name = "module-not-pinned", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"supply-chain", "reproducibility"},
    securitySeverity = 5.0,
    summary = "Module source from Git or a registry without a fixed version")
public final class ModuleNotPinned implements TerraformRule {

  @RuleOption(name = "branch-refs", description = "Refs that name a branch rather than a "
      + "release: a Git 'ref' or Mercurial 'rev' equal to one of them (ignoring case) is "
      + "reported like a missing one.")
  List<String> branchRefs = List.of("main", "master", "develop", "development", "dev", "trunk",
      "HEAD", "default", "tip");

  /** A registry address: [host/]namespace/name/provider, perhaps with a //subdirectory. */
  private static final Pattern REGISTRY = Pattern.compile("(?:[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
      + "(?::\\d+)?/)?[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_-]*/[a-z0-9]+(?://.*)?");
  private static final Pattern FORCED = Pattern.compile("([A-Za-z0-9]+)::.*");

  @Override
  public void visitModuleCall(ModuleCall call, ModuleContext ctx) {
    Optional<Expression> expression = call.expression("source");
    Optional<String> source = call.source();
    if (expression.isEmpty() || source.isEmpty() || call.isLocalSource()) {
      return;
    }
    String text = source.get();
    String vcs = vcs(text);
    if (vcs != null) {
      checkRevision(call, expression.get(), text, vcs, ctx);
    } else if (REGISTRY.matcher(text).matches() && !call.has("version")) {
      ctx.report(call, expression.get().span(), call.address() + " uses the registry module \""
          + text + "\" without a version: 'terraform init' installs whatever release is newest",
          "add 'version = \"x.y.z\"' (or a constraint such as \"~> x.y\") to module \""
              + call.name() + "\"");
    }
  }

  /** {@code git} or {@code hg} for a repository source, else null. */
  private static String vcs(String source) {
    Matcher forced = FORCED.matcher(source);
    if (forced.matches()) {
      String getter = forced.group(1).toLowerCase(Locale.ROOT);
      return getter.equals("git") || getter.equals("hg") ? getter : null;
    }
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("github.com/") || lower.startsWith("bitbucket.org/")
        || lower.startsWith("git@") || lower.startsWith("git://")) {
      return "git";
    }
    return null;
  }

  private void checkRevision(ModuleCall call, Expression expression, String source, String vcs,
      ModuleContext ctx) {
    String key = vcs.equals("hg") ? "rev" : "ref";
    int query = source.indexOf('?');
    int from = -1;
    int to = -1;
    if (query >= 0) {
      int at = query + 1;
      for (String parameter : source.substring(query + 1).split("&", -1)) {
        if (parameter.startsWith(key + "=")) {
          from = at + key.length() + 1;
          to = at + parameter.length();
        }
        at += parameter.length() + 1;
      }
    }
    String hint = "pin module \"" + call.name() + "\" to a release tag or a commit: '?" + key
        + "=v1.2.3'";
    if (from < 0 || from == to) {
      ctx.report(call, expression.span(), call.address() + " uses the repository \"" + source
          + "\" without '" + key + "=': 'terraform init' fetches whatever its default branch "
          + "holds", hint);
      return;
    }
    String revision = source.substring(from, to);
    if (branchRefs.stream().anyMatch(revision::equalsIgnoreCase)) {
      ctx.report(call, spanOf(expression, from, to), call.address() + " follows the branch '"
          + revision + "' of \"" + source.substring(0, query) + "\": what it installs changes "
          + "with every push", hint);
    }
  }

  /** Where characters of the source string are written; the whole string if not plain. */
  private static Span spanOf(Expression expression, int from, int to) {
    if (expression instanceof Template template && template.parts().size() == 1
        && template.parts().get(0) instanceof TemplatePart.Literal literal
        && literal.value().length() >= to) {
      return literal.spanOf(from, to);
    }
    return expression.span();
  }
}
