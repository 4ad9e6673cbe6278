package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Parses every Terraform file of the real-world corpus: none throws and none has a problem
 * (HashiCorp's parser accepts them all; {@code .ci/hcl-differential} checks that and compares
 * the structure). Then cuts and edits some of them at random places, which must never throw.
 * Prints what it read.
 */
class HclCorpusTest {

  @Test
  void everyTerraformFileOfTheCorpusParses() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    List<String> invalid = new ArrayList<>();
    List<SourceFile> files = new ArrayList<>();
    int blocks = 0;
    int attributes = 0;
    int expressions = 0;
    int heredocs = 0;
    int comments = 0;
    for (SourceFile file : terraformFiles(corpus)) {
      files.add(file);
      HclFile parsed = HclParser.parse(file);
      for (HclProblem problem : parsed.problems()) {
        invalid.add(file.path() + ":" + problem.span().start() + ": " + problem.message());
      }
      comments += parsed.comments().size();
      int[] counts = new int[4];
      count(parsed.body(), counts);
      blocks += counts[0];
      attributes += counts[1];
      expressions += counts[2];
      heredocs += counts[3];
    }
    System.out.println("corpus Terraform files: " + files.size() + ", blocks: " + blocks
        + ", attributes: " + attributes + ", expressions: " + expressions + ", heredocs: "
        + heredocs + ", comments: " + comments);
    assertThat(files).as("Terraform files in the corpus").hasSizeGreaterThan(1000);
    assertThat(invalid).as("problems").isEmpty();
  }

  @Test
  void cutsAndEditsOfCorpusFilesNeverThrow() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);
    Random random = new Random(20260104L);
    List<SourceFile> files = terraformFiles(corpus);
    for (int i = 0; i < files.size(); i += 7) {
      String text = files.get(i).text();
      for (int round = 0; round < 8 && !text.isEmpty(); round++) {
        int at = random.nextInt(text.length());
        if (Character.isLowSurrogate(text.charAt(at))) {
          continue;
        }
        HclRobustnessTest.exercise("main.tf", text.substring(0, at));
        HclRobustnessTest.exercise("main.tf", text.substring(0, at) + text.substring(
            Math.min(text.length(), at + 1 + random.nextInt(20))).replaceFirst("^\\p{Cs}", ""));
      }
    }
  }

  private static List<SourceFile> terraformFiles(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SourceFile> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (entry.path("kind").asText().equals("terraform")) {
        String path = entry.get("path").asText();
        files.add(SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path))));
      }
    }
    return files;
  }

  /** Blocks, attributes, expressions and heredocs under a body. */
  private static void count(Body body, int[] counts) {
    for (BodyItem item : body.items()) {
      if (item instanceof Block block) {
        counts[0]++;
        count(block.body(), counts);
      } else {
        counts[1]++;
        ((Attribute) item).expression().walk(e -> {
          counts[2]++;
          if (e instanceof Template template && template.heredoc().isPresent()) {
            counts[3]++;
          }
        });
      }
    }
  }
}
