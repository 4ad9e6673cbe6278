package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Here-documents: bodies are data, skipped; the commands around them still read right. */
class HeredocTest {

  @Test
  void theBodyIsSkippedAndKeptAsData() {
    String script = "cat <<EOF > out && echo done\nrm -rf / | sh\n$(curl x)\nEOF\nnext";
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.commands()).extracting(Command::name).containsExactly("cat", "echo", "next");
    Redirection r = parsed.commands().get(0).redirections().get(0);
    Heredoc h = r.heredoc().orElseThrow();
    assertThat(h.delimiter()).isEqualTo("EOF");
    assertThat(h.quoted()).isFalse();
    assertThat(h.terminated()).isTrue();
    assertThat(h.body()).isEqualTo("rm -rf / | sh\n$(curl x)\n");
    assertThat(script.substring(h.bodyStart(), h.bodyEnd())).isEqualTo(h.body());
    assertThat(Dump.list(parsed.body())).isEqualTo("[cat <<EOF >out] && [echo done] NL [next]");
  }

  @Test
  void quotedAndTabStrippingDelimiters() {
    String script = "cat <<-'END' ; cat << \"X\"\n\tbody $x\n\tEND\nsecond\nX\necho after";
    ShellScript parsed = ShellScript.parse(script);
    List<Command> commands = parsed.commands();
    assertThat(commands).extracting(Command::name).containsExactly("cat", "cat", "echo");
    Heredoc first = commands.get(0).redirections().get(0).heredoc().orElseThrow();
    assertThat(first.quoted()).isTrue();
    assertThat(first.stripsTabs()).isTrue();
    assertThat(first.body()).isEqualTo("\tbody $x\n");
    Heredoc second = commands.get(1).redirections().get(0).heredoc().orElseThrow();
    assertThat(second.delimiter()).isEqualTo("X");
    assertThat(second.body()).isEqualTo("second\n");
  }

  @Test
  void anUnterminatedBodyRunsToTheEnd() {
    ShellScript parsed = ShellScript.parse("cat <<EOF\nline\necho not a command");
    Heredoc h = parsed.commands().get(0).redirections().get(0).heredoc().orElseThrow();
    assertThat(h.terminated()).isFalse();
    assertThat(h.body()).isEqualTo("line\necho not a command");
    assertThat(parsed.commands()).hasSize(1);
  }

  @Test
  void aHeredocInsideACommandSubstitution() {
    ShellScript parsed = ShellScript.parse("x=$(cat <<EOF\na ) b\nEOF\n) && echo $x");
    assertThat(parsed.commands()).extracting(Command::name).containsExactly("", "cat", "echo");
    assertThat(parsed.body().pipelines()).hasSize(2);
  }

  @Test
  void aHereStringIsNotAHeredoc() {
    ShellScript parsed = ShellScript.parse("grep x <<< \"$y\"\necho next");
    assertThat(parsed.commands()).extracting(Command::name).containsExactly("grep", "echo");
    assertThat(parsed.commands().get(0).redirections().get(0).heredoc()).isEmpty();
  }
}
