package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opaque ranges (GitHub's ${{ }}) are word characters, whatever they contain. */
class MaskingTest {

  private static List<TextRange> templates(String script) {
    List<TextRange> ranges = new java.util.ArrayList<>();
    int from = 0;
    int start;
    while ((start = script.indexOf("${{", from)) >= 0) {
      int end = script.indexOf("}}", start) + 2;
      ranges.add(new TextRange(start, end));
      from = end;
    }
    return ranges;
  }

  @Test
  void anOperatorInsideATemplateIsPartOfTheWord() {
    String script = "echo ${{ a || b }} && deploy ${{ x && 'y;z' }}suffix";
    ShellScript parsed = ShellScript.parse(script, templates(script));
    assertThat(Dump.list(parsed.body()))
        .isEqualTo("[echo ${{ a || b }}] && [deploy ${{ x && 'y;z' }}suffix]");
    Word w = parsed.commands().get(1).args().get(0);
    assertThat(w.hasTemplate()).isTrue();
    assertThat(w.isLiteral()).isFalse();
    assertThat(w.parts()).extracting(WordPart::kind)
        .containsExactly(WordPart.Kind.TEMPLATE, WordPart.Kind.TEXT);
  }

  @Test
  void withoutMaskingAQuoteInsideATemplateWouldSwallowTheRest() {
    String script = "echo \"${{ contains(x, '\"') }}\" && b";
    assertThat(Dump.list(ShellScript.parse(script, templates(script)).body()))
        .isEqualTo("[echo ${{ contains(x, '\"') }}] && [b]");
    assertThat(Dump.list(ShellScript.parse(script).body())).doesNotContain("[b]");
  }

  @Test
  void templatesInsideQuotesCommentsAndSubstitutions() {
    String script = "echo '${{ format('{0}', x) }}' \"${{ y }}\" $(echo ${{ z }}) # ${{ c\n"
        + "d }} done\nnext";
    ShellScript parsed = ShellScript.parse(script, templates(script));
    assertThat(parsed.commands()).extracting(Command::name).containsExactly("echo", "echo",
        "next");
    assertThat(parsed.commands().get(0).args()).extracting(Word::value)
        .containsExactly("${{ format('{0}', x) }}", "${{ y }}", "$(echo ${{ z }})");
  }

  @Test
  void badRangesAreIgnored() {
    ShellScript parsed = ShellScript.parse("a b", List.of(new TextRange(1, 99),
        new TextRange(0, 0)));
    assertThat(Dump.list(parsed.body())).isEqualTo("[a b]");
  }
}
