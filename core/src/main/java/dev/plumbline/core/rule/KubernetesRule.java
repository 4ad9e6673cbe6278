package dev.plumbline.core.rule;

import dev.plumbline.core.model.kubernetes.Container;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.kubernetes.PodSpec;

/**
 * A Kubernetes rule. The engine walks each manifest file object by object (the items of
 * {@code List} kinds count as objects): the object, then its pod spec when it has one, then each
 * container of that pod spec (init, regular, ephemeral). A rule overrides only the callbacks it
 * needs.
 */
public interface KubernetesRule extends LintRule {

  default void visitObject(KubeObject object, RuleContext ctx) {}

  /** The pod spec of a Pod, of a workload's pod template, or of a CronJob's job template. */
  default void visitPodSpec(PodSpec pod, RuleContext ctx) {}

  default void visitContainer(Container container, RuleContext ctx) {}
}
