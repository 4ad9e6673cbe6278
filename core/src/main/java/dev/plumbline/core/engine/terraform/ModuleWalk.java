package dev.plumbline.core.engine.terraform;

import dev.plumbline.core.engine.Containment;
import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.model.terraform.Local;
import dev.plumbline.core.model.terraform.ModuleCall;
import dev.plumbline.core.model.terraform.Output;
import dev.plumbline.core.model.terraform.Provider;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.model.terraform.TerraformSettings;
import dev.plumbline.core.model.terraform.Variable;
import dev.plumbline.core.rule.ModuleContext;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Map;

/**
 * One Terraform rule walked over one module, for the files of the module that share one
 * configuration of the rule: its callbacks are called for those files' nodes only, and its
 * findings land only in those files. An exception from the rule ends its walk of the module
 * with an internal-error notification; the other rules and modules go on.
 */
final class ModuleWalk {

  private final RuleDescriptor rule;
  private final TerraformModule module;
  private final Map<String, FileLint> files;
  private final List<Notification> notifications;
  private String current;

  /**
   * @param files         the files the walk covers, by display path
   * @param notifications where an internal error of the rule goes
   */
  private ModuleWalk(RuleDescriptor rule, TerraformModule module, Map<String, FileLint> files,
      List<Notification> notifications) {
    this.rule = rule;
    this.module = module;
    this.files = files;
    this.notifications = notifications;
  }

  /**
   * Walks {@code rule}, with the options it has for {@code files}, over the module.
   *
   * @param declarations the module's declarations by the display path of their file
   */
  static void run(RuleDescriptor rule, TerraformModule module, Map<String, FileLint> files,
      Map<String, List<TerraformNode>> declarations, List<Notification> notifications) {
    new ModuleWalk(rule, module, files, notifications).walk(declarations);
  }

  private void walk(Map<String, List<TerraformNode>> declarations) {
    FileLint first = files.values().iterator().next();
    current = first.file().path();
    try {
      TerraformRule instance = (TerraformRule) rule.newInstance(first.rules().options(rule));
      ModuleContext ctx = new Context();
      instance.visitModule(module, ctx);
      for (TerraformFile file : module.files()) {
        if (!files.containsKey(file.path())) {
          continue;
        }
        current = file.path();
        instance.visitFile(file, ctx);
        for (TerraformNode node : declarations.getOrDefault(file.path(), List.of())) {
          visit(instance, node, ctx);
        }
      }
    } catch (Throwable e) {
      Containment.rethrowFatal(e);
      notifications.add(Notification.internalError(current, rule.id(), e));
    }
  }

  private static void visit(TerraformRule rule, TerraformNode node, ModuleContext ctx) {
    if (node instanceof Resource resource) {
      if (resource.mode() == Resource.Mode.MANAGED) {
        rule.visitResource(resource, ctx);
      } else if (resource.mode() == Resource.Mode.DATA) {
        rule.visitDataSource(resource, ctx);
      }
    } else if (node instanceof Variable variable) {
      rule.visitVariable(variable, ctx);
    } else if (node instanceof Local local) {
      rule.visitLocal(local, ctx);
    } else if (node instanceof Output output) {
      rule.visitOutput(output, ctx);
    } else if (node instanceof Provider provider) {
      rule.visitProvider(provider, ctx);
    } else if (node instanceof ModuleCall call) {
      rule.visitModuleCall(call, ctx);
    } else if (node instanceof TerraformSettings settings) {
      rule.visitTerraformBlock(settings, ctx);
    }
  }

  /** Routes each finding into the file it is in, when the walk covers that file. */
  private final class Context implements ModuleContext {
    @Override
    public TerraformModule module() {
      return module;
    }

    @Override
    public void report(String path, Span span, String message, String hint) {
      FileLint target = files.get(path);
      if (target != null) {
        target.report(rule.id(), span, message, hint);
      }
    }
  }
}
