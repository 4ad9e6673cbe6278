package dev.plumbline.core.hcl;

import java.util.Map;
import java.util.Optional;

/**
 * Which properties of a JSON-syntax body are blocks, and how many labels each has. The HCL JSON
 * syntax leaves this to the application: {@code {"lifecycle": {...}}} is a block to Terraform
 * but would be an object-valued attribute to an application without that block type.
 */
public final class HclJsonSchema {

  /**
   * A block type.
   *
   * @param labels how many labels its blocks have (the nesting depth of label properties)
   * @param body   the schema of its body
   */
  public record BlockType(int labels, HclJsonSchema body) {}

  private static final HclJsonSchema ATTRIBUTES_ONLY = new HclJsonSchema(Map.of());
  private static final HclJsonSchema TERRAFORM = terraformSchema();

  private final Map<String, BlockType> blocks;

  private HclJsonSchema(Map<String, BlockType> blocks) {
    this.blocks = Map.copyOf(blocks);
  }

  /** A schema with these block types; every other property is an attribute. */
  public static HclJsonSchema of(Map<String, BlockType> blocks) {
    return new HclJsonSchema(blocks);
  }

  /** Every property is an attribute, as in {@code .tfvars.json}. */
  public static HclJsonSchema attributesOnly() {
    return ATTRIBUTES_ONLY;
  }

  /**
   * The blocks of the Terraform language itself: {@code resource}, {@code data},
   * {@code module}, {@code variable}, {@code terraform} and the others, and the meta-blocks
   * inside them ({@code lifecycle}, {@code provisioner}, {@code dynamic}, {@code backend} ...).
   * Blocks that a provider defines inside a resource are not known here; in JSON they read as
   * object-valued attributes.
   */
  public static HclJsonSchema terraform() {
    return TERRAFORM;
  }

  public Optional<BlockType> block(String name) {
    return Optional.ofNullable(blocks.get(name));
  }

  private static HclJsonSchema terraformSchema() {
    HclJsonSchema none = ATTRIBUTES_ONLY;
    HclJsonSchema conditions = of(Map.of(
        "precondition", new BlockType(0, none),
        "postcondition", new BlockType(0, none)));
    HclJsonSchema connection = of(Map.of("connection", new BlockType(0, none)));
    HclJsonSchema dynamic = of(Map.of("content", new BlockType(0, none)));
    HclJsonSchema resource = of(Map.of(
        "lifecycle", new BlockType(0, conditions),
        "connection", new BlockType(0, none),
        "provisioner", new BlockType(1, connection),
        "dynamic", new BlockType(1, dynamic)));
    HclJsonSchema terraform = of(Map.of(
        "backend", new BlockType(1, none),
        "cloud", new BlockType(0, of(Map.of("workspaces", new BlockType(0, none)))),
        "required_providers", new BlockType(0, none),
        "provider_meta", new BlockType(1, none)));
    return of(Map.ofEntries(
        Map.entry("resource", new BlockType(2, resource)),
        Map.entry("data", new BlockType(2, resource)),
        Map.entry("ephemeral", new BlockType(2, resource)),
        Map.entry("module", new BlockType(1, none)),
        Map.entry("provider", new BlockType(1, none)),
        Map.entry("variable", new BlockType(1, of(Map.of("validation", new BlockType(0, none))))),
        Map.entry("output", new BlockType(1, conditions)),
        Map.entry("locals", new BlockType(0, none)),
        Map.entry("terraform", new BlockType(0, terraform)),
        Map.entry("moved", new BlockType(0, none)),
        Map.entry("import", new BlockType(0, none)),
        Map.entry("removed", new BlockType(0, of(Map.of("lifecycle", new BlockType(0, none))))),
        Map.entry("check", new BlockType(1, of(Map.of(
            "data", new BlockType(2, resource),
            "assert", new BlockType(0, none)))))));
  }
}
