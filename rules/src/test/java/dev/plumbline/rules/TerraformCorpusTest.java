package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every Terraform rule, those off by default too, over every Terraform file of the
 * real-world corpus as discovered files (grouped into modules by directory): no crash, no
 * internal error, every file linted as Terraform.
 */
class TerraformCorpusTest {

  @Test
  void everyTerraformFileOfTheCorpusIsLintedWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    CorpusRun run = CorpusRun.of(corpus, "terraform", d -> d.id().startsWith("TF"),
        Set.of(FileKind.TERRAFORM, FileKind.TERRAFORM_VARIABLES));

    assertThat(run.files()).as("Terraform files in the corpus").hasSizeGreaterThan(1000);
    assertThat(run.internalErrors()).as("internal errors").isEmpty();
    assertThat(run.linted()).as("every file linted as Terraform").hasSize(run.files().size());
  }
}
