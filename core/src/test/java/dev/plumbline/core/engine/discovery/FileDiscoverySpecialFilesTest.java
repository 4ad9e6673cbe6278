package dev.plumbline.core.engine.discovery;

import static dev.plumbline.core.engine.discovery.Trees.assertNoNotifications;
import static dev.plumbline.core.engine.discovery.Trees.discover;
import static dev.plumbline.core.engine.discovery.Trees.displayPaths;
import static dev.plumbline.core.engine.discovery.Trees.file;
import static dev.plumbline.core.engine.discovery.Trees.files;
import static dev.plumbline.core.engine.discovery.Trees.notifications;
import static dev.plumbline.core.engine.discovery.Trees.repository;
import static dev.plumbline.core.engine.discovery.Trees.symlink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Symbolic links, named pipes, sockets, devices and unreadable directories. */
class FileDiscoverySpecialFilesTest extends DiscoveryTestCase {

  private static final String OUTSIDE = "not followed: symbolic link points outside the scan root.";

  @Test
  void symbolicLinksPointingOutsideTheRootAreNotFollowed() throws NoSuchFileException {
    files(tmp, "outside/secret.yml", "outside/dir/deep.yml", "root/a.yml");
    symlink(tmp.resolve("root/out-dir"), Paths.get("../outside/dir"));
    symlink(tmp.resolve("root/out-file.yml"), tmp.resolve("outside/secret.yml"));
    symlink(tmp.resolve("root/sub/to-root-parent"), Paths.get("../.."));

    DiscoveryResult result = discover(tmp, "root");

    assertThat(displayPaths(result)).containsExactly("root/a.yml");
    assertThat(notifications(result)).containsExactly(
        "note root/out-dir: " + OUTSIDE,
        "note root/out-file.yml: " + OUTSIDE,
        "note root/sub/to-root-parent: " + OUTSIDE);
  }

  @Test
  void symbolicLinksInsideTheRootAreSkippedSilently() throws NoSuchFileException {
    files(tmp, "root/real/a.yml");
    symlink(tmp.resolve("root/alias-dir"), Paths.get("real"));
    symlink(tmp.resolve("root/alias.yml"), Paths.get("real/a.yml"));
    symlink(tmp.resolve("root/real/self"), Paths.get("."));
    symlink(tmp.resolve("root/real/up"), tmp.resolve("root"));

    DiscoveryResult result = discover(tmp, "root");

    assertThat(displayPaths(result)).containsExactly("root/real/a.yml");
    assertNoNotifications(result);
  }

