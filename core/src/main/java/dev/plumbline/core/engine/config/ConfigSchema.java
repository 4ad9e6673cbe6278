package dev.plumbline.core.engine.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.report.JsonOutput;
import dev.plumbline.core.rule.OptionDescriptor;
import dev.plumbline.core.rule.OptionType;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code .plumbline.yml}, generated from the rules, for
 * editors that complete and check YAML against a schema. It says what the loader accepts: the
 * keys, rules by ID (any case) or name, severities and each rule's options with their types.
 * Output is deterministic: rules by ID, options by name, {@code \n} line breaks.
 */
public final class ConfigSchema {

  /** Where the published schema lives; the {@code $id} of the generated one. */
  public static final String URL = "https://plumbline.dev/schema/plumbline.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private ConfigSchema() {}

  /** The schema for the rules of {@code registry}, pretty-printed, ending with a line break. */
  public static String generate(RuleRegistry registry) {
    ObjectNode schema = MAPPER.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", URL);
    schema.put("title", "Plumbline configuration");
    schema.put("description", "The .plumbline.yml file of a repository: when the run fails, "
        + "which paths are not linted, which rules run, at what severity, with what options, "
        + "and the limits that keep a hostile repository from exhausting the run.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ObjectNode failOn = properties.putObject("fail-on");
    failOn.put("description", "Exit with status 1 when a finding that is not suppressed is at "
        + "least this severe; never: always exit 0. The --fail-on option wins over this.");
    strings(failOn.putArray("enum"), FailOn.labels());
    failOn.put("default", FailOn.DEFAULT.label());
    ObjectNode exclude = properties.putObject("exclude");
    exclude.put("description", "Paths not to lint, in .gitignore syntax, relative to the "
        + "directory of this file. Files named on the command line are always linted.");
    nullable(exclude, "array");
    exclude.putObject("items").put("$ref", "#/$defs/pattern");
    properties.putObject("rules").put("$ref", "#/$defs/rules");
    ObjectNode overrides = properties.putObject("overrides");
    overrides.put("description", "Rule settings for some paths, laid over the top-level "
        + "ones; when several overrides match a file, later ones win.");
    nullable(overrides, "array");
    overrides.putObject("items").put("$ref", "#/$defs/override");
    properties.set("limits", limits());
    schema.put("additionalProperties", false);

    ObjectNode defs = schema.putObject("$defs");
    ObjectNode pattern = defs.putObject("pattern");
    pattern.put("description", "A path pattern in .gitignore syntax, relative to the directory "
        + "of this file: 'vendor/' (any directory named vendor), '/docs/**' (only the top-level "
        + "docs), '*.generated.yml', '!keep.yml' (brings back what an earlier pattern left out).");
    pattern.put("type", "string");
    pattern.put("pattern", "^[^#]");
    ObjectNode severity = defs.putObject("severity");
    severity.put("description", "off turns the rule off; error, warning or note turns it on and "
        + "gives every finding of the rule that severity.");
    strings(severity.putArray("enum"), RuleSettingsReader.SEVERITIES);
    defs.set("rules", rules(registry));
    defs.set("override", override());
    for (RuleDescriptor rule : registry.all()) {
      defs.set(rule.id(), rule(rule));
    }
    StringWriter out = new StringWriter();
    try {
      JsonOutput.write(schema, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static ObjectNode rules(RuleRegistry registry) {
    ObjectNode rules = MAPPER.createObjectNode();
    rules.put("description", "Settings by rule ID or name: off, a severity, or a mapping of "
        + "severity and options. 'plumbline rules' lists every rule.");
    nullable(rules, "object");
    ObjectNode byName = rules.putObject("properties");
    ObjectNode byPattern = rules.putObject("patternProperties");
    ObjectNode once = rules.putObject("dependentSchemas");
    for (RuleDescriptor rule : registry.all()) {
      String ref = "#/$defs/" + rule.id();
      byName.putObject(rule.id()).put("$ref", ref);
      byName.putObject(rule.name()).put("$ref", ref);
      byPattern.putObject(anyCase(rule.id())).put("$ref", ref);
      once.putObject(rule.id()).putObject("not").putArray("required").add(rule.name());
    }
    rules.put("additionalProperties", false);
    return rules;
  }

  private static ObjectNode override() {
    ObjectNode override = MAPPER.createObjectNode();
    override.put("type", "object");
    ObjectNode properties = override.putObject("properties");
    ObjectNode files = properties.putObject("files");
    files.put("description", "The paths this override is for, in .gitignore syntax, relative "
        + "to the directory of this file.");
    files.put("type", "array");
    files.put("minItems", 1);
    files.putObject("items").put("$ref", "#/$defs/pattern");
    properties.putObject("rules").put("$ref", "#/$defs/rules");
    override.putArray("required").add("files");
    override.put("additionalProperties", false);
    return override;
  }

  /** The {@code limits:} mapping: each setting a size or a count, with its default. */
  private static ObjectNode limits() {
    ObjectNode limits = MAPPER.createObjectNode();
    limits.put("description", "What a hostile or very large repository may cost; a file or run "
        + "that reaches a limit is reported with the limit's name, and the rest goes on.");
    nullable(limits, "object");
    ObjectNode properties = limits.putObject("properties");
    for (LimitSetting setting : LimitSetting.values()) {
      ObjectNode node = properties.putObject(setting.key());
      node.put("description", setting.description() + " Default: " + setting.defaultText()
          + ".");
      if (setting.isSize()) {
        ArrayNode anyOf = node.putArray("anyOf");
        ObjectNode bytes = anyOf.addObject();
        bytes.put("type", "integer");
        bytes.put("minimum", setting.minimum());
        bytes.put("maximum", setting.maximum());
        ObjectNode text = anyOf.addObject();
        text.put("type", "string");
        text.put("pattern", "^\\s*[0-9]+\\s*([KkMmGg][Ii]?[Bb]|[Bb])?\\s*$");
        node.put("default", setting.defaultText());
      } else {
        node.put("type", "integer");
        node.put("minimum", setting.minimum());
        node.put("maximum", setting.maximum());
        node.put("default", setting.of(Limits.DEFAULT));
      }
    }
    limits.put("additionalProperties", false);
    return limits;
  }

  /** One rule's setting: a severity, or a mapping of severity and options. */
  private static ObjectNode rule(RuleDescriptor rule) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("description", rule.id() + " " + rule.name() + ": " + rule.summary() + " (default: "
        + (rule.enabledByDefault() ? rule.defaultSeverity().label() : "off") + "). "
        + rule.helpUri());
    ArrayNode anyOf = node.putArray("anyOf");
    anyOf.addObject().put("$ref", "#/$defs/severity");
    ObjectNode detailed = anyOf.addObject();
    detailed.put("type", "object");
    ObjectNode properties = detailed.putObject("properties");
    properties.putObject("severity").put("$ref", "#/$defs/severity");
    ObjectNode options = properties.putObject("options");
    options.put("description", rule.options().isEmpty() ? "This rule has no options."
        : "Options of " + rule.id() + "; those not given keep their defaults.");
    nullable(options, "object");
    ObjectNode optionProperties = options.putObject("properties");
    for (OptionDescriptor option : rule.options()) {
      optionProperties.set(option.name(), option(option));
    }
    options.put("additionalProperties", false);
    detailed.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode option(OptionDescriptor option) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("description", option.description());
    node.put("type", option.type().jsonSchemaType());
    if (option.type() == OptionType.STRING_LIST) {
      node.putObject("items").put("type", "string");
    }
    node.set("default", MAPPER.valueToTree(option.defaultValue()));
    return node;
  }

  /** A value of this type, or nothing at all ({@code key:} with every entry commented out). */
  private static void nullable(ObjectNode node, String type) {
    node.putArray("type").add(type).add("null");
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** A regular expression matching the ID in any case: {@code ^[Gg][Hh][Aa]001$}. */
  private static String anyCase(String id) {
    StringBuilder regex = new StringBuilder("^");
    for (char c : id.toCharArray()) {
      if (Character.isLetter(c)) {
        regex.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c))
            .append(']');
      } else {
        regex.append(c);
      }
    }
    return regex.append('$').toString();
  }
}
