package dev.plumbline.core.report;

import dev.plumbline.core.engine.LintResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Reporter} renders and how.
 *
 * @param result      the run's findings, rules and notifications
 * @param toolVersion the Plumbline version, for example {@code 0.1.0}
 * @param sourceRoot  absolute {@code file:} URI of the base directory the finding paths are
 *                    relative to, ending in {@code /} (SARIF {@code %SRCROOT%}); empty when
 *                    the output must not contain an absolute path
 * @param colour      whether to emit ANSI colours (console only)
 */
public record ReportContext(LintResult result, String toolVersion, Optional<URI> sourceRoot,
    boolean colour) {

  public ReportContext {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    sourceRoot.ifPresent(uri -> {
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("sourceRoot must be an absolute URI: " + uri);
      }
    });
  }

  /**
   * The {@code file:} URI of a directory, always ending in {@code /} (a {@link Path#toUri()}
   * of a directory that does not exist lacks it), for {@link #sourceRoot()}.
   */
  public static URI directoryUri(Path directory) {
    URI uri = directory.toAbsolutePath().normalize().toUri();
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }
}
