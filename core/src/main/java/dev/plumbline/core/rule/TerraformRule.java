package dev.plumbline.core.rule;

import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Output;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.model.terraform.Variable;

/**
 * A Terraform rule. Terraform reads a directory as one module, so the engine hands rules whole
 * modules: once every file of a run is parsed, the files are grouped by directory and each
 * module is walked — {@link #visitModule} first, then for each file in name order
 * {@link #visitFile} and a callback for each of its top-level declarations in source order. A
 * rule overrides only the callbacks it needs, and reads anything else of the module (companion
 * resources, references, values) through {@code module()} of the node it is given.
 *
 * <p>The engine creates a fresh instance for each module, so a rule may keep state across the
 * callbacks of one module. A finding goes into the file of the node it is about
 * ({@link ModuleContext#report}), with that file's configuration and suppressions. When a path
 * override gives some files of a module other options, the rule is walked once per distinct
 * configuration, and each walk reports only into the files that have it.
 */
public interface TerraformRule extends LintRule {

  /** The whole module: for rules about what a module has or lacks. */
  default void visitModule(TerraformModule module, ModuleContext ctx) {}

  /** Each file as parsed, configuration and {@code .tfvars} alike. */
  default void visitFile(TerraformFile file, ModuleContext ctx) {}

  /** Each {@code resource} block. */
  default void visitResource(Resource resource, ModuleContext ctx) {}

  /** Each {@code data} block. */
  default void visitDataSource(Resource dataSource, ModuleContext ctx) {}

  default void visitVariable(Variable variable, ModuleContext ctx) {}

  /** Each local value (each attribute of each {@code locals} block). */
  default void visitLocal(Local local, ModuleContext ctx) {}

  default void visitOutput(Output output, ModuleContext ctx) {}

  default void visitProvider(Provider provider, ModuleContext ctx) {}

  /** Each {@code module} block. */
  default void visitModuleCall(ModuleCall call, ModuleContext ctx) {}

  /** Each {@code terraform} block. */
  default void visitTerraformBlock(TerraformSettings settings, ModuleContext ctx) {}
}
