package dev.plumbline.core.model.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.HclParser;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Builds the module of every directory of Terraform files in the real-world corpus, with its
 * references, values and policy documents: nothing throws, and nearly every reference to a
 * variable, local value or module call is declared in its module. Prints the counts, the
 * undefined references, and how many variables, local values and resource attributes have known
 * values.
 */
class TerraformModelCorpusTest {

  /** Resource attributes that hold IAM policy documents. */
  private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");

  @Test
  void everyModuleOfTheCorpusIsModelled() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);

    Map<String, List<TerraformFile>> byDirectory = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (entry.path("kind").asText().equals("terraform")) {
        String path = entry.get("path").asText();
        SourceFile file = SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path)));
        int slash = path.lastIndexOf('/');
        byDirectory.computeIfAbsent(slash < 0 ? "." : path.substring(0, slash),
            d -> new ArrayList<>()).add(TerraformFile.of(HclParser.parse(file)));
      }
    }
    List<TerraformModule> modules = new ArrayList<>();
    byDirectory.forEach((directory, files) -> modules.add(new TerraformModule(directory, files)));
    TerraformProject project = new TerraformProject(modules);

    Map<String, Integer> counts = new TreeMap<>();
    Map<Reference.Kind, Integer> referenceKinds = new TreeMap<>();
    List<String> undefined = new ArrayList<>();
    int files = 0;
    for (TerraformModule module : project.modules()) {
      files += module.files().size();
      count(counts, "resources", module.resources().size());
      count(counts, "data sources", module.dataSources().size());
      count(counts, "variables", module.variables().size());
      count(counts, "locals", module.locals().size());
      count(counts, "outputs", module.outputs().size());
      count(counts, "module calls", module.moduleCalls().size());
      count(counts, "module calls in the run", (int) module.moduleCalls().stream()
          .filter(c -> project.target(c).isPresent()).count());
      count(counts, "providers", module.providers().size());
      count(counts, "terraform blocks", module.settings().size());
      count(counts, "backends", module.backend().isPresent() ? 1 : 0);
      for (Reference reference : module.references()) {
        referenceKinds.merge(reference.kind(), 1, Integer::sum);
        if (module.isComplete() && reference.kind().isDeclaration()
            && reference.kind() != Reference.Kind.RESOURCE
            && reference.kind() != Reference.Kind.DATA
            && module.declaration(reference).isEmpty()) {
          undefined.add(reference.path() + ":" + reference.span().start() + " "
              + reference.address());
        }
      }
      for (Variable variable : module.variables()) {
        Value value = variable.value();
        count(counts, value.isNull() ? "variable values known (null)" : value.isKnown()
            ? "variable values known" : "variable values unknown", 1);
      }
      for (Local local : module.locals()) {
        Value value = local.value();
        count(counts, value.isWhollyKnown() ? "local values wholly known" : value.isKnown()
            ? "local values partly known" : "local values unknown", 1);
      }
      for (Resource resource : module.resources()) {
        evaluateAll(module, resource.body(), counts);
        for (String attribute : POLICY_ATTRIBUTES) {
          PolicyDocument.of(resource, attribute).ifPresent(p -> countPolicy(p, counts));
        }
      }
      for (Resource data : module.dataSources()) {
        PolicyDocument.of(data).ifPresent(p -> countPolicy(p, counts));
      }
    }

    System.out.println("corpus Terraform modules: " + project.modules().size() + ", files: "
        + files + ", references: " + referenceKinds.values().stream().mapToInt(i -> i).sum());
    counts.forEach((what, count) -> System.out.println("  " + what + ": " + count));
    referenceKinds.forEach((kind, count) -> System.out.println("  references " + kind + ": "
        + count));
    undefined.forEach(u -> System.out.println("  undefined: " + u));
    assertThat(files).as("Terraform files").isGreaterThan(1000);
    assertThat(project.modules()).as("modules").hasSizeGreaterThan(300);
    assertThat(counts.getOrDefault("resources", 0)).isGreaterThan(500);
    assertThat(counts.getOrDefault("variable values known", 0)).isGreaterThan(1000);
    // real configuration seldom refers to what it does not declare (a directory of templates
    // for generated modules does); many such references would mean references are misread
    int references = referenceKinds.values().stream().mapToInt(i -> i).sum();
    assertThat(undefined.size()).as("undefined variables, locals and module calls")
        .isLessThan(references / 1000);
  }

  /**
   * Cuts and edits some corpus files at random places and models each as a module of its own:
   * references, every attribute's value and every policy must be read without an exception.
   */
  @Test
  void cutsAndEditsOfCorpusFilesAreModelledWithoutExceptions() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);
    Random random = new Random(20261122L);
    ObjectMapper json = new ObjectMapper();
    List<String> paths = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (entry.path("kind").asText().equals("terraform")) {
        paths.add(entry.get("path").asText());
      }
    }
    int modelled = 0;
    for (int i = 0; i < paths.size(); i += 5) {
      String text = Files.readString(corpus.resolve(paths.get(i)), StandardCharsets.UTF_8);
      for (int round = 0; round < 4 && !text.isEmpty(); round++) {
        int at = random.nextInt(text.length());
        String edited = text.substring(0, at) + text.substring(
            Math.min(text.length(), at + 1 + random.nextInt(40)));
        exercise(Modules.of("main.tf", edited.replaceAll("\\p{Cs}", "")));
        modelled++;
      }
    }
    assertThat(modelled).isGreaterThan(1000);
  }

  private static void exercise(TerraformModule module) {
    module.references().forEach(r -> module.declaration(r));
    for (TerraformNode node : module.declarations()) {
      if (node instanceof TerraformBlock block) {
        evaluateAll(module, block.body(), new TreeMap<>());
        PolicyDocument.of(block, "policy");
      } else if (node instanceof Local local) {
        local.value();
      }
    }
    module.variables().forEach(Variable::value);
    module.dataSources().forEach(PolicyDocument::of);
  }

  private static void count(Map<String, Integer> counts, String what, int n) {
    counts.merge(what, n, Integer::sum);
  }

  /** Evaluates every attribute of a body and its nested blocks. */
  private static void evaluateAll(TerraformModule module, Body body, Map<String, Integer> counts) {
    for (Attribute attribute : body.attributes()) {
      Value value = module.evaluate(attribute.expression());
      count(counts, value.isKnown() ? "resource attributes known" : "resource attributes unknown",
          1);
    }
    for (Block block : body.blocks()) {
      evaluateAll(module, block.body(), counts);
    }
  }

  private static void countPolicy(PolicyDocument policy, Map<String, Integer> counts) {
    count(counts, policy.dataSource().isPresent() ? "policies (data sources)" : "policies", 1);
    count(counts, "policies complete", policy.complete() ? 1 : 0);
    count(counts, "policy statements", policy.statements().size());
    for (PolicyStatement statement : policy.statements()) {
      count(counts, "policy actions known", (int) statement.actions().stream()
          .filter(PolicyValue::isKnown).count());
      count(counts, "policy actions unknown", (int) statement.actions().stream()
          .filter(a -> !a.isKnown()).count());
    }
  }
}
