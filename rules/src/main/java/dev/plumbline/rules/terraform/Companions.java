package dev.plumbline.rules.terraform;

import dev.plumbline.core.model.terraform.Reference;
import dev.plumbline.core.model.terraform.Resource;
import dev.plumbline.core.model.terraform.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The companion resources of a resource: the {@code aws_s3_bucket_versioning} of a bucket, the
 * {@code aws_flow_log} of a VPC. A companion belongs to its target when its linking attribute
 * refers to the target ({@code aws_s3_bucket.b.id}, {@code aws_s3_bucket.b[count.index].id}),
 * when it iterates over the target ({@code for_each = aws_s3_bucket.b} with
 * {@code bucket = each.value.id}), or when both name the same literal ({@code bucket = "logs"}).
 * A companion whose link cannot be read may belong to any target: rules that report a missing
 * companion stay silent then.
 *
 * @param matched   the companions that certainly belong to the target
 * @param uncertain whether some companion of the type may belong to it, unknown to us
 */
record Companions(List<Resource> matched, boolean uncertain) {

  /** Whether the target certainly has no companion of the type. */
  boolean certainlyNone() {
    return matched.isEmpty() && !uncertain;
  }

  /**
   * The companions of {@code type} whose {@code link} attribute refers to {@code target}.
   *
   * @param nameAttribute the target's attribute that companions may repeat as a literal
   *                      ({@code bucket}), or {@code null} when only references link them
   */
  static Companions of(Resource target, String type, String link, String nameAttribute) {
    List<Resource> matched = new ArrayList<>();
    boolean uncertain = false;
    Value name = nameAttribute == null ? Value.NULL : target.value(nameAttribute);
    for (Resource companion : target.module().resources(type)) {
      switch (belongs(companion, link, target, name)) {
        case YES -> matched.add(companion);
        case MAYBE -> uncertain = true;
        case NO -> { }
      }
    }
    return new Companions(List.copyOf(matched), uncertain);
  }

  private enum Belongs { YES, NO, MAYBE }

  private static Belongs belongs(Resource companion, String link, Resource target, Value name) {
    if (!companion.has(link)) {
      return Belongs.NO;
    }
    String address = target.address();
    List<Reference> references = companion.references(link);
    if (references.stream().anyMatch(r -> r.address().equals(address))) {
      return Belongs.YES;
    }
    boolean iterated = references.stream().anyMatch(r -> r.kind() == Reference.Kind.EACH);
    if (iterated && companion.refersTo("for_each", address)) {
      return Belongs.YES;
    }
    if (references.stream().anyMatch(r -> r.kind() == Reference.Kind.RESOURCE
        && r.resourceType().filter(target.type()::equals).isPresent())) {
      return Belongs.NO; // refers to another resource of the target's type
    }
    Value value = companion.value(link);
    if (value.isNull()) {
      return Belongs.NO;
    }
    if (value.asString().isEmpty()) {
      return Belongs.MAYBE;
    }
    if (name.isNull()) {
      return Belongs.NO; // the target's name is generated: no literal can name it
    }
    if (name.asString().isEmpty()) {
      return Belongs.MAYBE;
    }
    return name.asString().equals(value.asString()) ? Belongs.YES : Belongs.NO;
  }
}
