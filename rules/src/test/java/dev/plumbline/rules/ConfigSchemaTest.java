package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plumbline.core.engine.config.Config;
import dev.plumbline.core.engine.config.ConfigException;
import dev.plumbline.core.engine.config.ConfigLoader;
import dev.plumbline.core.engine.config.ConfigProblem;
import dev.plumbline.core.engine.config.ConfigSchema;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration schema shipped in {@code schema/} is the one the rules generate, is a valid
 * JSON Schema, and agrees with the loader on every sample configuration in
 * {@code testdata/config}: the valid ones pass both, the invalid ones fail both.
 */
class ConfigSchemaTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();
  private static final Path SCHEMA_FILE = TestData.projectRoot().resolve(
      "schema/plumbline.schema.json");
  private static final Path SAMPLES = TestData.testdata().resolve("config");
  private static final String EXPECTED_ERROR = "# error: ";

  static {
    // the validator logs through SLF4J, which would warn that no logger is bound
    System.setProperty("slf4j.internal.verbosity", "ERROR");
  }

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @Test
  void theCheckedInSchemaIsUpToDate() throws IOException {
    String generated = ConfigSchema.generate(REGISTRY);
    if (Boolean.getBoolean("plumbline.updateSnapshots")) {
      Files.createDirectories(SCHEMA_FILE.getParent());
      Files.writeString(SCHEMA_FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8))
        .as(SCHEMA_FILE + " is stale; regenerate it with -Dplumbline.updateSnapshots=true")
        .isEqualTo(generated);
  }

  @Test
  void theSchemaIsAValidJsonSchemaThatNamesEveryRuleAndOption() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ConfigSchema.generate(REGISTRY));
    JsonSchema metaSchema = FACTORY.getSchema(
        URI.create("https://json-schema.org/draft/2020-12/schema"));

    assertThat(metaSchema.validate(schema)).isEmpty();
    assertThat(schema.at("/$defs/rules/properties").size()).isEqualTo(2 * REGISTRY.all().size());
    assertThat(schema.at("/$defs/GHA001/anyOf/1/properties/options/properties/trusted-owners"
        + "/items/type").asText()).isEqualTo("string");
    assertThat(schema.at("/$defs/rules/properties/unpinned-action/$ref").asText())
        .isEqualTo("#/$defs/GHA001");
  }

  @Test
  void theReadmeExampleIsValid() throws IOException {
    String readme = Files.readString(TestData.projectRoot().resolve("README.md"),
        StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Configuration\n");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    assertThat(section).as("the README's Configuration section").isPositive();
    SourceFile example = SourceFile.of("README.md", readme.substring(start,
        readme.indexOf("```", start)));

    Config config = new ConfigLoader(REGISTRY).parse(example, Path.of(".plumbline.yml"));

    assertThat(config.rules()).containsOnlyKeys("GHA001", "GHA002", "GHA006");
    assertThat(config.overrides()).hasSize(1);
    assertThat(schemaErrors(example)).isEmpty();
  }

  @Test
  void thereAreEnoughSamplesOfEachKind() throws IOException {
    assertThat(samples("valid")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(samples("invalid")).hasSizeGreaterThanOrEqualTo(6);
  }

  static Stream<Path> valid() throws IOException {
    return samples("valid").stream();
  }

  static Stream<Path> invalid() throws IOException {
    return samples("invalid").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void aValidSamplePassesTheLoaderAndTheSchema(Path sample) throws IOException {
    SourceFile file = read(sample);

    new ConfigLoader(REGISTRY).parse(file, sample);
    assertThat(schemaErrors(file)).as("schema errors").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void anInvalidSampleFailsTheLoaderAndTheSchema(Path sample) throws IOException {
    SourceFile file = read(sample);
    List<String> expected = file.text().lines().filter(l -> l.startsWith(EXPECTED_ERROR))
        .map(l -> l.substring(EXPECTED_ERROR.length())).toList();
    assertThat(expected).as("the sample says which errors it expects, as '"
        + EXPECTED_ERROR + "LINE:COLUMN: message'").isNotEmpty();

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> new ConfigLoader(REGISTRY).parse(file, sample));

    if (e == null) {
      fail("the loader accepted " + sample);
    }
    assertThat(e.problems()).extracting(ConfigProblem::toString)
        .containsExactlyElementsOf(expected.stream().map(x -> file.path() + ":" + x).toList());
    assertThat(schemaErrors(file)).as("schema errors").isNotEmpty();
  }

  private static Set<ValidationMessage> schemaErrors(SourceFile file) throws IOException {
    YamlStream yaml = new YamlParser().parse(file);
    assertThat(yaml.problems()).as("YAML problems").isEmpty();
    JsonNode json = yaml.documents().isEmpty() ? null : YamlJson.of(yaml.documents().get(0).root());
    if (json == null || json.isNull()) {
      json = new ObjectMapper().createObjectNode(); // an empty file is an empty configuration
    }
    JsonSchema schema = FACTORY.getSchema(new ObjectMapper().readTree(SCHEMA_FILE.toFile()));
    return schema.validate(json);
  }

  private static SourceFile read(Path sample) throws IOException {
    return SourceFile.of(SAMPLES.relativize(sample).toString(),
        Files.readString(sample, StandardCharsets.UTF_8));
  }

  private static List<Path> samples(String kind) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES.resolve(kind))) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
    }
  }
}
