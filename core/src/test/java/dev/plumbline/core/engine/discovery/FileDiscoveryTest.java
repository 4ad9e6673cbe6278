package dev.plumbline.core.engine.discovery;

import static dev.plumbline.core.engine.discovery.Trees.assertNoNotifications;
import static dev.plumbline.core.engine.discovery.Trees.directories;
import static dev.plumbline.core.engine.discovery.Trees.discover;
import static dev.plumbline.core.engine.discovery.Trees.displayPaths;
import static dev.plumbline.core.engine.discovery.Trees.file;
import static dev.plumbline.core.engine.discovery.Trees.fileNamed;
import static dev.plumbline.core.engine.discovery.Trees.files;
import static dev.plumbline.core.engine.discovery.Trees.repository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Walking, sorting, default excludes, roots, display and context paths. */
class FileDiscoveryTest extends DiscoveryTestCase {

  @Test
  void walksDirectoriesAndSortsByDisplayPath() throws IOException {
    files(tmp, "b.yml", "a/z.tf", "a/b/c/Dockerfile", ".github/workflows/ci.yml", "A.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(
        ".github/workflows/ci.yml", "A.yml", "a/b/c/Dockerfile", "a/z.tf", "b.yml");
    assertThat(result.files()).allSatisfy(f -> {
      assertThat(f.explicit()).isFalse();
      assertThat(f.path()).isAbsolute().isEqualTo(f.path().normalize());
      assertThat(f.path()).isEqualTo(tmp.resolve(f.displayPath()));
      assertThat(f.contextPath()).isEqualTo(f.displayPath());
    });
    assertNoNotifications(result);
  }

  @Test
  void discoveryWritesNothing() throws IOException {
    repository(tmp);
    files(tmp, "a.yml", "sub/b.yml");
    Trees.write(tmp.resolve(".gitignore"), "*.log\n");
    List<String> before = listing(tmp);

    discover(tmp, ".", "sub", "a.yml");

    assertThat(listing(tmp)).isEqualTo(before);
  }

