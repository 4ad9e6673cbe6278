package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.source.Span;

/** A {@code backend "type"} block inside {@code terraform}: where the state is kept. */
public final class Backend extends TerraformBlock {

  Backend(TerraformSettings settings, Block block) {
    super(settings, block);
  }

  /** The backend type, such as {@code s3}; empty when the label is missing. */
  public String backendType() {
    return block().label(0).orElse("");
  }

  /** Where the backend type is written; the block type when the label is missing. */
  public Span backendTypeSpan() {
    return block().labelSpans().isEmpty() ? block().typeSpan() : block().labelSpans().get(0);
  }
}
