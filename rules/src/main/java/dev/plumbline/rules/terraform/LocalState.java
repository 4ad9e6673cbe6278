package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TerraformRule;
import java.util.Optional;

/**
 * A root module that keeps its state in the working directory: no {@code backend} and no
 * {@code cloud} block. Modules that are only called (see {@link RootModules}) have no state of
 * their own and are not reported.
 */
@Rule(id = "TF001", name = "local-state", platform = Platform.TERRAFORM,
    severity = Severity.NOTE, tags = {"reliability", "state"},
    summary = "Root module keeps its state on local disk")
public final class LocalState implements TerraformRule {

  @Override
  public void visitModule(TerraformModule module, ModuleContext ctx) {
    // a block the parser skipped may be the terraform block with the backend
    if (!module.isComplete() || !RootModules.isRoot(module)
        || RootModules.hasStateSettings(module)) {
      return;
    }
    Optional<TerraformBlock> at = module.settings().stream().<TerraformBlock>map(s -> s)
        .findFirst()
        .or(() -> module.providers().stream().<TerraformBlock>map(p -> p).findFirst())
        .or(() -> module.resources().stream().<TerraformBlock>map(r -> r).findFirst());
    if (at.isEmpty()) {
      return;
    }
    String where = module.directory().equals(".") ? "the root module"
        : "the root module '" + module.directory() + "'";
    ctx.report(at.get(), at.get().headSpan(), where + " keeps its state in a local "
        + "terraform.tfstate file: it has no backend or cloud block",
        "add a remote backend to the terraform block, such as backend \"s3\" with "
            + "'encrypt = true' and 'use_lockfile = true', or a cloud block");
  }
}
