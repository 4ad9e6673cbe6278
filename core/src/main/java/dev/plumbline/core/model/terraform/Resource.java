package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * A {@code resource}, {@code data} or {@code ephemeral} block: a type and a name, such as
 * {@code resource "aws_s3_bucket" "logs"}. Blocks without exactly these two labels are not
 * resources (TF000 reports them).
 */
public final class Resource extends TerraformBlock {

  /** Which kind of block declares it. */
  public enum Mode {
    /** {@code resource}: managed by Terraform. */
    MANAGED("resource", ""),
    /** {@code data}: read from outside. */
    DATA("data", "data."),
    /** {@code ephemeral}: opened for one run, never stored in state. */
    EPHEMERAL("ephemeral", "ephemeral.");

    private final String blockType;
    private final String addressPrefix;

    Mode(String blockType, String addressPrefix) {
      this.blockType = blockType;
      this.addressPrefix = addressPrefix;
    }

    public String blockType() {
      return blockType;
    }

    /** {@code ""}, {@code "data."} or {@code "ephemeral."}. */
    public String addressPrefix() {
      return addressPrefix;
    }

    static Optional<Mode> of(String blockType) {
      for (Mode mode : values()) {
        if (mode.blockType.equals(blockType)) {
          return Optional.of(mode);
        }
      }
      return Optional.empty();
    }
  }

  private final Mode mode;

  Resource(TerraformModule module, TerraformFile file, Block block, Mode mode) {
    super(module, file, block);
    this.mode = mode;
  }

  public Mode mode() {
    return mode;
  }

  public boolean isData() {
    return mode == Mode.DATA;
  }

  /** The resource type, such as {@code aws_s3_bucket}. */
  public String type() {
    return block().labels().get(0);
  }

  /** The name, such as {@code logs}. */
  public String name() {
    return block().labels().get(1);
  }

  /** Where the type label is written, quotes included. */
  public Span typeSpan() {
    return block().labelSpans().get(0);
  }

  /** Where the name label is written, quotes included. */
  public Span nameSpan() {
    return block().labelSpans().get(1);
  }

  /**
   * How other blocks refer to it: {@code aws_s3_bucket.logs}, {@code data.aws_iam_policy_document.p},
   * {@code ephemeral.aws_secretsmanager_secret_version.v}.
   */
  public String address() {
    return mode.addressPrefix() + type() + "." + name();
  }

  /**
   * The local name of the provider that manages it: the part of the type before the first
   * {@code _} ({@code aws} for {@code aws_s3_bucket}), or the one {@code provider = aws.west}
   * names.
   */
  public String providerName() {
    Optional<String> explicit = expression("provider").flatMap(Expression::traversal)
        .map(t -> t.root());
    if (explicit.isPresent()) {
      return explicit.get();
    }
    int underscore = type().indexOf('_');
    return underscore < 0 ? type() : type().substring(0, underscore);
  }

  /** The {@code count} meta-argument. */
  public Optional<Expression> count() {
    return expression("count");
  }

  /** The {@code for_each} meta-argument. */
  public Optional<Expression> forEach() {
    return expression("for_each");
  }

  /** Whether {@code count} or {@code for_each} may make it several instances (or none). */
  public boolean isRepeated() {
    return count().isPresent() || forEach().isPresent();
  }
}
