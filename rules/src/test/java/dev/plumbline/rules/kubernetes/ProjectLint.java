package dev.plumbline.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lints several manifest files together with one rule turned on (and every other rule off), for
 * the cross-object rules: the files are written into a directory and run like discovered files.
 */
final class ProjectLint {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  private ProjectLint() {}

  /**
   * The findings of one rule as {@code path:line:column message}, suppressed ones marked.
   *
   * @param files file name to content, in the order the files are handed to the engine
   */
  static List<String> findings(Path root, String ruleId, Map<String, String> files) {
    return describe(run(root, ruleId, files), f -> "");
  }

  /** Like {@link #findings}, with each finding's hint after the message. */
  static List<String> hints(Path root, String ruleId, Map<String, String> files) {
    return describe(run(root, ruleId, files), f -> " | " + f.hint().orElse(""));
  }

  /** Alternating file names and contents, in order. */
  static Map<String, String> files(String... namesAndTexts) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return files;
  }

  private static List<Finding> run(Path root, String ruleId, Map<String, String> files) {
    RuleDescriptor rule = REGISTRY.find(ruleId).orElseThrow();
    RuleSet.Builder rules = RuleSet.builder(REGISTRY);
    for (RuleDescriptor other : REGISTRY.all()) {
      rules.configure(other, RuleConfig.off());
    }
    rules.configure(rule, new RuleConfig(Optional.of(true), Optional.empty(), Map.of()));
    List<DiscoveredFile> discovered = new ArrayList<>();
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
        discovered.add(new DiscoveredFile(path, file.getKey(), file.getKey(), false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LintResult result = new Engine(rules.build(), new EngineOptions(2, 1 << 20))
        .run(discovered, List.of());
    assertThat(result.notifications()).filteredOn(Notification::isInternalError).isEmpty();
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static List<String> describe(List<Finding> findings,
      Function<Finding, String> extra) {
    return findings.stream().map(f -> f.path() + ":" + f.span().start().line() + ":"
        + f.span().start().column() + " " + (f.isSuppressed() ? "(suppressed) " : "")
        + f.message() + extra.apply(f)).toList();
  }
}
