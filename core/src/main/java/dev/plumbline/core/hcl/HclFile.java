package dev.plumbline.core.hcl;

import dev.plumbline.core.source.SourceFile;
import java.util.List;

/**
 * What the parser read from an HCL file.
 *
 * @param file     the file
 * @param syntax   native syntax ({@code .tf}, {@code .tfvars}) or JSON ({@code .tf.json})
 * @param body     the top-level body; a top-level block or attribute with a syntax error in it
 *                 is left out, the others are all there
 * @param comments every comment the parser read, in file order (comments inside a region skipped
 *                 after a syntax error are missing); for JSON, none
 * @param problems what Terraform would reject, in the order found
 */
public record HclFile(SourceFile file, Syntax syntax, Body body, List<HclComment> comments,
    List<HclProblem> problems) {

  /** The two concrete syntaxes of HCL. */
  public enum Syntax {
    NATIVE,
    JSON
  }

  public HclFile {
    comments = List.copyOf(comments);
    problems = List.copyOf(problems);
  }

  /** Whether the file has no problem at all. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
