package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import java.util.List;

/**
 * {@code ARG name[=default] ...}: build arguments. Before the first FROM they are global (usable
 * in FROM lines); inside a stage they are in scope from there on.
 */
public final class Arg extends Instruction {

  Arg(InstructionNode node) {
    super(node);
  }

  /** Each declared argument, with its default if one is given. */
  public List<KeyValue> declarations() {
    return arguments().stream().map(KeyValue::of).toList();
  }

  /** Whether this ARG comes before the first FROM. */
  public boolean isGlobal() {
    return stage().isEmpty() && !isTrigger();
  }
}
