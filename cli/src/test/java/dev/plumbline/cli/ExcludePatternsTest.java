package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExcludePatternsTest {

  private static final Path REPO = Path.of("/repo");

  @Test
  void patternsWithoutASlashMatchAnywhereAndStayAsTheyAre() {
    assertThat(ExcludePatterns.rebase("*.generated.yml", REPO.resolve("app"), REPO))
        .isEqualTo("*.generated.yml");
    assertThat(ExcludePatterns.rebase("vendor/", REPO.resolve("app"), REPO)).isEqualTo("vendor/");
  }

  @Test
  void anchoredPatternsAreMovedUnderTheWorkingDirectory() {
    assertThat(ExcludePatterns.rebase("deploy/old/", REPO.resolve("app"), REPO))
        .isEqualTo("/app/deploy/old/");
    assertThat(ExcludePatterns.rebase("/module-a", REPO.resolve("app"), REPO))
        .isEqualTo("/app/module-a");
    assertThat(ExcludePatterns.rebase("deploy/old/", REPO, REPO)).isEqualTo("deploy/old/");
  }
}
