package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import java.util.Optional;

/**
 * The shell script an instruction runs: a RUN's, or that of the RUN an ONBUILD wraps (which runs
 * in every build that starts FROM this image, so the same advice holds there).
 */
final class RunScript {

  private RunScript() {}

  /** The RUN itself, or the trigger of {@code ONBUILD RUN}. */
  static Optional<Run> run(Instruction instruction) {
    Instruction inner = instruction instanceof Onbuild onbuild
        ? onbuild.trigger().orElse(instruction) : instruction;
    return inner instanceof Run run ? Optional.of(run) : Optional.empty();
  }

  /** The script of {@link #run}, when Plumbline reads its shell. */
  static Optional<Script> of(Instruction instruction) {
    return run(instruction).flatMap(Run::script);
  }

  /** Script text on one line, for messages: continuations joined, whitespace collapsed. */
  static String oneLine(String text) {
    return text.replaceAll("\\\\\r?\n", " ").replaceAll("\\s+", " ").strip();
  }
}
