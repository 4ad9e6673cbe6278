package dev.plumbline.core.hcl;

import dev.plumbline.core.source.SourceFile;

/**
 * Parses HCL files, as Terraform reads them: the native syntax ({@code .tf}, {@code .tfvars},
 * {@code .hcl}) and the JSON syntax ({@code .tf.json}, {@code .tfvars.json}). Never throws for
 * bad input: every problem is in {@link HclFile#problems()}, with its place. Time and memory
 * grow linearly with the file; nothing is evaluated.
 */
public final class HclParser {

  private HclParser() {}

  /** Parses by file name: JSON syntax for names ending in {@code .json}, else native syntax. */
  public static HclFile parse(SourceFile file) {
    String path = file.path();
    if (path.endsWith(".json")) {
      return parseJson(file,
          path.endsWith(".tfvars.json") ? HclJsonSchema.attributesOnly()
              : HclJsonSchema.terraform());
    }
    return parseNative(file);
  }

  /** Parses the HCL native syntax. */
  public static HclFile parseNative(SourceFile file) {
    return NativeParser.parse(file);
  }

  /**
   * Parses the HCL JSON syntax. JSON does not say which properties are blocks, so a schema does:
   * its block types become blocks (their labels read from the nested property names), every
   * other property an attribute.
   */
  public static HclFile parseJson(SourceFile file, HclJsonSchema schema) {
    return JsonSyntaxParser.parse(file, schema);
  }
}
