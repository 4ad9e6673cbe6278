package dev.plumbline.core.model.terraform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Terraform modules of one run, one per directory, and which of them call which through a
 * local {@code source} ({@code ./modules/network}).
 */
public final class TerraformProject {

  private final List<TerraformModule> modules;
  private final Map<String, TerraformModule> byDirectory = new LinkedHashMap<>();
  private final Map<TerraformModule, List<ModuleCall>> callers = new LinkedHashMap<>();

  public TerraformProject(List<TerraformModule> modules) {
    this.modules = List.copyOf(modules);
    for (TerraformModule module : this.modules) {
      byDirectory.putIfAbsent(module.directory(), module);
      module.project(this);
    }
    for (TerraformModule module : this.modules) {
      for (ModuleCall call : module.moduleCalls()) {
        target(call).ifPresent(called ->
            callers.computeIfAbsent(called, m -> new ArrayList<>()).add(call));
      }
    }
  }

  public List<TerraformModule> modules() {
    return modules;
  }

  /** The module of a directory as displayed ({@code .} for the base directory). */
  public Optional<TerraformModule> module(String directory) {
    return Optional.ofNullable(byDirectory.get(directory));
  }

  /** The module a call with a local source calls, when it is part of the run. */
  public Optional<TerraformModule> target(ModuleCall call) {
    if (!call.isLocalSource()) {
      return Optional.empty();
    }
    String directory;
    try {
      directory = Path.of(call.module().directory()).resolve(call.source().orElseThrow())
          .normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return module(directory.isEmpty() ? "." : directory);
  }

  List<ModuleCall> callersOf(TerraformModule module) {
    return List.copyOf(callers.getOrDefault(module, List.of()));
  }
}