  @Test
  void symbolicLinkIntoAnotherScanRootIsSkippedSilently() throws NoSuchFileException {
    files(tmp, "a/x.yml", "b/y.yml");
    symlink(tmp.resolve("a/to-b.yml"), Paths.get("../b/y.yml"));
    symlink(tmp.resolve("b/to-a"), Paths.get("../a"));

    DiscoveryResult result = discover(tmp, "a", "b");

    assertThat(displayPaths(result)).containsExactly("a/x.yml", "b/y.yml");
    assertNoNotifications(result);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void symbolicLinkLoopsCannotHangTheWalk() throws NoSuchFileException {
    files(tmp, "root/x.yml");
    symlink(tmp.resolve("root/loop"), Paths.get("loop"));
    symlink(tmp.resolve("root/ping"), Paths.get("pong"));
    symlink(tmp.resolve("root/pong"), Paths.get("ping"));
    symlink(tmp.resolve("root/sub/back"), Paths.get(".."));
    symlink(tmp.resolve("root/sub/again"), Paths.get("../sub"));

    DiscoveryResult result = discover(tmp, "root");

    assertThat(displayPaths(result)).containsExactly("root/x.yml");
    assertThat(notifications(result)).containsExactly(
        "note root/loop: not followed: symbolic link cannot be resolved.",
        "note root/ping: not followed: symbolic link cannot be resolved.",
        "note root/pong: not followed: symbolic link cannot be resolved.");
  }

  @Test
  void brokenSymbolicLinkIsNoted() throws NoSuchFileException {
    files(tmp, "root/x.yml");
    symlink(tmp.resolve("root/gone.yml"), Paths.get("nowhere.yml"));

    DiscoveryResult result = discover(tmp, "root");

    assertThat(displayPaths(result)).containsExactly("root/x.yml");
    assertThat(notifications(result)).containsExactly(
        "note root/gone.yml: not followed: symbolic link target does not exist.");
  }

  @Test
  void ignoredSymbolicLinkIsSkippedSilently() throws NoSuchFileException {
    repository(tmp);
    Trees.write(tmp.resolve(".gitignore"), "/out\n");
    files(tmp, "x.yml");
    symlink(tmp.resolve("out"), Paths.get("../nowhere"));

    DiscoveryResult result = discover(tmp, ".");

    assertThat(displayPaths(result)).containsExactly(".gitignore", "x.yml");
    assertNoNotifications(result);
  }

  @Test
  void symbolicLinkNamedAsRootIsFollowed() throws NoSuchFileException {
    Path base = tmp.resolve("base");
    files(tmp, "outside/dir/a.yml", "outside/b.yml", "base/c.yml");
    symlink(base.resolve("link-dir"), Paths.get("../outside/dir"));
    symlink(base.resolve("link.yml"), Paths.get("../outside/b.yml"));
    symlink(tmp.resolve("outside/dir/inside-link.yml"), Paths.get("a.yml"));

    DiscoveryResult result = discover(base, "link-dir", "link.yml");

    assertThat(displayPaths(result)).containsExactly("link-dir/a.yml", "link.yml");
    DiscoveredFile walked = file(result, "link-dir/a.yml");
    assertThat(walked.path()).isEqualTo(base.resolve("link-dir/a.yml"));
    assertThat(walked.contextPath()).isEqualTo("a.yml");
    assertThat(walked.explicit()).isFalse();
    DiscoveredFile named = file(result, "link.yml");
    assertThat(named.path()).isEqualTo(base.resolve("link.yml"));
    assertThat(named.explicit()).isTrue();
    assertNoNotifications(result);
  }

  @Test
  void symbolicLinkNamedAsRootIsClassifiedWhereItsTargetLives() throws NoSuchFileException {
    repository(tmp);
    files(tmp, ".github/workflows/ci.yml");
    symlink(tmp.resolve("ci-link.yml"), Paths.get(".github/workflows/ci.yml"));

    DiscoveryResult alone = discover(tmp, "ci-link.yml");

    DiscoveredFile link = file(alone, "ci-link.yml");
    assertThat(link.contextPath()).isEqualTo(".github/workflows/ci.yml");
    assertThat(link.path()).isEqualTo(tmp.resolve("ci-link.yml"));

    DiscoveryResult withTarget = discover(tmp, ".", "ci-link.yml");

    // one file: the target in its own place, explicit because it was named
    assertThat(displayPaths(withTarget)).containsExactly(".github/workflows/ci.yml");
    assertThat(file(withTarget, ".github/workflows/ci.yml").explicit()).isTrue();
  }

  @Test
  void sameNotificationFromTwoRootsIsReportedOnce() throws NoSuchFileException {
    files(tmp, "root/sub/x.yml", "elsewhere/y.yml");
    symlink(tmp.resolve("root/sub/out"), Paths.get("../../elsewhere"));

    DiscoveryResult result = discover(tmp, "root", "root/sub");

    assertThat(notifications(result)).containsExactly("note root/sub/out: " + OUTSIDE);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void namedPipeIsSkippedWithoutBeingOpened() throws Exception {
    files(tmp, "root/x.yml");
    mkfifo(tmp.resolve("root/pipe.yml"));

    DiscoveryResult walked = discover(tmp, "root");

    assertThat(displayPaths(walked)).containsExactly("root/x.yml");
    assertThat(notifications(walked)).containsExactly(
        "note root/pipe.yml: skipped: not a regular file (named pipe).");

    DiscoveryResult named = discover(tmp, "root/pipe.yml");

    assertThat(named.files()).isEmpty();
    assertThat(notifications(named)).containsExactly(
        "warning root/pipe.yml: skipped: not a regular file (named pipe).");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void symbolicLinkToANamedPipeNamedAsRootIsNotOpened() throws Exception {
    mkfifo(tmp.resolve("pipe"));
    symlink(tmp.resolve("link.yml"), Paths.get("pipe"));

    DiscoveryResult result = discover(tmp, "link.yml");

    assertThat(result.files()).isEmpty();
    assertThat(notifications(result)).containsExactly(
        "warning link.yml: skipped: not a regular file (named pipe).");
  }

  private static void mkfifo(Path path) throws InterruptedException {
    int exit;
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString())
          .redirectErrorStream(true)
          .start();
      process.getInputStream().readAllBytes();
      exit = process.waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    Assumptions.assumeTrue(exit == 0 && Files.exists(path, LinkOption.NOFOLLOW_LINKS),
        "mkfifo is not available");
  }

  @Test
  void socketIsSkipped() throws IOException {
    files(tmp, "root/x.yml");
    Path socket = tmp.resolve("root/agent.sock");
    ServerSocketChannel channel;
    try {
      channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      channel.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("Unix domain sockets are not available: " + e);
      return;
    }
    try (channel) {
      DiscoveryResult result = discover(tmp, "root");

      assertThat(displayPaths(result)).containsExactly("root/x.yml");
      assertThat(notifications(result)).containsExactly(
          "note root/agent.sock: skipped: not a regular file (socket).");
    }
  }

  @Test
  void deviceNamedAsRootIsSkipped() throws NoSuchFileException {
    Path devNull = Paths.get("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

    DiscoveryResult result = discover(tmp, "/dev/null");

    assertThat(result.files()).isEmpty();
    assertThat(notifications(result)).containsExactly(
        "warning /dev/null: skipped: not a regular file (character device).");
  }

  @Test
  void unreadableDirectoryIsReportedAndTheWalkGoesOn() throws IOException {
    files(tmp, "root/locked/a.yml", "root/open/b.yml");
    Path locked = tmp.resolve("root/locked");
    withPermissions(locked, "---------", () -> {
      DiscoveryResult result = discover(tmp, "root");

      assertThat(displayPaths(result)).containsExactly("root/open/b.yml");
      assertThat(notifications(result)).containsExactly(
          "warning root/locked: skipped: directory cannot be read (permission denied).");

      DiscoveryResult named = discover(tmp, "root/locked");

      assertThat(named.files()).isEmpty();
      assertThat(notifications(named)).containsExactly(
          "warning root/locked: skipped: directory cannot be read (permission denied).");
    });
  }

  @Test
  void directoryThatCanBeListedButNotEnteredIsReported() throws IOException {
    files(tmp, "root/half/a.yml", "root/open/b.yml");
    Path half = tmp.resolve("root/half");
    withPermissions(half, "r--r--r--", () -> {
      DiscoveryResult result = discover(tmp, "root");

      assertThat(displayPaths(result)).containsExactly("root/open/b.yml");
      assertThat(notifications(result)).containsExactly(
          "warning root/half: skipped: directory cannot be read (permission denied).");
    });
  }

  private interface Check {
    void run() throws IOException;
  }

  /** Runs the check with the directory's permissions changed; skips when they do not bite. */
  private static void withPermissions(Path dir, String permissions, Check check)
      throws IOException {
    Set<PosixFilePermission> original;
    try {
      original = Files.getPosixFilePermissions(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
      return;
    }
    try {
      // root (and some file systems) ignore permissions
      Assumptions.assumeFalse(Files.isReadable(dir) && Files.isExecutable(dir),
          "permissions are not enforced for this user");
      check.run();
    } finally {
      Files.setPosixFilePermissions(dir, original);
    }
  }
}
