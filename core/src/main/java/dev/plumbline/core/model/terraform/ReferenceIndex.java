package dev.plumbline.core.model.terraform;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The references of a module, by the address they refer to and by the declaration they are
 * written in.
 */
record ReferenceIndex(List<Reference> all, Map<String, List<Reference>> byAddress,
    Map<TerraformNode, List<Reference>> byFrom) {

  static ReferenceIndex of(List<TerraformNode> declarations) {
    List<Reference> all = new ArrayList<>();
    Map<String, List<Reference>> byAddress = new LinkedHashMap<>();
    Map<TerraformNode, List<Reference>> byFrom = new IdentityHashMap<>();
    for (TerraformNode declaration : declarations) {
      List<Reference> found = new ArrayList<>();
      References.of(declaration, found::add);
      for (Reference reference : found) {
        byAddress.computeIfAbsent(reference.address(), a -> new ArrayList<>()).add(reference);
      }
      all.addAll(found);
      byFrom.put(declaration, List.copyOf(found));
    }
    byAddress.replaceAll((address, references) -> List.copyOf(references));
    return new ReferenceIndex(List.copyOf(all), byAddress, byFrom);
  }
}
