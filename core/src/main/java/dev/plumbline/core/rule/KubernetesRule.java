package dev.plumbline.core.rule;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.KubernetesProject;
import dev.plumbline.core.model.kubernetes.PodSpec;

/**
 * A Kubernetes rule. The engine walks each manifest file object by object (the items of
 * {@code List} kinds count as objects): the object, then its pod spec when it has one, then each
 * container of that pod spec (init, regular, ephemeral). A rule overrides only the callbacks it
 * needs. Cross-object rules override {@link #visitProject}.
 */
public interface KubernetesRule extends LintRule {

  default void visitObject(KubeObject object, RuleContext ctx) {}

  /** The pod spec of a Pod, of a workload's pod template, or of a CronJob's job template. */
  default void visitPodSpec(PodSpec pod, RuleContext ctx) {}

  default void visitContainer(Container container, RuleContext ctx) {}

  /**
   * Called once per run, after every file is linted, with every object of the run: for rules
   * that relate objects across files. Findings go through {@code ctx} into the file they point
   * into; suppressions of that file apply to them.
   */
  default void visitProject(KubernetesProject project, ProjectContext ctx) {}
}
