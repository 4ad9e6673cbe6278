package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@code module "name"} block: a call of another module. */
public final class ModuleCall extends TerraformBlock {

  /** Arguments of every module call that are not inputs of the called module. */
  private static final Set<String> META_ARGUMENTS =
      Set.of("source", "version", "count", "for_each", "providers", "depends_on");

  ModuleCall(TerraformModule module, TerraformFile file, Block block) {
    super(module, file, block);
  }

  public String name() {
    return block().labels().get(0);
  }

  /** Where the name label is written, quotes included. */
  public Span nameSpan() {
    return block().labelSpans().get(0);
  }

  /** The {@code source}, when it is a literal string (Terraform requires one). */
  public Optional<String> source() {
    return expression("source").flatMap(Expression::stringValue);
  }

  /** The {@code version} constraint, when it is a literal string. */
  public Optional<String> version() {
    return expression("version").flatMap(Expression::stringValue);
  }

  /** Whether the source is a directory of the same repository ({@code ./} or {@code ../}). */
  public boolean isLocalSource() {
    return source().filter(s -> s.startsWith("./") || s.startsWith("../")
        || s.equals(".") || s.equals("..")).isPresent();
  }

  /** The arguments passed to the called module's variables (everything but meta-arguments). */
  public List<Attribute> inputs() {
    return body().attributes().stream().filter(a -> !META_ARGUMENTS.contains(a.name())).toList();
  }

  /** How other blocks refer to its outputs: {@code module.name}. */
  public String address() {
    return "module." + name();
  }
}
