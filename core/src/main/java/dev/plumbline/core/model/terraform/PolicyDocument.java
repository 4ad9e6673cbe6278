package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An IAM policy document as Terraform configuration writes it — {@code jsonencode({...})}, JSON
 * text in a string or heredoc, or a {@code data "aws_iam_policy_document"} block — read into
 * statements whose every value knows where it is written.
 *
 * <p>Spans are as specific as the source allows: the action string itself inside
 * {@code jsonencode} or inside literal JSON text (through escapes and heredoc indentation), the
 * interpolation for a value spliced into JSON text, the expression for a computed value (a
 * {@code for} expression, a variable), the whole template when it has {@code %{}} directives.
 * Values that only Terraform can know are unknown {@link PolicyValue}s; statements that cannot
 * be read at all (a computed {@code Statement} list, {@code dynamic "statement"} blocks, merged
 * {@code source_policy_documents}) make the document incomplete.
 *
 * @param statements the statements read
 * @param complete   whether every statement could be read
 * @param dataSource the {@code aws_iam_policy_document} data source the statements are written
 *                   in, when they come from one
 * @param path       the display path of the file the policy is written in
 * @param span       the policy expression, or the data source block
 */
public record PolicyDocument(List<PolicyStatement> statements, boolean complete,
    Optional<Resource> dataSource, String path, Span span) implements TerraformNode {

  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  /**
   * The policy an attribute of a block holds ({@code policy} of an {@code aws_iam_policy},
   * {@code assume_role_policy} of an {@code aws_iam_role}...), following references to
   * {@code aws_iam_policy_document} data sources and local values; empty when the attribute is
   * not set or is not readable as a policy (a {@code file(...)}, a resource attribute).
   */
  public static Optional<PolicyDocument> of(TerraformBlock block, String attribute) {
    return block.expression(attribute)
        .flatMap(e -> new PolicyReader(block.module()).document(e, block.path()));
  }

  /** The policy of an expression written in a file of {@code module}. */
  public static Optional<PolicyDocument> of(TerraformModule module, Expression expression,
      String path) {
    return new PolicyReader(module).document(expression, path);
  }

  /**
   * The policy a {@code data "aws_iam_policy_document"} block describes; empty for a data
   * source of another type.
   */
  public static Optional<PolicyDocument> of(Resource dataSource) {
    if (!dataSource.isData() || !dataSource.type().equals("aws_iam_policy_document")) {
      return Optional.empty();
    }
    return Optional.of(new PolicyReader(dataSource.module()).dataSource(dataSource));
  }
}
