package dev.plumbline.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TF009's branch-refs option. */
class ModuleNotPinnedTest {

  private static final String CALLS = """
      module "a" {
        source = "github.com/acme/a?ref=release"
      }
      module "b" {
        source = "github.com/acme/b?ref=main"
      }
      """;

  @Test
  void branchRefsReplaceTheDefaultList() {
    assertThat(TerraformLint.findings("TF009", Map.of("branch-refs", List.of("release")),
        "main.tf", CALLS))
        .containsExactly("main.tf:2:35 module.a follows the branch 'release' of "
            + "\"github.com/acme/a\": what it installs changes with every push");
    assertThat(TerraformLint.findings("TF009", "main.tf", CALLS))
        .containsExactly("main.tf:5:35 module.b follows the branch 'main' of "
            + "\"github.com/acme/b\": what it installs changes with every push");
  }
}
