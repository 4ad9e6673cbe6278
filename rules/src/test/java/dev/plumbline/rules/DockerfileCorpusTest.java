package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over every Dockerfile of the real-world corpus: no crash, no internal error, and
 * no DKR000 except on the docker-library {@code Dockerfile.template} files, which are jq templates
 * rather than Dockerfiles; and every character of every RUN script maps back to the same character
 * of the file. Prints the counts and the findings per rule; with
 * {@code -Dplumbline.corpus.show=RULE-ID} also every finding of that rule.
 */
class DockerfileCorpusTest {

  @Test
  void everyDockerfileOfTheCorpusIsReadWithoutInternalErrors() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()), EngineOptions.defaults());
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    List<String> internalErrors = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();
    int files = 0;
    int templates = 0;
    int instructions = 0;
    int stages = 0;
    int heredocs = 0;
    int scripts = 0;

    Path manifest = corpus.resolve("manifest.jsonl");
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (!entry.path("kind").asText().equals("dockerfile")) {
        continue;
      }
      String path = entry.get("path").asText();
      SourceFile file = SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path)));
      files++;
      boolean template = isTemplate(entry);
      templates += template ? 1 : 0;

      Dockerfile dockerfile = Dockerfile.parse(file);
      instructions += dockerfile.instructions().size();
      stages += dockerfile.stages().size();
      for (Run run : dockerfile.instructions(Run.class)) {
        heredocs += run.heredocs().size();
        scripts += run.script().isPresent() ? 1 : 0;
        run.script().flatMap(s -> firstMisplacedCharacter(s, file))
            .ifPresent(at -> misplaced.add(path + ":" + run.line() + " script offset " + at));
      }

      Engine.FileOutcome outcome = engine.lint(file, FileKind.DOCKERFILE);
      for (Notification n : outcome.notifications()) {
        if (n.isInternalError()) {
          internalErrors.add(path + ": " + n.message());
        }
      }
      for (Finding f : outcome.findings()) {
        findingsPerRule.merge(f.ruleId(), 1, Integer::sum);
        if (f.ruleId().equals("DKR000") && !template) {
          invalid.add(path + ":" + f.span().start() + ": " + f.message());
        }
        if (f.ruleId().equals(System.getProperty("plumbline.corpus.show"))) {
          System.out.println(path + ":" + f.span().start() + ": " + f.message());
        }
      }
    }

    System.out.println("corpus Dockerfiles: " + files + " (templates: " + templates
        + "), instructions: " + instructions + ", stages: " + stages + ", RUN heredocs: "
        + heredocs + ", RUN scripts: " + scripts);
    findingsPerRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    assertThat(files).as("Dockerfiles in the corpus").isGreaterThan(500);
    assertThat(internalErrors).as("internal errors").isEmpty();
    assertThat(invalid).as("DKR000 on files that are not templates").isEmpty();
    assertThat(misplaced).as("script characters that do not map back to themselves").isEmpty();
  }

  /** The first script offset whose character is not the file character it maps to. */
  private static Optional<Integer> firstMisplacedCharacter(Script script, SourceFile file) {
    String text = script.text();
    for (int i = 0; i < text.length(); i++) {
      Span span = script.span(i, i + 1);
      boolean ok = span.isEmpty() ? text.charAt(i) == '\n'
          : span.length() == 1 && file.text().charAt(span.start().offset()) == text.charAt(i);
      if (!ok) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** docker-library's jq templates: the manifest says so, or the name does. */
  private static boolean isTemplate(JsonNode entry) {
    JsonNode template = entry.path("template");
    boolean marked = template.isTextual() || template.asBoolean(false);
    return marked || entry.path("path").asText().endsWith("/Dockerfile.template");
  }
}
