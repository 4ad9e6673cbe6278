package dev.plumbline.rules.github;

import dev.plumbline.core.model.github.ActionMetadata;
import dev.plumbline.core.model.github.ActionRef;
import dev.plumbline.core.model.github.Trigger;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reusable workflow ({@code on.workflow_call}) or an action ({@code inputs:}) declares
 * that its callers may or must pass.
 */
final class Declarations {

  private Declarations() {}

  /**
   * One declared input or secret.
   *
   * @param name     as declared
   * @param required {@code required: true} and no {@code default}: a caller must pass it
   */
  record Declared(String name, boolean required) {

    boolean matches(String other) {
      return name.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }
  }

  /** The {@code on.workflow_call} trigger's settings, if the workflow can be called. */
  static Optional<Trigger> workflowCall(Workflow workflow) {
    return workflow.triggers().stream().filter(t -> t.event().equals("workflow_call")).findFirst();
  }

  /** The inputs of {@code on.workflow_call.inputs}. */
  static List<Declared> workflowInputs(Workflow workflow) {
    return workflowCall(workflow).flatMap(Trigger::config).map(c -> read(c, "inputs"))
        .orElse(List.of());
  }

  /** The secrets of {@code on.workflow_call.secrets}. */
  static List<Declared> workflowSecrets(Workflow workflow) {
    return workflowCall(workflow).flatMap(Trigger::config).map(c -> read(c, "secrets"))
        .orElse(List.of());
  }

  /** The {@code inputs:} of an action's metadata. */
  static List<Declared> actionInputs(ActionMetadata action) {
    return read(action.root(), "inputs");
  }

  static Optional<Declared> find(List<Declared> declared, String name) {
    return declared.stream().filter(d -> d.matches(name)).findFirst();
  }

  static List<String> names(List<Declared> declared) {
    return declared.stream().map(Declared::name).toList();
  }

  private static List<Declared> read(YamlNode owner, String key) {
    List<Declared> declared = new ArrayList<>();
    if (owner instanceof YamlMapping m) {
      m.mapping(key).ifPresent(entries -> {
        for (YamlMapping.Entry e : entries.entries()) {
          boolean required = false;
          if (e.value() instanceof YamlMapping settings) {
            required = settings.scalar("required").flatMap(s -> s.asBoolean()).orElse(false)
                && settings.get("default").filter(d -> !d.isNull()).isEmpty();
          }
          declared.add(new Declared(e.keyText(), required));
        }
      });
    }
    return declared;
  }
}
