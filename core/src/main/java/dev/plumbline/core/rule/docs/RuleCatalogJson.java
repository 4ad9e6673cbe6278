package dev.plumbline.core.rule.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.report.JsonOutput;
import dev.plumbline.core.rule.OptionDescriptor;
import dev.plumbline.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule catalogue as JSON, for tools and editors. Keys appear in the order shown; rules are
 * ordered by ID and options by name; the output is written like the JSON report (two-space
 * indentation, {@code \n} line breaks).
 *
 * <pre>{@code
 * {
 *   "rules": [
 *     {
 *       "id": "GHA001",
 *       "name": "unpinned-action",
 *       "platform": "github-actions",
 *       "platformName": "GitHub Actions",
 *       "severity": "warning",
 *       "enabledByDefault": true,
 *       "tags": ["security", "supply-chain"],
 *       "securitySeverity": 5.5,
 *       "summary": "Action or reusable workflow is not pinned to a full commit SHA",
 *       "description": "An action or reusable workflow is referenced by a tag ...",
 *       "explanation": "# GHA001 unpinned-action\n\n...",
 *       "helpUri": "https://plumbline.dev/rules/GHA001",
 *       "since": "0.1.0",
 *       "options": [
 *         {"name": "trusted-owners", "type": "array", "default": [], "description": "..."}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code platform} is the platform's enum name in kebab case; {@code severity} is the default
 * severity ({@code error}, {@code warning}, {@code note}), also for rules that are off by
 * default; {@code securitySeverity} is {@code null} for rules that are not about security;
 * {@code description} is the explanation's first paragraph and {@code explanation} its whole
 * Markdown; an option's {@code type} is its JSON Schema type ({@code string}, {@code boolean},
 * {@code integer}, {@code array} of strings).
 *
 * <p>Written with what this machine has ({@link #write(List, Function, Writer)}), each rule also
 * says whether it can report here, after {@code since}: {@code "available": true}, or
 * {@code "available": false} with {@code "inactiveReason": "shellcheck not found on PATH"} for a
 * rule whose external program is missing. Without it the catalogue is the same on every machine.
 */
public final class RuleCatalogJson {

  private RuleCatalogJson() {}

  public static void write(List<RuleDescriptor> rules, Writer out) throws IOException {
    JsonOutput.write(toJson(rules), out);
  }

  /**
   * The catalogue with each rule's availability on this machine.
   *
   * @param inactiveReason why a rule cannot report here, or empty when it can
   */
  public static void write(List<RuleDescriptor> rules,
      Function<RuleDescriptor, Optional<String>> inactiveReason, Writer out) throws IOException {
    JsonOutput.write(toJson(rules, Optional.of(inactiveReason)), out);
  }

  public static ObjectNode toJson(List<RuleDescriptor> rules) {
    return toJson(rules, Optional.empty());
  }

  private static ObjectNode toJson(List<RuleDescriptor> rules,
      Optional<Function<RuleDescriptor, Optional<String>>> inactiveReason) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    ArrayNode list = root.putArray("rules");
    for (RuleDescriptor rule : rules) {
      ObjectNode node = list.addObject()
          .put("id", rule.id())
          .put("name", rule.name())
          .put("platform", rule.platform().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .put("platformName", rule.platform().displayName())
          .put("severity", rule.defaultSeverity().label())
          .put("enabledByDefault", rule.enabledByDefault());
      ArrayNode tags = node.putArray("tags");
      rule.tags().forEach(tags::add);
      if (rule.securitySeverity().isPresent()) {
        node.put("securitySeverity", BigDecimal.valueOf(rule.securitySeverity().getAsDouble()));
      } else {
        node.putNull("securitySeverity");
      }
      node.put("summary", rule.summary())
          .put("description", rule.docs().description())
          .put("explanation", rule.docs().markdown())
          .put("helpUri", rule.helpUri())
          .put("since", rule.since());
      if (inactiveReason.isPresent()) {
        Optional<String> why = inactiveReason.get().apply(rule);
        node.put("available", why.isEmpty());
        why.ifPresent(w -> node.put("inactiveReason", w));
      }
      ArrayNode options = node.putArray("options");
      for (OptionDescriptor option : rule.options()) {
        ObjectNode o = options.addObject()
            .put("name", option.name())
            .put("type", option.type().jsonSchemaType());
        o.set("default", value(option.defaultValue()));
        o.put("description", option.description());
      }
    }
    return root;
  }

  /** An option value (String, Boolean, Integer or List of Strings) as JSON. */
  private static JsonNode value(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (value instanceof List<?> list) {
      ArrayNode array = json.arrayNode();
      list.forEach(item -> array.add(value(item)));
      return array;
    }
    if (value instanceof Boolean b) {
      return json.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return json.numberNode(i);
    }
    return json.textNode(String.valueOf(value));
  }
}
