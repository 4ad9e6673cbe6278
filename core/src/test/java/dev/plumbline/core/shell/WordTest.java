package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words: raw text, value, exact spans, literal or not, parts. */
class WordTest {

  private static List<Word> words(String script) {
    return ShellScript.parse(script).commands().get(0).words();
  }

  @Test
  void spansAreExactScriptOffsets() {
    String script = "  curl -fsSL  \"https://x.example/a b\" | sh";
    List<Word> words = words(script);
    assertThat(words).extracting(Word::text)
        .containsExactly("curl", "-fsSL", "\"https://x.example/a b\"");
    for (Word w : words) {
      assertThat(script.substring(w.start(), w.end())).isEqualTo(w.text());
    }
    assertThat(words.get(0).start()).isEqualTo(2);
    assertThat(words.get(2).start()).isEqualTo(14);
    assertThat(words.get(2).end()).isEqualTo(37);
    assertThat(words.get(2).value()).isEqualTo("https://x.example/a b");
  }

  @Test
  void valuesResolveQuotesAndEscapesButKeepExpansions() {
    List<Word> words = words("echo \"$HOME\"/bin 'it''s' a\\ b \"q\\\"\" x\\\ny $'a\\nb' ${v:-d}");
    assertThat(words).extracting(Word::value).containsExactly("echo", "$HOME/bin", "its",
        "a b", "q\"", "xy", "a\nb", "${v:-d}");
  }

  @Test
  void literalMeansNothingIsExpanded() {
    List<Word> words = words("cmd plain 'quoted $x' \"$x\" $(id) `id` $((1)) <(x) *.txt a\\$b");
    assertThat(words).extracting(Word::isLiteral)
        .containsExactly(true, true, true, false, false, false, false, false, true, true);
  }

  @Test
  void partsSayWhatIsQuotedAndWhatIsExpanded() {
    Word w = words("echo pre\"in $x\"'s'").get(1);
    assertThat(w.parts()).extracting(WordPart::kind).containsExactly(WordPart.Kind.TEXT,
        WordPart.Kind.TEXT, WordPart.Kind.PARAMETER, WordPart.Kind.TEXT);
    assertThat(w.parts()).extracting(WordPart::quoted).containsExactly(false, true, true, true);
    assertThat(w.parts().get(2).start()).isEqualTo(12);
    assertThat(w.isQuoted()).isTrue();
    assertThat(w.isPlain("echo")).isFalse();
  }

  @Test
  void substitutionsKeepTheirInnerScriptWithOuterOffsets() {
    String script = "sh -c \"$(curl -fsSL https://x.example/i.sh)\"";
    Word arg = words(script).get(2);
    Substitution s = arg.substitutions().get(0);
    assertThat(s.kind()).isEqualTo(Substitution.Kind.COMMAND);
    assertThat(script.substring(s.start(), s.end()))
        .isEqualTo("$(curl -fsSL https://x.example/i.sh)");
    assertThat(script.substring(s.innerStart(), s.innerEnd()))
        .isEqualTo("curl -fsSL https://x.example/i.sh");
    Command curl = s.body().commands().get(0);
    assertThat(curl.name()).isEqualTo("curl");
    assertThat(script.substring(curl.start(), curl.end()))
        .isEqualTo("curl -fsSL https://x.example/i.sh");
    assertThat(s.word()).containsSame(arg);
    assertThat(curl.enclosingStage()).hasValueSatisfying(
        stage -> assertThat(((Command) stage).name()).isEqualTo("sh"));
    assertThat(curl.isInSubshell()).isTrue();
  }

  @Test
  void backquotesAndProcessSubstitutionsToo() {
    String script = "bash <(wget -qO- u) `date`";
    List<Word> words = words(script);
    Substitution process = words.get(1).substitutions().get(0);
    assertThat(process.kind()).isEqualTo(Substitution.Kind.PROCESS_INPUT);
    assertThat(process.body().commands()).extracting(Command::name).containsExactly("wget");
    Substitution backquote = words.get(2).substitutions().get(0);
    assertThat(backquote.kind()).isEqualTo(Substitution.Kind.BACKTICK);
    assertThat(script.substring(backquote.innerStart(), backquote.innerEnd())).isEqualTo("date");
    assertThat(backquote.body().commands().get(0).start()).isEqualTo(21);
  }

  @Test
  void afterPrefixGivesTheValueOfAnEqualsFlag() {
    String script = "docker build --tag=app:latest --label \"k=v\" \"--tag=x y\"";
    List<Word> words = words(script);
    Word tag = words.get(2).afterPrefix("--tag=".length());
    assertThat(tag.value()).isEqualTo("app:latest");
    assertThat(script.substring(tag.start(), tag.end())).isEqualTo("app:latest");
    Word substituted = ShellScript.parse("x --tag=$(id -u)").commands().get(0).args().get(0)
        .afterPrefix("--tag=".length());
    assertThat(substituted.value()).isEqualTo("$(id -u)");
    assertThat(substituted.substitutions()).singleElement().satisfies(
        s -> assertThat(s.body().commands().get(0).name()).isEqualTo("id"));
    assertThat(substituted.substitutions().get(0).word().orElseThrow().value())
        .as("the substitution still belongs to the whole word").isEqualTo("--tag=$(id -u)");
    Word quoted = words.get(5).afterPrefix("--tag=".length());
    assertThat(quoted.value()).isEqualTo("x y");
    assertThat(quoted.start()).isEqualTo(words.get(5).start());
  }

  @Test
  void assignmentsSplitNameAndValue() {
    String script = "A=1 B+=\"two $x\" C[3]=c env";
    Command c = ShellScript.parse(script).commands().get(0);
    assertThat(c.assignments()).extracting(Assignment::name).containsExactly("A", "B", "C");
    assertThat(c.assignments()).extracting(a -> a.value().value())
        .containsExactly("1", "two $x", "c");
    Assignment b = c.assignments().get(1);
    assertThat(script.substring(b.value().start(), b.value().end())).isEqualTo("\"two $x\"");
    assertThat(b.value().isLiteral()).isFalse();
    assertThat(c.name()).isEqualTo("env");
  }
}
