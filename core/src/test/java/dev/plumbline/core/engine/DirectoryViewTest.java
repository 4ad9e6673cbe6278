package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.ProjectView.Presence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryViewTest {

  @Test
  void siblingsAreLookedUpInTheFilesDirectoryOnly(@TempDir Path dir) throws IOException {
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve(".dockerignore"), "*\n");
    Files.writeString(dir.resolve("outside"), "x\n");
    Files.createDirectories(app.resolve("folder"));
    DirectoryView view = new DirectoryView(app.resolve("Dockerfile"));

    assertThat(view.sibling(".dockerignore")).isEqualTo(Presence.PRESENT);
    assertThat(view.sibling("Dockerfile.dockerignore")).isEqualTo(Presence.ABSENT);
    assertThat(view.sibling("folder")).as("a directory is not a file").isEqualTo(Presence.ABSENT);
    assertThat(view.sibling("../outside")).as("never leaves the directory")
        .isEqualTo(Presence.UNKNOWN);
    assertThat(view.sibling("/etc/passwd")).isEqualTo(Presence.UNKNOWN);
  }

  @Test
  void aNameNoFileCanHaveIsUnknown(@TempDir Path dir) {
    DirectoryView view = new DirectoryView(dir.resolve("Dockerfile"));

    assertThat(view.sibling("app\u0000/package-lock.json")).isEqualTo(Presence.UNKNOWN);
  }
}
