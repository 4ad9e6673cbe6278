package dev.plumbline.core.model.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptTest {

  private static Script script(String text, Script.Origin origin, Set<ShellOption> options) {
    SourceFile file = SourceFile.of("f", text);
    return new Script(text, ShellKind.BASH, options, origin, file::span);
  }

  @Test
  void lexedOnceWithGitHubExpressionsOpaque() {
    String text = "echo ${{ a || b }} && make";
    Script github = script(text, Script.Origin.GITHUB_RUN, Set.of());
    assertThat(github.lexed()).isSameAs(github.lexed());
    assertThat(github.commands()).extracting(Command::name).containsExactly("echo", "make");
    assertThat(github.commands().get(0).args()).extracting(Word::value)
        .containsExactly("${{ a || b }}");
    Script docker = script("echo ${{ a }} b", Script.Origin.DOCKERFILE_RUN, Set.of());
    assertThat(docker.commands().get(0).args()).extracting(Word::isLiteral)
        .containsExactly(false, true);
    assertThat(docker.runsInContainer()).isTrue();
  }

  @Test
  void spansOfShellNodesAreFileSpans() {
    Script s = script("a\n  curl -k x", Script.Origin.GITHUB_RUN, Set.of());
    Word k = s.commands().get(1).args().get(0);
    assertThat(s.span(k).start().line()).isEqualTo(2);
    assertThat(s.span(k).start().column()).isEqualTo(8);
  }

  @Test
  void optionsFollowSetCommandsInOrder() {
    String text = "a | b\nset -euo pipefail\nc | d\n(set +e; e)\nset +o pipefail\nf\n"
        + "set -- -e\ng";
    Script s = script(text, Script.Origin.GITHUB_RUN, Set.of(ShellOption.ERREXIT));
    List<Command> c = s.commands();
    assertThat(s.optionsAt(c.get(0).start())).containsExactly(ShellOption.ERREXIT);
    assertThat(s.optionsAt(text.indexOf("c |"))).containsExactlyInAnyOrder(ShellOption.ERREXIT,
        ShellOption.PIPEFAIL);
    assertThat(s.optionsAt(text.indexOf("\nf") + 1)).containsExactly(ShellOption.ERREXIT);
    assertThat(s.optionsAt(text.length())).containsExactly(ShellOption.ERREXIT);
  }

  @Test
  void shellOptionsFromArguments() {
    assertThat(ShellOptions.of(List.of("--noprofile", "--norc", "-eo", "pipefail", "{0}")))
        .containsExactlyInAnyOrder(ShellOption.ERREXIT, ShellOption.PIPEFAIL);
    assertThat(ShellOptions.of(List.of("-o", "errexit", "-c"))).containsExactly(ShellOption.ERREXIT);
    assertThat(ShellOptions.of(List.of("-x", "script.sh", "-e"))).isEmpty();
    assertThat(ShellOptions.of(List.of("-o"))).isEmpty();
  }
}
