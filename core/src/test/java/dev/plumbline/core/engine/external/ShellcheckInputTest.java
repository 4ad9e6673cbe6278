package dev.plumbline.core.engine.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What ShellCheck reads of a script, and how its line and column come back as offsets. */
class ShellcheckInputTest {

  private static Script script(String text, Script.Origin origin, Set<ShellOption> options) {
    return new Script(text, ShellKind.BASH, options, origin,
        (start, end) -> new Span(new Position(1, 1, start), new Position(1, 1, end)));
  }

  private static ShellcheckInput input(String text) {
    return ShellcheckInput.of(script(text, Script.Origin.DOCKERFILE_RUN, Set.of()));
  }

  @Test
  void githubExpressionsAreMaskedWithUnderscoresOfTheSameLength() {
    String text = "echo \"${{ github.ref }}\"\nif ${{ x }}; then :; fi\n";
    ShellcheckInput input = ShellcheckInput.of(script(text, Script.Origin.GITHUB_RUN, Set.of()));
    assertThat(input.stdin()).isEqualTo("echo \"" + "_".repeat("${{ github.ref }}".length())
        + "\"\nif " + "_".repeat("${{ x }}".length()) + "; then :; fi\n");
    assertThat(input.touchesMaskedText(1, 1)).isTrue();
    assertThat(input.touchesMaskedText(3, 3)).isFalse();
  }

  @Test
  void anExpressionOverSeveralLinesMasksTheLineBreaksToo() {
    String text = "echo ${{\n x }}\necho $y\n";
    ShellcheckInput input = ShellcheckInput.of(script(text, Script.Origin.GITHUB_RUN, Set.of()));
    assertThat(input.stdin())
        .isEqualTo("echo " + "_".repeat("${{\n x }}".length()) + "\necho $y\n");
    // ShellCheck sees one line less; its line 2 is the script's line 3, at the same offset
    assertThat(input.offset(2, 6)).hasValue(text.indexOf("$y"));
  }

  @Test
  void onlyGithubRunScriptsAreMasked() {
    assertThat(input("echo '${{ not an expression here }}'").stdin())
        .isEqualTo("echo '${{ not an expression here }}'");
  }

  @Test
  void startOptionsAreWrittenBeforeTheScriptAndTheirLineIsNotAPosition() {
    Script bash = script("cd x\n", Script.Origin.GITHUB_RUN,
        EnumSet.of(ShellOption.ERREXIT, ShellOption.PIPEFAIL));
    ShellcheckInput input = ShellcheckInput.of(bash);
    assertThat(input.stdin()).isEqualTo("set -eo pipefail\ncd x\n");
    assertThat(input.offset(1, 1)).isEmpty();
    assertThat(input.offset(2, 4)).hasValue(3);
    assertThat(ShellcheckInput.prelude(ShellKind.POSIX,
        EnumSet.of(ShellOption.ERREXIT, ShellOption.PIPEFAIL))).isEqualTo("set -e\n");
    assertThat(ShellcheckInput.prelude(ShellKind.BASH, EnumSet.of(ShellOption.PIPEFAIL)))
        .isEqualTo("set -o pipefail\n");
    assertThat(ShellcheckInput.prelude(ShellKind.POSIX, Set.of())).isEmpty();
  }

  @Test
  void columnsCountCodePointsAndATabAsOne() {
    String text = "\techo $x\necho \"é😀\" $y\n";
    ShellcheckInput input = input(text);
    // what shellcheck 0.9 reports for this text: $x at 1:7, $y at 2:11 (ends 2:13)
    assertThat(input.offset(1, 7)).hasValue(text.indexOf("$x"));
    assertThat(input.offset(2, 11)).hasValue(text.indexOf("$y"));
    assertThat(input.offset(2, 13)).hasValue(text.indexOf("$y") + 2);
  }

  @Test
  void positionsPastALineOrTheScriptAreClamped() {
    String text = "ab\ncd";
    ShellcheckInput input = input(text);
    assertThat(input.offset(1, 99)).hasValue(2);
    assertThat(input.offset(2, 99)).hasValue(5);
    assertThat(input.offset(7, 1)).hasValue(5);
    assertThat(input.offset(1, 0)).hasValue(0);
  }
}
