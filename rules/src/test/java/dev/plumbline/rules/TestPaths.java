package dev.plumbline.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test data lives. */
public final class TestPaths {

  private TestPaths() {}

  /** The top-level project directory (set by surefire), else found from the working directory. */
  public static Path projectRoot() {
    String configured = System.getProperty("plumbline.projectRoot");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("testdata"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project's testdata directory");
    }
    return dir;
  }

  public static Path fixtures() {
    return projectRoot().resolve("testdata/fixtures");
  }

  /** The real-world corpus beside the project, if this machine has it. */
  public static Path corpus() {
    String configured = System.getProperty("plumbline.corpus");
    return configured != null && !configured.isBlank() ? Path.of(configured)
        : projectRoot().resolve("../shared/corpus").normalize();
  }
}
