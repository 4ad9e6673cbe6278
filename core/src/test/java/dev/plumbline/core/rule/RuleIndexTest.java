package dev.plumbline.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleIndexTest {

  private static final RuleMetadata UNPINNED = new RuleMetadata("GHA001", "unpinned-action",
      Platform.GITHUB_ACTIONS, Severity.WARNING, "Action is not pinned to a commit SHA",
      List.of("security", "supply-chain"), 7.5, true, "0.1.0");

  @Test
  void aLineReadsBackAsTheEntryItWasWrittenFrom() {
    RuleIndex.Entry entry = new RuleIndex.Entry("com.example.Unpinned", UNPINNED,
        Set.of(GitHubRule.class.getName(), ScriptRule.class.getName()));

    assertThat(RuleIndex.parse(RuleIndex.format(entry))).isEqualTo(entry);
  }

  @Test
  void aRuleWithoutTagsAndNotAboutSecurityReadsBack() {
    RuleMetadata plain = new RuleMetadata("DKR015", "apk-no-cache", Platform.DOCKERFILE,
        Severity.NOTE, "apk add without --no-cache", List.of(), -1, false, "0.2.0");
    RuleIndex.Entry entry = new RuleIndex.Entry("com.example.Apk", plain,
        Set.of(DockerfileRule.class.getName()));

    assertThat(RuleIndex.parse(RuleIndex.format(entry))).isEqualTo(entry);
  }

  @Test
  void aLineWithTheWrongColumnsIsRejectedWithTheLine() {
    assertThatThrownBy(() -> RuleIndex.parse("com.example.Rule\tGHA001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11 columns, not 2").hasMessageContaining("com.example.Rule");
  }

  @Test
  void theRegistryListsIndexedRulesWithoutLoadingTheirClasses(@TempDir Path dir)
      throws IOException {
    // the index names a class that does not exist: only instantiating the rule would notice
    RuleIndex.Entry entry = new RuleIndex.Entry("com.example.NotCompiled", UNPINNED,
        Set.of(GitHubRule.class.getName()));
    Path index = dir.resolve(RuleIndex.RESOURCE);
    Files.createDirectories(index.getParent());
    Files.writeString(index, RuleIndex.format(entry) + "\n", StandardCharsets.UTF_8);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        RuleIndexTest.class.getClassLoader())) {
      RuleRegistry registry = RuleRegistry.load(loader);

      RuleDescriptor rule = registry.find("unpinned-action").orElseThrow();
      assertThat(rule.id()).isEqualTo("GHA001");
      assertThat(rule.securitySeverity()).hasValue(7.5);
      assertThat(rule.visits(GitHubRule.class)).isTrue();
      assertThat(rule.visits(TerraformRule.class)).isFalse();
      assertThatThrownBy(rule::newInstance).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("com.example.NotCompiled, which is not a rule on the class path");
    }
  }

  @Test
  void anIndexThatNoLongerMatchesItsClassIsReportedWhenTheClassIsLoaded(@TempDir Path dir)
      throws IOException {
    RuleIndex.Entry stale = new RuleIndex.Entry(Indexed.class.getName(), UNPINNED,
        Set.of(GitHubRule.class.getName()));
    Path index = dir.resolve(RuleIndex.RESOURCE);
    Files.createDirectories(index.getParent());
    Files.writeString(index, RuleIndex.format(stale) + "\n", StandardCharsets.UTF_8);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        RuleIndexTest.class.getClassLoader())) {
      RuleDescriptor rule = RuleRegistry.load(loader).all().get(0);

      assertThatThrownBy(rule::type).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not match its @Rule annotation");
    }
  }

  @Test
  void aRuleReadFromItsClassAnswersVisitsFromTheClass() {
    RuleDescriptor rule = new RuleDescriptor(Indexed.class);

    assertThat(rule.visits(GitHubRule.class)).isTrue();
    assertThat(rule.visits(ScriptRule.class)).isFalse();
    assertThat(rule.tags()).containsExactly("correctness");
  }

  @Rule(id = "GHA901", name = "test-indexed", platform = Platform.GITHUB_ACTIONS,
      severity = Severity.NOTE, tags = {"correctness"}, summary = "A rule for the index tests")
  public static final class Indexed implements GitHubRule {}
}
