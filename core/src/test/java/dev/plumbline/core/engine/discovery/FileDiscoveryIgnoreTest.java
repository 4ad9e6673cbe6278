package dev.plumbline.core.engine.discovery;

import static dev.plumbline.core.engine.discovery.Trees.assertNoNotifications;
import static dev.plumbline.core.engine.discovery.Trees.discover;
import static dev.plumbline.core.engine.discovery.Trees.displayPaths;
import static dev.plumbline.core.engine.discovery.Trees.file;
import static dev.plumbline.core.engine.discovery.Trees.files;
import static dev.plumbline.core.engine.discovery.Trees.notifications;
import static dev.plumbline.core.engine.discovery.Trees.repository;
import static dev.plumbline.core.engine.discovery.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** .gitignore files, info/exclude and the configuration's exclude patterns during the walk. */
class FileDiscoveryIgnoreTest extends DiscoveryTestCase {

  @Test
  void rootGitignoreWithNegationAndDirectoryOnlyPatterns() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), String.join("\n",
        "# generated output",
        "*.gen.yml",
        "!keep.gen.yml",
        "logs/",
        "/top-only.yml",
        "") + "\n");
    files(tmp, "a.gen.yml", "sub/b.gen.yml", "sub/keep.gen.yml", "logs/x.yml", "sub/logs/y.yml",
        "data/logs", "top-only.yml", "sub/top-only.yml", "plain.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(
        ".gitignore", "data/logs", "plain.yml", "sub/keep.gen.yml", "sub/top-only.yml");
    assertNoNotifications(result);
  }

  @Test
  void nestedGitignoreAppliesBelowItsDirectoryOnly() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve("a/.gitignore"), "/x.yml\nsecret/\n*.tmp.yml\n");
    write(tmp.resolve(".gitignore"), "*.tmp.yml\n");
    write(tmp.resolve("b/.gitignore"), "!*.tmp.yml\n");
    files(tmp, "x.yml", "a/x.yml", "a/deeper/x.yml", "a/secret/s.yml", "b/secret/s.yml",
        "a/t.tmp.yml", "b/t.tmp.yml", "t.tmp.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(
        ".gitignore", "a/.gitignore", "a/deeper/x.yml", "b/.gitignore", "b/secret/s.yml",
        "b/t.tmp.yml", "x.yml");
  }

  @Test
  void negationCannotBringBackAFileInsideAnIgnoredDirectory() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), "build/\n!build/keep.yml\nout/*\n!out/keep.yml\n");
    write(tmp.resolve("build/.gitignore"), "!keep2.yml\n");
    files(tmp, "build/keep.yml", "build/keep2.yml", "out/keep.yml", "out/drop.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(".gitignore", "out/keep.yml");
  }

  @Test
  void ancestorGitignoresApplyUpToTheRepositoryRoot() throws NoSuchFileException {
    Path repo = tmp.resolve("repo");
    repository(repo);
    // above the repository: never read
    write(tmp.resolve(".gitignore"), "*\n");
    write(repo.resolve(".gitignore"), "*.local.yml\n/infra/modules/skip/\n/infra/top.yml\n");
    write(repo.resolve("infra/.gitignore"), "modules/*.bak.tf\n");
    files(repo, "infra/modules/a.tf", "infra/modules/a.bak.tf", "infra/modules/b.local.yml",
        "infra/modules/skip/c.tf", "infra/modules/keep/d.tf", "infra/modules/top.yml");

    DiscoveryResult result = discover(tmp, "repo/infra/modules");

    assertThat(displayPaths(result)).containsExactly(
        "repo/infra/modules/a.tf", "repo/infra/modules/keep/d.tf",
        "repo/infra/modules/top.yml");
    assertThat(file(result, "repo/infra/modules/a.tf").contextPath())
        .isEqualTo("infra/modules/a.tf");
  }

  @Test
  void ignoredDirectoryNamedAsRootIsWalkedButItsContentIsStillFiltered()
      throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), "vendor/\n*.orig\n");
    files(tmp, "vendor/lib/action.yml", "vendor/lib/action.yml.orig");

    DiscoveryResult result = discover(tmp, "vendor");

    assertThat(displayPaths(result)).containsExactly("vendor/lib/action.yml");
  }

  @Test
  void ignoredFileNamedExplicitlyIsReturned() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), "*.yml\nbuild/\n");
    files(tmp, "a.yml", "build/b.yml");

    DiscoveryResult result = discover(tmp, ".", "a.yml", "build/b.yml");

    assertThat(displayPaths(result)).containsExactly(".gitignore", "a.yml", "build/b.yml");
    assertThat(file(result, "a.yml").explicit()).isTrue();
  }

  @Test
  void infoExcludeOfTheRepositoryIsHonoured() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".git/info/exclude"), "# local\nscratch/\n*.wip.yml\n");
    write(tmp.resolve(".gitignore"), "!important.wip.yml\n");
    files(tmp, "scratch/a.yml", "b.wip.yml", "important.wip.yml", "c.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(".gitignore", "c.yml", "important.wip.yml");
  }

  @Test
  void infoExcludeOfALinkedWorktreeIsTheMainRepositorys() throws NoSuchFileException {
    Path main = tmp.resolve("main");
    repository(main);
    write(main.resolve(".git/info/exclude"), "*.wip.yml\n");
    write(main.resolve(".git/worktrees/wt/commondir"), "../..\n");
    Path worktree = tmp.resolve("wt");
    write(worktree.resolve(".git"), "gitdir: " + main.resolve(".git/worktrees/wt") + "\n");
    files(worktree, "a.wip.yml", "b.yml");

    DiscoveryResult result = discover(worktree, ".");

    assertThat(displayPaths(result)).containsExactly("b.yml");
  }

  @Test
  void infoExcludeOfASubmoduleIsInItsGitDirectory() throws NoSuchFileException {
    Path repo = tmp.resolve("repo");
    repository(repo);
    write(repo.resolve(".git/modules/sub/info/exclude"), "*.wip.yml\n");
    write(repo.resolve("sub/.git"), "gitdir: ../.git/modules/sub\n");
    files(repo, "sub/a.wip.yml", "sub/b.yml", "c.wip.yml");

    DiscoveryResult result = discover(repo, ".");

    assertThat(displayPaths(result)).containsExactly("c.wip.yml", "sub/b.yml");
  }

  @Test
  void nestedRepositoryHasItsOwnRulesAndPaths() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), "generated.yml\n/lib/top.yml\n");
    Path inner = tmp.resolve("lib");
    repository(inner);
    write(inner.resolve(".gitignore"), "*.local.yml\n");
    files(tmp, "generated.yml", "lib/generated.yml", "lib/top.yml", "lib/x.local.yml",
        "x.local.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(
        ".gitignore", "lib/.gitignore", "lib/generated.yml", "lib/top.yml", "x.local.yml");
    assertThat(file(result, "lib/top.yml").contextPath()).isEqualTo("top.yml");
  }

  @Test
  void outsideARepositoryGitignoresInsideTheScanRootApply() throws NoSuchFileException {
    write(tmp.resolve(".gitignore"), "*\n");
    Path project = tmp.resolve("project");
    write(project.resolve(".gitignore"), "/build/\n");
    write(project.resolve("sub/.gitignore"), "*.bak.yml\n");
    files(project, "build/x.yml", "sub/build/y.yml", "sub/a.bak.yml", "sub/a.yml");

    DiscoveryResult result = discover(tmp, "project");

    assertThat(displayPaths(result)).containsExactly(
        "project/.gitignore", "project/sub/.gitignore", "project/sub/a.yml",
        "project/sub/build/y.yml");
  }

  @Test
  void symbolicLinkedGitignoreIsNotRead() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve("patterns.txt"), "*.yml\n");
    Trees.symlink(tmp.resolve(".gitignore"), tmp.resolve("patterns.txt"));
    files(tmp, "a.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly("a.yml", "patterns.txt");
    assertThat(notifications(result)).containsExactly(
        "note .gitignore: not read: ignore file is a symbolic link.");
  }

  @Test
  void oversizedGitignoreIsNotReadAndSaysSo() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"),
        "*.yml\n" + "#".repeat(FileDiscovery.MAX_IGNORE_FILE_SIZE) + "\n");
    files(tmp, "a.yml");

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(".gitignore", "a.yml");
    assertThat(notifications(result)).containsExactly(
        "warning .gitignore: not read: ignore file is larger than 1 MiB.");
  }

  @Test
  void configExcludesAreRelativeToTheBaseDirectory() throws NoSuchFileException {
    files(tmp, "proj/vendor/a.yml", "proj/deep/vendor/b.yml", "proj/c.generated.yml",
        "proj/docs/x/d.yml", "proj/docs/keep.yml", "proj/skip.yml", "proj/sub/skip.yml",
        "proj/e.yml");
    List<String> excludes = List.of("vendor/", "*.generated.yml", "docs/**", "!docs/keep.yml",
        "/proj/skip.yml");

    DiscoveryResult fromParent = discover(excludes, tmp, "proj");

    assertThat(displayPaths(fromParent)).containsExactly(
        "proj/docs/keep.yml", "proj/docs/x/d.yml", "proj/e.yml", "proj/sub/skip.yml");

    DiscoveryResult fromProject = discover(excludes, tmp.resolve("proj"), ".");

    assertThat(displayPaths(fromProject)).containsExactly("docs/keep.yml", "e.yml", "skip.yml",
        "sub/skip.yml");
  }

  @Test
  void configExcludesCanBeRelativeToTheConfigurationsDirectory() throws NoSuchFileException {
    files(tmp, "skip.yml", "vendor/a.yml", "proj/skip.yml", "proj/sub/skip.yml",
        "proj/vendor/b.yml", "proj/c.yml");
    FileDiscovery discovery = new FileDiscovery(List.of("/skip.yml", "vendor/"),
        tmp.resolve("proj"));

    assertThat(displayPaths(discovery.discover(List.of(Path.of(".")), tmp)))
        .as("a root above the configuration's directory").containsExactly(
            "proj/c.yml", "proj/sub/skip.yml", "skip.yml", "vendor/a.yml");
    assertThat(displayPaths(discovery.discover(List.of(Path.of("sub")), tmp.resolve("proj"))))
        .as("a root below it").containsExactly("sub/skip.yml");
    assertThat(displayPaths(new FileDiscovery(List.of("/skip.yml"), Path.of("proj"))
        .discover(List.of(Path.of("proj")), tmp)))
        .as("a relative directory is taken against the base").containsExactly(
            "proj/c.yml", "proj/sub/skip.yml", "proj/vendor/b.yml");
  }

  @Test
  void configExcludesAddToGitignoreAndCannotUndoIt() throws NoSuchFileException {
    repository(tmp);
    write(tmp.resolve(".gitignore"), "ignored.yml\n");
    files(tmp, "ignored.yml", "excluded.yml", "kept.yml");

    DiscoveryResult result = discover(List.of("excluded.yml", "!ignored.yml", ".gitignore"),
        tmp, ".");

    assertThat(displayPaths(result)).containsExactly("kept.yml");
  }

  @Test
  void configExcludesDoNotApplyOutsideTheBaseDirectoryNorToExplicitFiles()
      throws NoSuchFileException {
    Path base = tmp.resolve("base");
    files(base, "a.skip.yml");
    files(tmp, "other/b.skip.yml");

    DiscoveryResult result = discover(List.of("*.skip.yml"), base, "a.skip.yml", "../other");

    // absolute display paths sort first: '/' comes before letters
    assertThat(displayPaths(result)).containsExactly(
        tmp.resolve("other/b.skip.yml").toString(), "a.skip.yml");
  }

  @Test
  void emptyAndCommentConfigExcludesAreIgnored() throws NoSuchFileException {
    files(tmp, "a.yml");

    DiscoveryResult result = discover(List.of("", "# note", "   "), tmp, ".");

    assertThat(displayPaths(result)).containsExactly("a.yml");
    assertNoNotifications(result);
  }
}
