package dev.plumbline.core.model.terraform;

import dev.plumbline.core.source.Span;

/**
 * Something written in one file of a Terraform module: a block, a local value, a reference, an
 * entry of {@code required_providers}, a string of a policy document. It knows its file, so that
 * a finding about it lands there.
 */
public interface TerraformNode {

  /** The display path of the file it is written in. */
  String path();

  /** Where it is written in that file. */
  Span span();
}
