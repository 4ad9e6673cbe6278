package dev.plumbline.rules;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints files with one rule as a repository in a temporary directory, as discovery would hand
 * them to the engine, for tests of rule logic that single-file fixtures cannot reach: Terraform
 * modules of several files, GitLab pipelines with included files.
 */
public final class ProjectLint {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  private ProjectLint() {}

  /**
   * The findings of one rule as {@code path:line:column message}, sorted.
   *
   * @param pathsAndTexts files as path, text, path, text... ({@code /}-separated, relative)
   */
  public static List<String> findings(String ruleId, Map<String, Object> options,
      String... pathsAndTexts) {
    return run(ruleId, options, pathsAndTexts).stream()
        .map(f -> f.path() + ":" + f.span().start() + " " + f.message()).toList();
  }

  /** The hints of one rule's findings, in the order of {@link #findings}; none gives "". */
  public static List<String> hints(String ruleId, Map<String, Object> options,
      String... pathsAndTexts) {
    return run(ruleId, options, pathsAndTexts).stream().map(f -> f.hint().orElse("")).toList();
  }

  private static List<Finding> run(String ruleId, Map<String, Object> options,
      String... pathsAndTexts) {
    RuleDescriptor rule = REGISTRY.find(ruleId).orElseThrow();
    RuleSet.Builder builder = RuleSet.builder(REGISTRY);
    for (RuleDescriptor other : REGISTRY.all()) {
      builder.configure(other, RuleConfig.off());
    }
    builder.configure(rule, new RuleConfig(Optional.of(true), Optional.empty(), options));
    Path root = null;
    try {
      root = Files.createTempDirectory("plumbline-project");
      List<DiscoveredFile> files = new ArrayList<>();
      for (int i = 0; i < pathsAndTexts.length; i += 2) {
        Path file = root.resolve(pathsAndTexts[i]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, pathsAndTexts[i + 1]);
        files.add(new DiscoveredFile(file, pathsAndTexts[i], pathsAndTexts[i], false));
      }
      LintResult result = new Engine(builder.build(),
          new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES)).run(files, List.of());
      List<String> errors = result.notifications().stream()
          .filter(Notification::isInternalError).map(Notification::message).toList();
      if (!errors.isEmpty()) {
        throw new AssertionError("internal errors: " + errors);
      }
      return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(root);
    }
  }

  private static void delete(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
