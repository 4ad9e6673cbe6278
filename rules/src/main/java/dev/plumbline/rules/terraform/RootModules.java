package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.TerraformBlock;
import dev.plumbline.core.model.terraform.TerraformModule;
import java.util.Arrays;

/**
 * Which modules are root modules, the ones {@code terraform init} and {@code plan} run in: they
 * own the state and pin Terraform itself. A module with a {@code backend} or {@code cloud} block
 * is one. Otherwise a module that configures a provider or declares resources is one unless
 * another module of the run calls it, or it lies under a {@code modules} directory, where the
 * standard module structure keeps modules that are only called (their callers may not be part
 * of the run).
 */
final class RootModules {

  private RootModules() {}

  static boolean isRoot(TerraformModule module) {
    if (hasStateSettings(module)) {
      return true;
    }
    if (!module.callers().isEmpty() || underModulesDirectory(module.directory())) {
      return false;
    }
    return !module.providers().isEmpty() || !module.resources().isEmpty();
  }

  /**
   * Whether the module says where its state is kept: a {@code backend} or {@code cloud} block,
   * in a {@code terraform} block or in one of an override file.
   */
  static boolean hasStateSettings(TerraformModule module) {
    if (module.backend().isPresent() || module.cloud().isPresent()) {
      return true;
    }
    for (TerraformBlock override : module.overrideBlocks()) {
      if (override.blockType().equals("terraform")
          && (override.nestedBlock("backend").isPresent()
              || override.nestedBlock("cloud").isPresent())) {
        return true;
      }
    }
    return false;
  }

  private static boolean underModulesDirectory(String directory) {
    return Arrays.asList(directory.split("/")).contains("modules");
  }
}
