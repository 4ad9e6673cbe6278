package dev.plumbline.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find shared data: the project's {@code testdata/} and the real-world corpus
 * beside the project. Shared with the other modules' tests through core's test jar.
 */
public final class TestData {

  private TestData() {}

  /**
   * The top-level project directory: the {@code plumbline.projectRoot} system property (set by
   * surefire), else the nearest directory above the working directory that holds {@code testdata/}.
   */
  public static Path projectRoot() {
    String configured = System.getProperty("plumbline.projectRoot");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("testdata"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the project's testdata directory");
  }

  public static Path testdata() {
    return projectRoot().resolve("testdata");
  }

  /**
   * The corpus of real-world files: the {@code plumbline.corpus} system property, else
   * {@code ../shared/corpus} beside the project. It may be absent (CI machines): tests that need
   * it assume {@link #hasCorpus()}.
   */
  public static Path corpus() {
    String configured = System.getProperty("plumbline.corpus");
    return configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
        : projectRoot().resolve("../shared/corpus").normalize();
  }

  public static boolean hasCorpus() {
    return Files.isRegularFile(corpus().resolve("manifest.jsonl"));
  }
}
