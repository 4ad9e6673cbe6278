package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Keyword;

/** Creates the typed view of a parsed instruction. */
final class Instructions {

  private Instructions() {}

  static Instruction of(InstructionNode node) {
    if (node.known().isEmpty()) {
      return new UnknownInstruction(node);
    }
    Keyword keyword = node.known().get();
    return switch (keyword) {
      case ADD -> new Add(node);
      case ARG -> new Arg(node);
      case CMD -> new Cmd(node);
      case COPY -> new Copy(node);
      case ENTRYPOINT -> new Entrypoint(node);
      case ENV -> new Env(node);
      case EXPOSE -> new Expose(node);
      case FROM -> new From(node);
      case HEALTHCHECK -> new Healthcheck(node);
      case LABEL -> new Label(node);
      case MAINTAINER -> new Maintainer(node);
      case ONBUILD -> onbuild(node);
      case RUN -> new Run(node);
      case SHELL -> new Shell(node);
      case STOPSIGNAL -> new StopSignal(node);
      case USER -> new User(node);
      case VOLUME -> new Volume(node);
      case WORKDIR -> new Workdir(node);
    };
  }

  private static Onbuild onbuild(InstructionNode node) {
    Onbuild onbuild = new Onbuild(node);
    node.trigger().ifPresent(t -> onbuild.trigger(of(t)));
    return onbuild;
  }
}
