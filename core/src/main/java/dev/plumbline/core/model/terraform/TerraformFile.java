package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.HclFile;
import dev.plumbline.core.hcl.HclProblem;
import dev.plumbline.core.source.SourceFile;
import java.util.Locale;

/**
 * One file of a Terraform module as the parser read it: configuration ({@code .tf},
 * {@code .tf.json}) or variable values ({@code .tfvars}, {@code .tfvars.json}).
 */
public final class TerraformFile {

  private final HclFile hcl;
  private final boolean variables;

  /**
   * @param hcl       the parsed file
   * @param variables whether it is a variable definitions file ({@code .tfvars})
   */
  public TerraformFile(HclFile hcl, boolean variables) {
    this.hcl = hcl;
    this.variables = variables;
  }

  /** A parsed file, a variables file when its name ends in {@code .tfvars(.json)}. */
  public static TerraformFile of(HclFile hcl) {
    String name = hcl.file().path().toLowerCase(Locale.ROOT);
    return new TerraformFile(hcl, name.endsWith(".tfvars") || name.endsWith(".tfvars.json"));
  }

  /** The display path of the file. */
  public String path() {
    return hcl.file().path();
  }

  /** The file name, without its directory. */
  public String name() {
    String path = path();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public SourceFile source() {
    return hcl.file();
  }

  public HclFile hcl() {
    return hcl;
  }

  /** The top-level blocks and attributes. */
  public Body body() {
    return hcl.body();
  }

  /** Whether this is a variable definitions file ({@code .tfvars}, {@code .tfvars.json}). */
  public boolean isVariables() {
    return variables;
  }

  public boolean isJson() {
    return hcl.syntax() == HclFile.Syntax.JSON;
  }

  /**
   * Whether Terraform loads this variables file by itself: {@code terraform.tfvars},
   * {@code terraform.tfvars.json}, {@code *.auto.tfvars} and {@code *.auto.tfvars.json}. Other
   * variables files are only read when named with {@code -var-file}.
   */
  public boolean isAutoLoaded() {
    String name = name();
    return variables && (name.equals("terraform.tfvars") || name.equals("terraform.tfvars.json")
        || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json"));
  }

  /**
   * Whether this is an override file ({@code override.tf}, {@code *_override.tf} and their JSON
   * forms), whose blocks Terraform merges into the blocks of the same name elsewhere instead of
   * declaring new ones.
   */
  public boolean isOverride() {
    String name = name();
    String base = name.endsWith(".tf.json") ? name.substring(0, name.length() - 8)
        : name.endsWith(".tf") ? name.substring(0, name.length() - 3) : null;
    return !variables && base != null && (base.equals("override") || base.endsWith("_override"));
  }

  /**
   * Whether the parser read the whole file: no syntax error made it skip a block. Duplicate
   * attributes do not count, every block is there.
   */
  public boolean isComplete() {
    return hcl.problems().stream().allMatch(p -> p.kind() == HclProblem.Kind.DUPLICATE_ATTRIBUTE);
  }

  @Override
  public String toString() {
    return path();
  }
}
