package dev.plumbline.rules.github;

import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Step;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.GitHubRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code actions/checkout} writes the job's token into {@code .git/config} unless told
 * {@code persist-credentials: false}; flagged when a later step of the same job runs code that
 * is not GitHub's own, or uploads artifacts.
 *
 * <p>The fix adds {@code persist-credentials: false} under {@code with:} (creating it). It is
 * safe unless a later step could rely on the stored credentials: a script that runs
 * {@code git}, or an action whose name says it commits, pushes or releases.
 */
@Rule(id = "GHA007", name = "checkout-persists-credentials", platform = Platform.GITHUB_ACTIONS,
    severity = Severity.WARNING, tags = {"security", "credentials"}, securitySeverity = 5.0,
    summary = "actions/checkout leaves the token in .git/config for later steps")
public final class CheckoutPersistsCredentials implements GitHubRule {

  private static final String CHECKOUT = "actions/checkout";
  private static final String UPLOAD = "actions/upload-artifact";
  private static final String INPUT = "persist-credentials";
  /** GitHub's own action owners: their code is not a third party's. */
  private static final List<String> FIRST_PARTY = List.of("actions", "github");
  private static final Pattern GIT_COMMAND = Pattern.compile("(^|[^\\w.-])git(\\s|$)");
  private static final Pattern PUSHING_ACTION =
      Pattern.compile("commit|push|pull-request|release|tag|git|pages|publish");

  @Override
  public void visitStep(Step step, RuleContext ctx) {
    Optional<ActionRef> uses = step.uses();
    if (uses.isEmpty() || !isCheckout(uses.get())) {
      return;
    }
    Optional<YamlScalar> input = step.withInput(INPUT);
    if (input.isPresent() && !persists(input.get())) {
      return;
    }
    List<Step> later = laterSteps(step);
    Optional<Step> uploader = later.stream().filter(s -> isAction(s, UPLOAD)).findFirst();
    Optional<Step> runner = later.stream().filter(CheckoutPersistsCredentials::runsOthersCode)
        .findFirst();
    if (uploader.isEmpty() && runner.isEmpty()) {
      return;
    }
    String exposure = uploader.map(s -> describe(s) + " uploads artifacts that can include "
            + ".git/config")
        .orElseGet(() -> describe(runner.get()) + " and the steps after it run code that can "
            + "read it");
    String hint = "set 'persist-credentials: false' under with:, and give the token explicitly "
        + "to the one step that needs it, if any";
    boolean needsCredentials = later.stream().anyMatch(CheckoutPersistsCredentials::mayUseGit);
    if (input.isPresent()) {
      YamlScalar value = input.get();
      ctx.report(value.span(), "'" + INPUT + ": " + value.value() + "' keeps the job's token in "
              + ".git/config, and " + exposure, hint,
          List.of(Fix.unsafe("set 'persist-credentials: false'",
              new Fix.Replacement(value.span(), "false"))));
      return;
    }
    ctx.report(step.anchorSpan(), CHECKOUT + " keeps the job's token in .git/config (no '" + INPUT
        + ": false'), and " + exposure, hint,
        addInput(step, ctx.file(), needsCredentials).map(List::of).orElse(List.of()));
  }

  /** "step 'npm ci'", or "step 3" for a step without name or id. */
  private static String describe(Step step) {
    return step.name().or(step::id).map(n -> "step '" + n + "'").orElse(step.label());
  }

  private static boolean isCheckout(ActionRef ref) {
    return ref.kind() == ActionRef.Kind.REPOSITORY && ref.slug().equals(CHECKOUT)
        && ref.path().isEmpty();
  }

  /** Whether the input's value keeps the credentials; an expression cannot be known. */
  private static boolean persists(YamlScalar value) {
    if (!Templates.find(value.value()).isEmpty()) {
      return false;
    }
    return !value.value().trim().equalsIgnoreCase("false");
  }

  private static List<Step> laterSteps(Step step) {
    List<Step> all = step.job().map(j -> j.steps())
        .or(() -> step.action().map(a -> a.steps())).orElse(List.of());
    return all.stream().filter(s -> s.index() > step.index()).toList();
  }

  private static boolean isAction(Step step, String slug) {
    return step.uses().filter(r -> r.kind() == ActionRef.Kind.REPOSITORY)
        .filter(r -> r.slug().equals(slug)).isPresent();
  }

  /** A script, a local or Docker action, or an action of another owner than GitHub. */
  private static boolean runsOthersCode(Step step) {
    if (step.run().isPresent()) {
      return true;
    }
    return step.uses().filter(r -> r.kind() != ActionRef.Kind.REPOSITORY
        || !FIRST_PARTY.contains(r.owner().toLowerCase(Locale.ROOT))).isPresent();
  }

  /** Whether a step could need the stored credentials: it runs git, or pushes by its name. */
  private static boolean mayUseGit(Step step) {
    if (step.run().filter(r -> GIT_COMMAND.matcher(r.text()).find()).isPresent()) {
      return true;
    }
    return step.uses().filter(r -> r.kind() == ActionRef.Kind.REPOSITORY)
        .filter(r -> !FIRST_PARTY.contains(r.owner().toLowerCase(Locale.ROOT)))
        .filter(r -> PUSHING_ACTION.matcher(r.slug()).find()).isPresent();
  }

  /**
   * Adds the input as the first entry of a block {@code with:}, or a new {@code with:} after the
   * {@code uses:} line; nothing when the step is not laid out in block style.
   */
  private static Optional<Fix> addInput(Step step, SourceFile file, boolean needsCredentials) {
    String lineBreak = YamlEdits.lineBreak(file);
    String description = "add '" + INPUT + ": false' to the checkout";
    Optional<YamlMapping.Entry> with = step.node().entry("with");
    if (with.isPresent()) {
      if (!(with.get().value() instanceof YamlMapping inputs) || inputs.isEmpty()
          || !YamlEdits.valueStartsBelow(file, with.get().keySpan())) {
        return Optional.empty();
      }
      YamlMapping.Entry first = inputs.entries().get(0);
      if (first.keySpan().start().line() == with.get().keySpan().start().line()) {
        return Optional.empty();
      }
      Span at = Span.at(YamlEdits.lineEnd(file, with.get().keySpan().end()));
      return YamlEdits.keyIndent(file, first.keySpan()).map(indent -> fix(description,
          !needsCredentials, new Fix.Replacement(at, lineBreak + indent + INPUT + ": false")));
    }
    YamlMapping.Entry uses = step.node().entry("uses").orElseThrow();
    if (uses.value().span().end().line() != uses.keySpan().start().line()
        || !YamlEdits.restOfLineIsBlank(file, uses.value().span().end())) {
      return Optional.empty();
    }
    Span at = Span.at(YamlEdits.lineEnd(file, uses.value().span().end()));
    return YamlEdits.keyIndent(file, uses.keySpan()).map(indent -> fix(description,
        !needsCredentials, new Fix.Replacement(at,
            lineBreak + indent + "with:" + lineBreak + indent + "  " + INPUT + ": false")));
  }

  private static Fix fix(String description, boolean safe, Fix.Replacement replacement) {
    return new Fix(description, safe, List.of(replacement));
  }
}
