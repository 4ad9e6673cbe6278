package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A variable written in a {@code variables:} mapping: its name and the scalar GitLab assigns,
 * read through the expanded form ({@code NAME: {value: ..., expand: false}}). Shared by the rules
 * that judge variable values, so that they agree on where pipelines set variables.
 *
 * @param entry  the entry as written: its key is the variable's name
 * @param value  the scalar assigned; empty for a mapping without {@code value:} or another shape
 * @param expand whether GitLab expands {@code $VARIABLES} in the value ({@code expand: false}
 *               makes every {@code $} literal)
 */
record Variable(YamlMapping.Entry entry, Optional<YamlScalar> value, boolean expand) {

  String name() {
    return entry.keyText();
  }

  /** The variables of one {@code variables:} mapping, in order. */
  static List<Variable> in(YamlMapping variables) {
    return variables.entries().stream().map(Variable::of).toList();
  }

  private static Variable of(YamlMapping.Entry e) {
    YamlNode value = e.value();
    if (value instanceof YamlMapping expanded) {
      boolean expand = expanded.scalar("expand").flatMap(YamlScalar::asBoolean).orElse(true);
      return new Variable(e, expanded.scalar("value"), expand);
    }
    return new Variable(e, Optional.of(value).filter(YamlScalar.class::isInstance)
        .map(YamlScalar.class::cast), true);
  }

  /** Global {@code variables:} and those of {@code workflow:rules}. */
  static List<Variable> ofPipeline(Pipeline pipeline) {
    List<Variable> all = new ArrayList<>();
    pipeline.variables().ifPresent(v -> all.addAll(in(v)));
    pipeline.workflowRules().ifPresent(r -> all.addAll(ofRules(r)));
    return all;
  }

  /** A job's own {@code variables:} (after {@code extends}) and those of its {@code rules:}. */
  static List<Variable> ofJob(Job job) {
    List<Variable> all = new ArrayList<>();
    job.variables().ifPresent(v -> all.addAll(in(v)));
    job.rules().ifPresent(r -> all.addAll(ofRules(r)));
    return all;
  }

  private static List<Variable> ofRules(YamlSequence rules) {
    return rules.items().stream().filter(YamlMapping.class::isInstance)
        .map(YamlMapping.class::cast).flatMap(r -> r.mapping("variables").stream())
        .flatMap(v -> in(v).stream()).toList();
  }

  /**
   * The variables a job runs with, by name: the global ones it inherits, then its own, which
   * win. Variables of {@code rules:} are left out: which rule matches is only known at run time.
   */
  static Map<String, Variable> effective(Job job) {
    Map<String, Variable> byName = new LinkedHashMap<>();
    job.inheritedVariables().forEach(e -> byName.put(e.keyText(), of(e)));
    job.variables().ifPresent(v -> in(v).forEach(x -> byName.put(x.name(), x)));
    return byName;
  }
}
