package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.hcl.TraversalStep;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A reference in an expression of a module: {@code var.region}, {@code local.tags},
 * {@code module.network.vpc_id}, {@code data.aws_iam_policy_document.p.json},
 * {@code aws_s3_bucket.logs.id}, or one of the special roots {@code count}, {@code each},
 * {@code self}, {@code path} and {@code terraform}. The variables of {@code for} expressions,
 * template {@code for} directives and {@code dynamic} block iterators are not references; nor are
 * the names Terraform reads as addresses rather than values (a variable's {@code type},
 * {@code lifecycle.ignore_changes}, {@code provider = aws.west}, the {@code from} and
 * {@code to} of {@code moved} and {@code removed}, the {@code terraform} block).
 *
 * @param kind        what the root names
 * @param address     what is referred to: {@code var.region}, {@code local.tags},
 *                    {@code module.network}, {@code data.t.n}, {@code ephemeral.t.n},
 *                    {@code t.n} for a resource; the root for the special roots
 * @param traversal   the whole reference as written, such as {@code aws_s3_bucket.logs.id}
 * @param addressSpan where the address part is written ({@code aws_s3_bucket.logs})
 * @param from        the top-level declaration the reference is written in (a resource, a
 *                    variable, a local value, an output...)
 */
public record Reference(Kind kind, String address, ScopeTraversal traversal, Span addressSpan,
    TerraformNode from) implements TerraformNode {

  /** What a reference's root names. */
  public enum Kind {
    /** {@code var.name} */
    VARIABLE,
    /** {@code local.name} */
    LOCAL,
    /** {@code module.name}, perhaps followed by an output name */
    MODULE,
    /** {@code type.name} of a managed resource */
    RESOURCE,
    /** {@code data.type.name} */
    DATA,
    /** {@code ephemeral.type.name} */
    EPHEMERAL,
    /** {@code count.index} */
    COUNT,
    /** {@code each.key}, {@code each.value} */
    EACH,
    /** {@code self}, in provisioners, connections and postconditions */
    SELF,
    /** {@code path.module}, {@code path.root}, {@code path.cwd} */
    PATH,
    /** {@code terraform.workspace} */
    TERRAFORM;

    /** Whether the reference names something a module declares (and may fail to). */
    public boolean isDeclaration() {
      return ordinal() <= EPHEMERAL.ordinal();
    }
  }

  @Override
  public String path() {
    return from.path();
  }

  /** The whole reference, from its root to its last step. */
  @Override
  public Span span() {
    return traversal.span();
  }

  /**
   * The name referred to: the variable, local value or module call name, or the resource name;
   * the root for the special roots.
   */
  public String name() {
    return address.substring(address.lastIndexOf('.') + 1);
  }

  /** The resource type, for resources, data sources and ephemeral resources. */
  public Optional<String> resourceType() {
    if (kind != Kind.RESOURCE && kind != Kind.DATA && kind != Kind.EPHEMERAL) {
      return Optional.empty();
    }
    String[] parts = address.split("\\.");
    return Optional.of(parts[parts.length - 2]);
  }

  /**
   * The attribute named right after the address, if any: {@code id} in
   * {@code aws_s3_bucket.logs.id} (also after an index, {@code aws_instance.web[0].id}), the
   * output in {@code module.network.vpc_id}, {@code index} in {@code count.index}.
   */
  public Optional<String> attribute() {
    List<TraversalStep> steps = traversal.steps();
    int consumed = addressSteps();
    for (int i = consumed; i < steps.size(); i++) {
      if (steps.get(i) instanceof TraversalStep.GetAttr attr) {
        return Optional.of(attr.name());
      }
      if (i > consumed) {
        break;
      }
    }
    return Optional.empty();
  }

  /** How many steps after the root belong to the address. */
  private int addressSteps() {
    return switch (kind) {
      case VARIABLE, LOCAL, MODULE, RESOURCE -> 1;
      case DATA, EPHEMERAL -> 2;
      default -> 0;
    };
  }
}
