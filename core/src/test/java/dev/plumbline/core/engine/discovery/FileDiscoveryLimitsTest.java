package dev.plumbline.core.engine.discovery;

import static dev.plumbline.core.engine.discovery.Trees.displayPaths;
import static dev.plumbline.core.engine.discovery.Trees.files;
import static dev.plumbline.core.engine.discovery.Trees.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit of files, and names the platform's encoding cannot hold. */
class FileDiscoveryLimitsTest extends DiscoveryTestCase {

  private DiscoveryResult discover(int maxFiles, String... roots) throws NoSuchFileException {
    return new FileDiscovery(List.of(), tmp, maxFiles)
        .discover(List.of(roots).stream().map(Path::of).toList(), tmp);
  }

  @Test
  void theWalkStopsAtTheLimitInNameOrderWithAWarning() throws NoSuchFileException {
    files(tmp, "b/2.yml", "b/1.yml", "a/x.yml", "a/sub/y.yml", "top.yml", "c/z.yml");

    DiscoveryResult result = discover(4, ".");

    // each directory's files before its subdirectories, subdirectories in name order
    assertThat(displayPaths(result)).containsExactly("a/sub/y.yml", "a/x.yml", "b/1.yml",
        "top.yml");
    assertThat(notifications(result)).containsExactly("warning b/2.yml: not linted, nor any "
        + "file found after it: the run already has 4 files (limit max-files).");
  }

  @Test
  void filesUnderTheLimitGiveNoWarning() throws NoSuchFileException {
    files(tmp, "a.yml", "b.yml");

    assertThat(displayPaths(discover(2, "."))).containsExactly("a.yml", "b.yml");
    assertThat(notifications(discover(2, "."))).isEmpty();
    assertThat(notifications(discover(2, "a.yml", ".", "b.yml")))
        .as("a file found twice counts once").isEmpty();
  }

  @Test
  void rootsAfterTheLimitAreNotVisited() throws NoSuchFileException {
    files(tmp, "a/1.yml", "a/2.yml", "b/3.yml");

    DiscoveryResult result = discover(1, "a", "b");

    assertThat(displayPaths(result)).containsExactly("a/1.yml");
    assertThat(notifications(result)).singleElement().asString().startsWith("warning a/2.yml:");
  }

  @Test
  void aNameOutsideThePlatformEncodingIsFound() throws IOException, InterruptedException {
    Process mkdir = new ProcessBuilder("sh", "-c",
        "mkdir \"$(printf 'd\\377')\" && : > \"$(printf 'd\\377')/f.yml\"")
        .directory(tmp.toFile()).start();
    assumeTrue(mkdir.waitFor() == 0, "no POSIX shell");

    DiscoveryResult result = discover(10, ".");

    assertThat(displayPaths(result)).singleElement().asString().startsWith("d")
        .endsWith("/f.yml");
    assertThat(Files.isRegularFile(result.files().get(0).path()))
        .as("the path found reads the file").isTrue();
  }
}
