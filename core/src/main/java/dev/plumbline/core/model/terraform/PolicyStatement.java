package dev.plumbline.core.model.terraform;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy document. Each list holds what the statement lists, known strings
 * and unknown ones alike (an {@code Action} computed from a resource attribute is one unknown
 * value), so a rule can tell "allows {@code *}" (some value is certainly {@code *}) from "may
 * allow anything".
 *
 * @param sid           the {@code Sid}, when known
 * @param effect        {@code Allow} or {@code Deny}; a data source's default {@code Allow} is
 *                      placed at its {@code statement} block
 * @param actions       {@code Action} / {@code actions}
 * @param notActions    {@code NotAction} / {@code not_actions}
 * @param resources     {@code Resource} / {@code resources}
 * @param notResources  {@code NotResource} / {@code not_resources}
 * @param principals    {@code Principal} / {@code principals} blocks
 * @param notPrincipals {@code NotPrincipal} / {@code not_principals} blocks
 * @param hasCondition  whether a {@code Condition} (or {@code condition} block) narrows it
 * @param path          the display path of the file it is written in
 * @param span          the statement
 */
public record PolicyStatement(Optional<String> sid, PolicyValue effect, List<PolicyValue> actions,
    List<PolicyValue> notActions, List<PolicyValue> resources, List<PolicyValue> notResources,
    List<PolicyPrincipal> principals, List<PolicyPrincipal> notPrincipals, boolean hasCondition,
    String path, Span span) implements TerraformNode {

  public PolicyStatement {
    actions = List.copyOf(actions);
    notActions = List.copyOf(notActions);
    resources = List.copyOf(resources);
    notResources = List.copyOf(notResources);
    principals = List.copyOf(principals);
    notPrincipals = List.copyOf(notPrincipals);
  }

  /** Whether the statement certainly allows. */
  public boolean allows() {
    return effect.is("Allow");
  }

  /** Whether the statement certainly denies. */
  public boolean denies() {
    return effect.is("Deny");
  }
}
