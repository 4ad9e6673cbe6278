package dev.plumbline.core.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClaimedFileTest extends DiscoveryTestCase {

  @Test
  void aPathThatDoesNotExistIsPlacedInItsRepository() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path sub = Files.createDirectories(repo.resolve("docs"));

    DiscoveredFile fromRoot = ClaimedFile.at(Path.of(".github/workflows/ci.yml"), repo);
    assertThat(fromRoot.path()).isEqualTo(repo.resolve(".github/workflows/ci.yml"));
    assertThat(fromRoot.displayPath()).isEqualTo(".github/workflows/ci.yml");
    assertThat(fromRoot.contextPath()).isEqualTo(".github/workflows/ci.yml");
    assertThat(fromRoot.explicit()).isTrue();

    DiscoveredFile fromSub = ClaimedFile.at(Path.of("../.github/workflows/ci.yml"), sub);
    assertThat(fromSub.contextPath()).as("relative to the repository, not the working directory")
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(fromSub.displayPath()).as("outside the working directory: absolute, as discovery")
        .isEqualTo(repo.resolve(".github/workflows/ci.yml").toString().replace('\\', '/'));
  }

  @Test
  void anExistingFileGetsWhatDiscoveryGivesIt() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path file = repo.resolve("nested/.github/workflows/ci.yml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "on: push\n");

    DiscoveredFile discovered = new FileDiscovery(java.util.List.of())
        .discover(java.util.List.of(Path.of("nested/.github/workflows/ci.yml")), repo)
        .files().get(0);

    assertThat(ClaimedFile.at(Path.of("nested/.github/workflows/ci.yml"), repo))
        .isEqualTo(discovered);
  }

  @Test
  void outsideAnyRepositoryTheContextIsRelativeToTheWorkingDirectory() throws IOException {
    Path work = Files.createDirectories(tmp.resolve("work"));
    assertThat(ClaimedFile.at(Path.of(".github/workflows/ci.yml"), work).contextPath())
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(ClaimedFile.at(tmp.resolve("elsewhere/action.yml"), work).contextPath())
        .isEqualTo("action.yml");
  }
}
