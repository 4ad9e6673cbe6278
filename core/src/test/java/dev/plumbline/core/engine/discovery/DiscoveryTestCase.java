package dev.plumbline.core.engine.discovery;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh temporary directory per test, by its real path: on some systems the temporary
 * directory is behind a symbolic link, which would change display and context paths.
 */
abstract class DiscoveryTestCase {

  @TempDir
  Path tempDir;

  Path tmp;

  @BeforeEach
  void realTempDir() throws IOException {
    tmp = tempDir.toRealPath();
  }
}
