package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.model.script.Script;
import java.util.List;
import java.util.Optional;

/** {@code RUN}: a command run while building the image. */
public final class Run extends CommandInstruction {

  private Optional<Script> script;

  Run(InstructionNode node) {
    super(node);
  }

  /** The {@code --mount} options. */
  public List<Mount> mounts() {
    return flags("mount").stream().map(Mount::of).toList();
  }

  public Optional<Flag> network() {
    return flag("network");
  }

  public Optional<Flag> security() {
    return flag("security");
  }

  /**
   * The shell script this RUN runs, with positions mapped back to the file: the shell-form
   * command (with its here-documents, which the shell reads), or the body of a lone
   * {@code RUN <<EOF} here-document. Empty for exec form, for a shell Plumbline does not read
   * (PowerShell, cmd) and for a here-document whose {@code #!} line names another interpreter.
   */
  public Optional<Script> script() {
    if (script == null) {
      script = RunScripts.of(this);
    }
    return script;
  }
}