  private static List<String> listing(Path dir) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(p -> {
        try {
          all.add(dir.relativize(p) + " " + Files.getLastModifiedTime(p) + " "
              + (Files.isRegularFile(p) ? Files.size(p) : -1));
        } catch (IOException e) {
          all.add(dir.relativize(p) + " ?");
        }
      });
    }
    all.sort(null);
    return all;
  }

  @Test
  void defaultExcludedDirectoriesAreNeverEntered() throws NoSuchFileException {
    for (String name : FileDiscovery.DEFAULT_EXCLUDED_DIRECTORIES) {
      files(tmp, name + "/action.yml", "deep/er/" + name + "/main.tf");
    }
    files(tmp, "keep.yml", "deep/er/keep.tf");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly("deep/er/keep.tf", "keep.yml");
    assertNoNotifications(result);
  }

  @Test
  void defaultExcludeListIsTheDocumentedOne() {
    assertThat(FileDiscovery.DEFAULT_EXCLUDED_DIRECTORIES).containsExactly(
        ".git", ".hg", ".svn", "node_modules", ".terraform", ".terragrunt-cache", "__pycache__",
        ".venv", ".tox");
  }

  @Test
  void defaultExcludedDirectoryNamedAsRootIsWalked() throws NoSuchFileException {
    files(tmp, "node_modules/pkg/action.yml", "node_modules/pkg/node_modules/dep/action.yml",
        ".terraform/modules/m/main.tf");

    DiscoveryResult result = discover(tmp, "node_modules", ".terraform/modules");

    assertThat(displayPaths(result)).containsExactly(
        ".terraform/modules/m/main.tf", "node_modules/pkg/action.yml");
  }

  @Test
  void fileNamedAsRootIsExplicit() throws NoSuchFileException {
    files(tmp, "node_modules/x/action.yml", "dir/a.yml");

    DiscoveryResult result = discover(tmp, "node_modules/x/action.yml", "dir");

    assertThat(displayPaths(result)).containsExactly("dir/a.yml", "node_modules/x/action.yml");
    assertThat(file(result, "node_modules/x/action.yml").explicit()).isTrue();
    assertThat(file(result, "dir/a.yml").explicit()).isFalse();
  }

  @Test
  void sameFileThroughSeveralRootsAppearsOnce() throws NoSuchFileException {
    files(tmp, "sub/a.yml", "sub/deeper/b.yml", "c.yml");

    DiscoveryResult result = discover(tmp,
        ".", "sub", "sub/deeper", "./sub/../sub/a.yml", tmp.resolve("c.yml").toString(), "sub");

    assertThat(displayPaths(result)).containsExactly("c.yml", "sub/a.yml", "sub/deeper/b.yml");
    assertThat(file(result, "sub/a.yml").explicit()).isTrue();
    assertThat(file(result, "c.yml").explicit()).isTrue();
    assertThat(file(result, "sub/deeper/b.yml").explicit()).isFalse();
    // found under "." and under "sub": the outer root's view of the path is kept
    assertThat(file(result, "sub/deeper/b.yml").contextPath()).isEqualTo("sub/deeper/b.yml");
  }

  @Test
  void missingRootThrowsWithThePathAsGiven() {
    files(tmp, "a.yml");

    assertThatThrownBy(() -> discover(tmp, ".", "no/such.yml"))
        .isInstanceOf(NoSuchFileException.class)
        .satisfies(e -> assertThat(((NoSuchFileException) e).getFile()).isEqualTo("no/such.yml"));
  }

  @Test
  void rootBelowARegularFileDoesNotExist() {
    files(tmp, "a.yml");

    assertThatThrownBy(() -> discover(tmp, "a.yml/x.yml"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("a.yml/x.yml");
  }

  @Test
  void brokenSymbolicLinkAsRootDoesNotExist() {
    Trees.symlink(tmp.resolve("dangling"), tmp.resolve("gone"));

    assertThatThrownBy(() -> discover(tmp, "dangling"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("dangling");
  }

  @Test
  void noRootsFindNothing() throws NoSuchFileException {
    files(tmp, "a.yml");

    DiscoveryResult result = discover(tmp);

    assertThat(result.files()).isEmpty();
    assertNoNotifications(result);
  }

  @Test
  void contextIsRelativeToTheRepositoryRoot() throws NoSuchFileException {
    Path repo = tmp.resolve("repo");
    repository(repo);
    files(repo, ".github/workflows/ci.yml", ".github/actions/a/action.yml");

    DiscoveryResult result = discover(tmp, "repo/.github/workflows", "repo/.github/actions/a");

    assertThat(file(result, "repo/.github/workflows/ci.yml").contextPath())
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(file(result, "repo/.github/actions/a/action.yml").contextPath())
        .isEqualTo(".github/actions/a/action.yml");
  }

  @Test
  void contextOfExplicitFileInRepositoryIsRelativeToTheRepositoryRoot()
      throws NoSuchFileException {
    Path repo = tmp.resolve("repo");
    repository(repo);
    files(repo, ".github/workflows/ci.yml");

    DiscoveryResult result = discover(repo.resolve(".github"), "workflows/ci.yml");

    DiscoveredFile ci = file(result, "workflows/ci.yml");
    assertThat(ci.contextPath()).isEqualTo(".github/workflows/ci.yml");
    assertThat(ci.path()).isEqualTo(repo.resolve(".github/workflows/ci.yml"));
  }

  @Test
  void aGitFileMarksARepositoryRootToo() throws NoSuchFileException {
    Path worktree = tmp.resolve("wt");
    Trees.write(worktree.resolve(".git"), "gitdir: /nowhere/.git/worktrees/wt\n");
    files(worktree, "deploy/k8s.yml");

    DiscoveryResult result = discover(tmp, "wt/deploy");

    assertThat(file(result, "wt/deploy/k8s.yml").contextPath()).isEqualTo("deploy/k8s.yml");
    assertThat(displayPaths(result)).containsExactly("wt/deploy/k8s.yml");
  }

  @Test
  void outsideARepositoryContextIsRelativeToTheScanRoot() throws NoSuchFileException {
    files(tmp, "proj/.github/workflows/ci.yml");

    DiscoveryResult result = discover(tmp, "proj", "proj/.github/workflows");

    // the same file under two roots: the outer root's context is kept
    assertThat(file(result, "proj/.github/workflows/ci.yml").contextPath())
        .isEqualTo(".github/workflows/ci.yml");

    // a root inside .github keeps the path from .github down: its workflows stay workflows
    DiscoveryResult inner = discover(tmp, "proj/.github/workflows");
    assertThat(file(inner, "proj/.github/workflows/ci.yml").contextPath())
        .isEqualTo(".github/workflows/ci.yml");
  }

  @Test
  void outsideARepositoryAFileNamedInsideGithubIsStillAWorkflow() throws NoSuchFileException {
    files(tmp, "proj/.github/workflows/ci.yml");

    DiscoveryResult result = discover(tmp.resolve("proj/.github/workflows"), "ci.yml");

    assertThat(file(result, "ci.yml").contextPath()).isEqualTo(".github/workflows/ci.yml");
  }

  @Test
  void outsideARepositoryExplicitFileContextIsRelativeToTheBaseDirectory()
      throws NoSuchFileException {
    Path base = tmp.resolve("base");
    files(base, "ci/.gitlab-ci.yml");
    files(tmp, "elsewhere/Dockerfile");

    files(tmp, "other/.github/workflows/ci.yml");

    DiscoveryResult result = discover(base, "ci/.gitlab-ci.yml", "../elsewhere/Dockerfile",
        tmp.resolve("other/.github/workflows/ci.yml").toString());

    assertThat(file(result, "ci/.gitlab-ci.yml").contextPath()).isEqualTo("ci/.gitlab-ci.yml");
    // outside the base directory too: the whole path, which still says what the file is
    String outside = tmp.resolve("elsewhere/Dockerfile").toString().replace('\\', '/');
    assertThat(file(result, outside).contextPath()).isEqualTo(outside);
    String workflow = tmp.resolve("other/.github/workflows/ci.yml").toString().replace('\\', '/');
    // a file under .github is classified from .github down
    assertThat(file(result, workflow).contextPath()).isEqualTo(".github/workflows/ci.yml");
  }

  @Test
  void filesOutsideTheBaseDirectoryShowAbsolutePaths() throws NoSuchFileException {
    Path base = tmp.resolve("base");
    directories(tmp, "base");
    files(tmp, "other/x/a.yml");

    DiscoveryResult result = discover(base, "../other");

    String expected = tmp.resolve("other/x/a.yml").toString();
    assertThat(displayPaths(result)).containsExactly(expected);
    assertThat(file(result, expected).contextPath()).isEqualTo("x/a.yml");
    assertThat(file(result, expected).path()).isEqualTo(tmp.resolve("other/x/a.yml"));
  }

  @Test
  void relativeBaseDirectoryAndRootsAreNormalized() throws NoSuchFileException {
    files(tmp, "a/b/c.yml");

    DiscoveryResult result = discover(tmp.resolve("a/../a"), "./b/./", "b/../b/c.yml");

    assertThat(displayPaths(result)).containsExactly("b/c.yml");
    assertThat(result.files().get(0).path()).isEqualTo(tmp.resolve("a/b/c.yml"));
  }

  @Test
  void unusualFileNamesAreKeptAsTheyAre() throws NoSuchFileException {
    fileNamed(tmp, "with space/my workflow.yml");
    fileNamed(tmp, "\u00fcn\u00efc\u00f6de/\u65e5\u672c.yml");
    fileNamed(tmp, "line\nbreak.yml");
    fileNamed(tmp, "tab\there.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(
        "line\nbreak.yml", "tab\there.yml", "with space/my workflow.yml",
        "\u00fcn\u00efc\u00f6de/\u65e5\u672c.yml");
    assertNoNotifications(result);
  }

  @Test
  void explicitFileWithAnUnusualNameIsFound() throws NoSuchFileException {
    fileNamed(tmp, "a dir/line\nbreak.yml");

    DiscoveryResult result = discover(tmp, "a dir/line\nbreak.yml");

    assertThat(displayPaths(result)).containsExactly("a dir/line\nbreak.yml");
  }

  @Test
  void emptyDirectoryGivesNothing() throws NoSuchFileException {
    directories(tmp, "empty/deeper");

    DiscoveryResult result = discover(tmp, "empty");

    assertThat(result.files()).isEmpty();
    assertNoNotifications(result);
  }
}
