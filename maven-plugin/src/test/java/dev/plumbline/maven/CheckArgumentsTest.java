package dev.plumbline.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckArgumentsTest {

  private static final Path BASE = Path.of("/work/shop").toAbsolutePath();

  @Test
  void byDefaultTheBaseDirectoryIsLintedWithConsoleAndSarifOutput() {
    List<String> args = new CheckArguments(BASE, "target", List.of())
        .build(List.of(), List.of(), null, null, null);

    assertThat(args).containsExactly("check", "--no-color", "--format", "console",
        "--format", "sarif=" + BASE.resolve("target/plumbline/plumbline.sarif"),
        "--exclude", "/target/", "--", BASE.toString());
  }

  @Test
  void aParentLeavesItsModulesToThemselves() {
    List<String> args = new CheckArguments(BASE, BASE.resolve("build").toString(),
        List.of("api", "web/pom.xml", "../elsewhere"))
        .build(List.of(new File("deploy")), List.of("sarif=out.sarif"), "error",
            new File("strict.yml"), new File("baseline.json"));

    assertThat(args).containsExactly("check", "--no-color", "--format", "sarif=out.sarif",
        "--fail-on", "error", "--config", "strict.yml", "--baseline", "baseline.json",
        "--exclude", "/build/", "--exclude", "/api/", "--exclude", "/web/",
        "--", BASE.resolve("deploy").toString());
  }
}
