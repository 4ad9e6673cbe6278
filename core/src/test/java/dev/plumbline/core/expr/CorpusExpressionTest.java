package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dev.plumbline.core.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ${{ }}} in the real-world workflow and action files of the shared corpus: none
 * may crash the parser, and more than 99% must parse. The files are read as plain text, so
 * expressions in YAML comments count too, and YAML escapes are not decoded.
 *
 * <p>The corpus comes from the system property {@code plumbline.corpus}, else {@code
 * ../shared/corpus} beside the top-level project directory; without it the test is skipped.
 */
class CorpusExpressionTest {

  private static final String STARTER_WORKFLOWS = "actions+starter-workflows";
  private static final int SHOWN_FAILURES = 40;

  @Test
  void expressionsOfRealWorkflowsParse() {
    Path corpus = TestData.corpus();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);

    List<Path> files = workflowFiles(corpus);
    int occurrences = 0;
    int parsed = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    for (Path file : files) {
      String text = read(file);
      List<TemplateExpression> found;
      try {
        found = Templates.find(text);
      } catch (RuntimeException | StackOverflowError e) {
        crashes.add(corpus.relativize(file) + ": " + e);
        continue;
      }
      for (TemplateExpression t : found) {
        occurrences++;
        if (t.expr().isPresent()) {
          parsed++;
          continue;
        }
        ExprSyntaxError error = t.error().orElseThrow();
        reasons.merge(error.message(), 1, Integer::sum);
        failures.add(corpus.relativize(file) + ":" + lineOf(text, error.start()) + ": "
            + error.message() + ": ${{" + abbreviate(t.inner()) + "}}");
      }
    }

    System.out.printf("[corpus] %d files, %d ${{ }} occurrences, %d parsed, %d failed%n",
        files.size(), occurrences, parsed, occurrences - parsed);
    reasons.forEach((reason, count) -> System.out.printf("[corpus]   %5d  %s%n", count, reason));
    failures.stream().limit(SHOWN_FAILURES).forEach(f -> System.out.println("[corpus]   " + f));

    assertThat(crashes).as("exceptions other than syntax errors").isEmpty();
    assertThat(files).isNotEmpty();
    assertThat(occurrences).isPositive();
    assertThat((double) parsed / occurrences).as("share of expressions that parse")
        .isGreaterThan(0.99);
  }

  /** Workflows, action metadata, and everything in the starter-workflows repository. */
  private static List<Path> workflowFiles(Path corpus) {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> isWorkflow(file) || isAction(file)
              || corpus.relativize(file).startsWith(STARTER_WORKFLOWS))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isWorkflow(Path file) {
    Path dir = file.getParent();
    return isYaml(file) && dir != null && dir.getFileName().toString().equals("workflows")
        && dir.getParent() != null && dir.getParent().getFileName().toString().equals(".github");
  }

  private static boolean isAction(Path file) {
    String name = file.getFileName().toString();
    return name.equals("action.yml") || name.equals("action.yaml");
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  private static String read(Path file) {
    try {
      // Lenient decoding: a stray byte must not hide the rest of the file from the test.
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String abbreviate(String inner) {
    String flat = inner.replace("\n", "\\n");
    return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
  }
}
