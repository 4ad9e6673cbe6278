package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code terraform} block: the Terraform version the module needs, its providers, and where its
 * state is kept ({@code backend} or {@code cloud}). A module may spread these over several
 * {@code terraform} blocks; {@link TerraformModule} combines them.
 */
public final class TerraformSettings extends TerraformBlock {

  TerraformSettings(TerraformModule module, TerraformFile file, Block block) {
    super(module, file, block);
  }

  /** The {@code required_version} constraint as written. */
  public Optional<Expression> requiredVersionExpression() {
    return expression("required_version");
  }

  /** The {@code required_version} constraint, when it is a literal string. */
  public Optional<String> requiredVersion() {
    return requiredVersionExpression().flatMap(Expression::stringValue);
  }

  /** The {@code backend "type"} block, if any. */
  public Optional<Backend> backend() {
    return block().body().blocks("backend").stream()
        .map(b -> new Backend(this, b)).findFirst();
  }

  /** The {@code cloud} block (HCP Terraform or Terraform Enterprise), if any. */
  public Optional<TerraformBlock> cloud() {
    return nestedBlock("cloud");
  }

  /** The entries of every {@code required_providers} block in this one, in order. */
  public List<RequiredProvider> requiredProviders() {
    List<RequiredProvider> result = new ArrayList<>();
    for (Block providers : block().body().blocks("required_providers")) {
      for (Attribute entry : providers.body().attributes()) {
        result.add(new RequiredProvider(file(), entry));
      }
    }
    return result;
  }
}
