package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Heredoc;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.JoinedText;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import java.util.List;
import java.util.Optional;

/**
 * Builds the script of a RUN as BuildKit hands it to the shell: a lone {@code RUN <<EOF} runs the
 * body (or, with a {@code #!} line, the body as a file for that interpreter); otherwise the shell
 * gets the command line followed, for each here-document, by a line break, the body and the
 * delimiter, so that the shell reads the here-documents itself.
 */
final class RunScripts {

  private RunScripts() {}

  static Optional<Script> of(Run run) {
    InstructionNode node = run.syntax();
    if (node.form() != InstructionNode.Form.SHELL || node.argumentText().isEmpty()) {
      return Optional.empty();
    }
    Word command = node.argumentText().get();
    List<Heredoc> heredocs = node.heredocs();
    ShellSpec shell = run.shell();
    JoinedText text;
    if (heredocs.size() == 1 && heredocs.get(0).word().text().equals(command.text())) {
      Heredoc heredoc = heredocs.get(0);
      text = heredoc.content();
      Optional<String> shebang = heredoc.shebang();
      if (shebang.isPresent()) {
        shell = ShellSpec.ofShebang(shebang.get());
      }
    } else {
      text = withHeredocs(command, heredocs, node.span().end().offset());
    }
    Optional<ShellKind> kind = shell.kind();
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Script(text.text(), kind.get(), shell.options(),
        Script.Origin.DOCKERFILE_RUN, text::span));
  }

  /**
   * The command line, then for each here-document a line break, its body and its delimiter.
   *
   * @param lineEnd the end of the instruction's last line, where the first line break stands
   */
  private static JoinedText withHeredocs(Word command, List<Heredoc> heredocs, int lineEnd) {
    JoinedText.Builder script = JoinedText.builder(command.source().file(),
        command.span().start().offset());
    script.append(command.source(), command.sourceStart(), command.sourceEnd());
    int breakAt = lineEnd;
    for (Heredoc heredoc : heredocs) {
      script.appendSynthetic("\n", breakAt);
      JoinedText body = heredoc.body();
      script.append(body, 0, body.length());
      heredoc.terminator().ifPresent(t -> script.append(t.start().offset(), t.end().offset()));
      breakAt = heredoc.terminator().map(t -> t.end().offset())
          .orElse(heredoc.bodySpan().end().offset());
    }
    return script.build();
  }
}
