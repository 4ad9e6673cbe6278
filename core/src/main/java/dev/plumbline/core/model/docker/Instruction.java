package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.Heredoc;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Dockerfile instruction. Each instruction has a class of its own ({@link Run}, {@link Copy},
 * {@link From}...) with accessors for what it means; this base gives what all have in common.
 * An instruction Docker does not know is an {@link UnknownInstruction}.
 */
public abstract class Instruction {

  private final InstructionNode node;
  private Stage stage;
  private Onbuild onbuild;

  Instruction(InstructionNode node) {
    this.node = node;
  }

  /** What the parser read, for rules that need the raw syntax. */
  public InstructionNode syntax() {
    return node;
  }

  /** The keyword in upper case: {@code RUN}, {@code COPY}. */
  public String keyword() {
    return node.keyword().text().toUpperCase(Locale.ROOT);
  }

  public Span keywordSpan() {
    return node.keyword().span();
  }

  /** Everything the instruction covers: its lines and its here-document bodies. */
  public Span span() {
    return node.fullSpan();
  }

  /** The instruction's own lines, from the keyword, without here-document bodies. */
  public Span lineSpan() {
    return node.span();
  }

  /** The line of the keyword. */
  public int line() {
    return keywordSpan().start().line();
  }

  public List<Flag> flags() {
    return node.flags();
  }

  /** The first {@code --name} flag, if given. */
  public Optional<Flag> flag(String name) {
    return node.flags().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Every {@code --name} flag, for repeatable ones such as {@code --mount}. */
  public List<Flag> flags(String name) {
    return node.flags().stream().filter(f -> f.name().equals(name)).toList();
  }

  /** The arguments as Docker splits them for this instruction (see {@link InstructionNode}). */
  public List<Word> arguments() {
    return node.arguments();
  }

  /** Everything after the keyword and flags, as written. */
  public Optional<Word> argumentText() {
    return node.argumentText();
  }

  /** Whether the arguments are a JSON array ({@code CMD ["app"]}). */
  public boolean isExecForm() {
    return node.isExecForm();
  }

  public List<Heredoc> heredocs() {
    return node.heredocs();
  }

  /** The stage the instruction belongs to; empty before the first FROM. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  /** For an ONBUILD trigger, the ONBUILD instruction that wraps it. */
  public Optional<Onbuild> onbuild() {
    return Optional.ofNullable(onbuild);
  }

  /** Whether this instruction only runs in builds that use the image as their base (ONBUILD). */
  public boolean isTrigger() {
    return onbuild != null;
  }

  void attach(Stage owner, Onbuild wrapper) {
    this.stage = owner;
    this.onbuild = wrapper;
  }

  @Override
  public String toString() {
    return node.toString();
  }
}
