package dev.plumbline.core.model.terraform;

import dev.plumbline.core.source.Span;
import java.util.List;

/**
 * A principal of a policy statement: {@code "Principal": "*"} (type {@code *}), or a type such as
 * {@code AWS}, {@code Service} or {@code Federated} with its identifiers.
 *
 * @param type        {@code *} for the bare wildcard form, else the type; unknown when computed
 * @param identifiers the identifiers, {@code *} for the wildcard form
 * @param path        the display path of the file it is written in
 * @param span        where
 */
public record PolicyPrincipal(PolicyValue type, List<PolicyValue> identifiers, String path,
    Span span) implements TerraformNode {

  public PolicyPrincipal {
    identifiers = List.copyOf(identifiers);
  }

  /** Whether the principal is certainly everyone: {@code "*"} or {@code {"AWS": "*"}}. */
  public boolean isEveryone() {
    return (type.is("*") || type.is("AWS")) && identifiers.stream().anyMatch(i -> i.is("*"));
  }
}
