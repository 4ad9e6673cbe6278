package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.engine.LintResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportContextTest {

  private static final LintResult EMPTY = new LintResult(List.of(), List.of(), List.of(), List.of());

  @Test
  void directoryUriAlwaysEndsWithASlash(@TempDir Path dir) {
    URI existing = ReportContext.directoryUri(dir);
    URI missing = ReportContext.directoryUri(dir.resolve("not here"));
    assertThat(existing.getScheme()).isEqualTo("file");
    assertThat(existing.toString()).endsWith("/");
    assertThat(missing.toString()).endsWith("/not%20here/");
  }

  @Test
  void sourceRootMustBeAbsolute() {
    assertThatThrownBy(() -> new ReportContext(EMPTY, "0.1.0",
        Optional.of(URI.create("relative/dir/")), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
  }
}
