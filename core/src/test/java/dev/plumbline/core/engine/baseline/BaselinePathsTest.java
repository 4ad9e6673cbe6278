package dev.plumbline.core.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BaselinePathsTest {

  private static final Path REPO = Path.of("/work/repo").toAbsolutePath();

  @Test
  void pathsAreStoredRelativeToTheBaselineFile() {
    BaselinePaths fromRoot = BaselinePaths.forFile(REPO, Path.of("plumbline-baseline.json"));
    BaselinePaths fromSubdirectory = BaselinePaths.forFile(REPO.resolve(".github"),
        Path.of("../plumbline-baseline.json"));

    assertThat(fromRoot.toBaseline(".github/workflows/ci.yml"))
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(fromSubdirectory.toBaseline("workflows/ci.yml"))
        .as("the same file seen from .github").isEqualTo(".github/workflows/ci.yml");
    assertThat(fromSubdirectory.toDisplay(".github/workflows/ci.yml"))
        .isEqualTo("workflows/ci.yml");
  }

  @Test
  void aBaselineInASubdirectoryReachesUp() {
    BaselinePaths paths = BaselinePaths.forFile(REPO, Path.of("config/baseline.json"));
    assertThat(paths.baselineDirectory()).isEqualTo(REPO.resolve("config"));
    assertThat(paths.toBaseline("ci.yml")).isEqualTo("../ci.yml");
    assertThat(paths.toDisplay("../ci.yml")).isEqualTo("ci.yml");
    assertThat(paths.toFile("../ci.yml")).isEqualTo(REPO.resolve("ci.yml"));
  }

  @Test
  void anAbsoluteFindingPathOutsideTheWorkingDirectoryIsRelativisedToo() {
    BaselinePaths paths = BaselinePaths.forFile(REPO, REPO.resolve("baseline.json"));
    String outside = REPO.resolveSibling("other/ci.yml").toString().replace('\\', '/');
    assertThat(paths.toBaseline(outside)).isEqualTo("../other/ci.yml");
    assertThat(paths.toDisplay("../other/ci.yml")).as("shown absolute, as discovery shows it")
        .isEqualTo(outside);
  }
}
