package dev.plumbline.core.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFinderTest {

  @TempDir
  Path tmp;

  private Path repo;

  @BeforeEach
  void repository() throws IOException {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("a/b"));
  }

  private static Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "fail-on: error\n");
  }

  @Test
  void theNearestFileFromTheRootUpwardWins() throws IOException {
    Path top = write(repo.resolve(".plumbline.yml"));
    Path inner = write(repo.resolve("a/.plumbline.yaml"));

    assertThat(ConfigFinder.find(repo.resolve("a/b"), tmp)).contains(inner);
    assertThat(ConfigFinder.find(repo.resolve("a"), tmp)).contains(inner);
    assertThat(ConfigFinder.find(repo, tmp)).contains(top);
  }

  @Test
  void aFileRootLooksFromItsDirectory() throws IOException {
    Path config = write(repo.resolve("a/.plumbline.yml"));
    Path workflow = write(repo.resolve("a/ci.yml"));

    assertThat(ConfigFinder.find(workflow, tmp)).contains(config);
  }

  @Test
  void theSearchStopsAtTheRepositoryRoot() throws IOException {
    write(tmp.resolve(".plumbline.yml"));

    assertThat(ConfigFinder.find(repo.resolve("a/b"), tmp)).isEmpty();
  }

  @Test
  void aGitFileMarksTheRepositoryRootToo() throws IOException {
    Path worktree = tmp.resolve("worktree");
    Files.createDirectories(worktree.resolve("sub"));
    Files.writeString(worktree.resolve(".git"), "gitdir: ../repo/.git/worktrees/w\n");
    write(tmp.resolve(".plumbline.yml"));

    assertThat(ConfigFinder.find(worktree.resolve("sub"), tmp)).isEmpty();
  }

  @Test
  void outsideARepositoryTheSearchGoesOnUpward() throws IOException {
    Path plain = tmp.resolve("plain/x/y");
    Files.createDirectories(plain);
    Path config = write(tmp.resolve("plain/.plumbline.yml"));

    assertThat(ConfigFinder.find(plain, tmp)).contains(config);
  }

  @Test
  void aDirectoryNamedLikeTheFileIsNotAConfiguration() throws IOException {
    Files.createDirectories(repo.resolve("a/.plumbline.yml"));
    Path top = write(repo.resolve(".plumbline.yml"));

    assertThat(ConfigFinder.find(repo.resolve("a"), tmp)).contains(top);
  }

  @Test
  void bothNamesInOneDirectoryAreAnError() throws IOException {
    write(repo.resolve("a/.plumbline.yml"));
    write(repo.resolve("a/.plumbline.yaml"));

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigFinder.find(repo.resolve("a/b"), tmp));

    assertThat(e.getMessage()).isEqualTo("repo/a/.plumbline.yaml: both .plumbline.yml and "
        + ".plumbline.yaml are in repo/a; keep one of them");
  }

  @Test
  void displayIsRelativeToTheBaseInsideItAndAbsoluteOutside() {
    assertThat(ConfigFinder.display(tmp.resolve("repo/.plumbline.yml"), tmp))
        .isEqualTo("repo/.plumbline.yml");
    assertThat(ConfigFinder.display(tmp, tmp)).isEqualTo(".");
    assertThat(ConfigFinder.display(tmp.resolve("x"), tmp.resolve("repo")))
        .isEqualTo(tmp.resolve("x").toString());
  }
}
