package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.Locale;
import java.util.Optional;

/** {@code HEALTHCHECK [options] CMD command} or {@code HEALTHCHECK NONE}. */
public final class Healthcheck extends Instruction {

  Healthcheck(InstructionNode node) {
    super(node);
  }

  /** {@code CMD} or {@code NONE} as written. */
  public Optional<Word> type() {
    return arguments().stream().findFirst();
  }

  /** {@code HEALTHCHECK NONE}: turns off a health check inherited from the base image. */
  public boolean isNone() {
    return type().map(t -> t.value().toUpperCase(Locale.ROOT).equals("NONE")).orElse(false);
  }

  /** The command after {@code CMD}. */
  public Optional<CommandLine> command() {
    if (type().isEmpty() || isNone()) {
      return Optional.empty();
    }
    return Optional.of(CommandInstruction.commandLine(syntax(), 1));
  }
}
