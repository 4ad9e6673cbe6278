package dev.plumbline.rules.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.RequiredProvider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Versions a module leaves open: a {@code required_providers} entry without a version
 * constraint, a provider the module uses (a {@code provider} block, or resources and data
 * sources of its type) without an entry, in every module; and a root module (see
 * {@link RootModules}) without {@code required_version}.
 */
@Rule(id = "TF010", name = "provider-not-constrained", platform = Platform.TERRAFORM,
    severity = Severity.WARNING, tags = {"reproducibility"},
    summary = "Provider or Terraform version not constrained")
public final class ProviderNotConstrained implements TerraformRule {

  /** Built into Terraform: {@code terraform_remote_state}, {@code terraform_data}. */
  private static final String BUILT_IN = "terraform";

  @Override
  public void visitModule(TerraformModule module, ModuleContext ctx) {
    for (RequiredProvider entry : module.requiredProviders()) {
      // a reference or other expression is for Terraform to reject; only entries read here
      boolean judged = entry.attribute().expression() instanceof ObjectExpression
          || entry.attribute().expression().stringValue().isPresent();
      if (judged && entry.versionExpression().isEmpty() && !entry.name().equals(BUILT_IN)) {
        ctx.report(entry, entry.nameSpan(), "the required_providers entry '" + entry.name()
            + "' has no version constraint: any release of " + entry.source()
                .orElse("the provider") + " may be installed",
            "add 'version = \"~> x.y\"' to it (a minimum such as \">= x.y\" in a shared module)");
      }
    }
    // a skipped block may hold the entry or the required_version
    if (!module.isComplete()) {
      return;
    }
    Set<String> declared = module.requiredProviders().stream().map(RequiredProvider::name)
        .collect(Collectors.toSet());
    for (Map.Entry<String, Use> use : firstUses(module).entrySet()) {
      String name = use.getKey();
      if (!declared.contains(name) && !name.equals(BUILT_IN)) {
        ctx.report(use.getValue().node(), use.getValue().span(), "provider '" + name + "' is "
            + "used but has no required_providers entry: its version is not constrained and its "
            + "source defaults to hashicorp/" + name,
            "add " + name + " = { source = \"<namespace>/" + name + "\", version = \"~> x.y\" } "
                + "to required_providers in a terraform block");
      }
    }
    boolean hasRequiredVersion = module.settings().stream()
        .anyMatch(s -> s.requiredVersionExpression().isPresent());
    if (!hasRequiredVersion && RootModules.isRoot(module)) {
      TerraformBlock at = headOfRoot(module);
      if (at != null) {
        ctx.report(at, at.headSpan(), "the root module has no 'required_version': any "
            + "Terraform release may run it and upgrade its state",
            "add 'required_version = \"~> 1.x\"' to the terraform block");
      }
    }
  }

  /** Where a provider is used; the provider's local name is the key, in module order. */
  private record Use(TerraformNode node, Span span) {}

  private static Map<String, Use> firstUses(TerraformModule module) {
    Map<String, Use> uses = new LinkedHashMap<>();
    for (TerraformNode node : module.declarations()) {
      if (node instanceof Provider provider) {
        uses.putIfAbsent(provider.name(), new Use(provider, provider.nameSpan()));
      } else if (node instanceof Resource resource) {
        Span at = resource.expression("provider").map(Expression::span)
            .orElse(resource.typeSpan());
        uses.putIfAbsent(resource.providerName(), new Use(resource, at));
      }
    }
    return uses;
  }

  /** The terraform block, else the first provider block, else the first resource. */
  private static TerraformBlock headOfRoot(TerraformModule module) {
    List<TerraformSettings> settings = module.settings();
    if (!settings.isEmpty()) {
      return settings.get(0);
    }
    if (!module.providers().isEmpty()) {
      return module.providers().get(0);
    }
    return module.resources().isEmpty() ? null : module.resources().get(0);
  }
}
