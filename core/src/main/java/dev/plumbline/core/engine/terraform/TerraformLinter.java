package dev.plumbline.core.engine.terraform;

import dev.plumbline.core.engine.FileLint;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.PlatformLinter;
import dev.plumbline.core.engine.ProjectPhase;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.Workers;
import dev.plumbline.core.hcl.HclFile;
import dev.plumbline.core.hcl.HclParser;
import dev.plumbline.core.hcl.HclProblem;
import dev.plumbline.core.model.terraform.TerraformFile;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.model.terraform.TerraformNode;
import dev.plumbline.core.model.terraform.TerraformProject;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.TerraformRule;
import dev.plumbline.core.source.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Terraform: each file is parsed on its own (syntax errors and repeated attributes are TF000
 * findings, {@code #} and {@code //} comments its suppressions); then, in the
 * {@linkplain ProjectPhase project phase}, the files of a run are grouped by directory into
 * modules and the {@link TerraformRule}s walk each module. Linting a single file makes a module
 * of that file alone.
 */
public final class TerraformLinter implements PlatformLinter, ProjectPhase {

  private static final String INVALID = Platform.TERRAFORM.invalidFileRuleId();

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.TERRAFORM, FileKind.TERRAFORM_VARIABLES);
  }

  @Override
  public Platform platform() {
    return Platform.TERRAFORM;
  }

  @Override
  public void lint(FileLint lint, FileKind kind) {
    HclFile hcl = HclParser.parse(lint.file());
    lint.addDirectives(TerraformDirectives.read(hcl));
    for (HclProblem problem : hcl.problems()) {
      lint.reportInvalid(INVALID, problem.span(), problem.message());
    }
    lint.attach(Parsed.class, new Parsed(
        new TerraformFile(hcl, kind == FileKind.TERRAFORM_VARIABLES), directoryKey(lint)));
  }

  /**
   * The module of each directory: the Terraform rules walk it once per distinct configuration
   * they have in its files.
   */
  @Override
  public void lintProject(List<FileLint> files, RuleSet rules, List<Notification> notifications,
      Workers workers) {
    Map<String, List<FileLint>> byDirectory = new LinkedHashMap<>();
    for (FileLint file : files) {
      file.attachment(Parsed.class).ifPresent(p ->
          byDirectory.computeIfAbsent(p.directoryKey(), d -> new ArrayList<>()).add(file));
    }
    List<TerraformModule> modules = new ArrayList<>();
    List<Map<String, FileLint>> lintsByModule = new ArrayList<>();
    for (List<FileLint> lints : byDirectory.values()) {
      List<TerraformFile> parsed = new ArrayList<>();
      Map<String, FileLint> byPath = new LinkedHashMap<>();
      for (FileLint lint : lints) {
        parsed.add(lint.attachment(Parsed.class).orElseThrow().file());
        byPath.put(lint.file().path(), lint);
      }
      modules.add(new TerraformModule(displayDirectory(lints.get(0).file().path()), parsed));
      lintsByModule.add(byPath);
    }
    // links the modules, so that each knows the calls of it from the others
    TerraformProject project = new TerraformProject(modules);
    List<RuleDescriptor> terraformRules = rules.active().stream()
        .filter(d -> d.visits(TerraformRule.class)).toList();
    // a module's rules read only that module (and the callers the project linked): the modules
    // are walked side by side, each keeping its notifications until all are done
    List<Supplier<List<Notification>>> walks = new ArrayList<>();
    for (int i = 0; i < project.modules().size(); i++) {
      TerraformModule module = project.modules().get(i);
      Collection<FileLint> lints = lintsByModule.get(i).values();
      walks.add(() -> walkModule(module, lints, terraformRules));
    }
    for (List<Notification> moduleNotes : workers.all(walks,
        (i, e) -> List.of(Notification.internalError(null, null, e)))) {
      notifications.addAll(moduleNotes);
    }
  }

  private static List<Notification> walkModule(TerraformModule module, Collection<FileLint> lints,
      List<RuleDescriptor> terraformRules) {
    List<Notification> notes = new ArrayList<>();
    Map<String, List<TerraformNode>> declarations = new LinkedHashMap<>();
    for (TerraformNode node : module.declarations()) {
      declarations.computeIfAbsent(node.path(), p -> new ArrayList<>()).add(node);
    }
    for (RuleDescriptor rule : terraformRules) {
      for (Map<String, FileLint> group : ProjectPhase.filesByOptions(rule, lints)) {
        ModuleWalk.run(rule, module, group, declarations, notes);
      }
    }
    // the files of a run share its observer: the module's first file shows it the module
    lints.iterator().next().observe(o -> o.terraformModule(module));
    return notes;
  }

  /** What identifies a file's directory: its place on disk, else its display path's parent. */
  private static String directoryKey(FileLint lint) {
    return lint.location().map(Path::getParent).filter(p -> p != null)
        .map(p -> "file:" + p).orElseGet(() -> "path:" + displayDirectory(lint.file().path()));
  }

  private static String displayDirectory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
  }

  /** A parsed file, kept for the project phase with the directory that makes its module. */
  private record Parsed(TerraformFile file, String directoryKey) {}
}
