package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

  private static final String SGR = "\u001b\\[[0-9;]*m";

  private static String render(boolean colour, Finding... findings) throws IOException {
    return render(new LintResult(List.of(findings), TestRules.ALL, List.of(), ReportFixture.files(3)), colour);
  }

  private static String render(LintResult result, boolean colour) throws IOException {
    StringWriter out = new StringWriter();
    new ConsoleReporter().write(new ReportContext(result, "0.1.0", Optional.empty(), colour), out);
    return out.toString();
  }

  /** A finding on the first occurrence of {@code target} in a one-file source. */
  private static Finding findingOn(String path, String text, String target, String message,
      String hint) {
    SourceFile file = SourceFile.of(path, text);
    int at = text.indexOf(target);
    return ReportFixture.finding(file, "PLB901", Severity.WARNING, at, at + target.length(),
        message, hint);
  }

  private static String line(String output, String prefix) {
    return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }

  /** The source line and the underline of the only finding in {@code output}. */
  private static String[] sourceAndCarets(String output) {
    List<String> lines = output.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\d+ \\|.*")) {
        return new String[] {lines.get(i), lines.get(i + 1)};
      }
    }
    throw new AssertionError("no source line in\n" + output);
  }

  @Test
  void printsLocationSeveritySourceUnderlineAndHint() throws IOException {
    String out = render(false, findingOn("ci.yml", "steps:\n  - uses: actions/checkout@v4\n",
        "actions/checkout@v4", "actions/checkout@v4 is not pinned", "pin it"));
    assertThat(out).isEqualTo("""
        ci.yml:2:11: warning[PLB901] actions/checkout@v4 is not pinned
          |
        2 |   - uses: actions/checkout@v4
          |           ^^^^^^^^^^^^^^^^^^^
          = hint: pin it

        Found 1 warning in 1 file (3 files linted).
        """);
  }

  @Test
  void leavesOutTheHintLineWhenThereIsNoHint() throws IOException {
    String out = render(false, findingOn("a.yml", "key: value\n", "value", "bad value", null));
    assertThat(out).doesNotContain("hint");
  }

  @Test
  void caretsStayAlignedWithTabs() throws IOException {
    String out = render(false, findingOn("Dockerfile", "RUN\tapt-get\t\tinstall curl\n",
        "install", "m", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[0]).doesNotContain("\t");
    assertThat(shown[1].indexOf('^')).isEqualTo(shown[0].indexOf("install"));
    assertThat(shown[1].chars().filter(c -> c == '^').count()).isEqualTo("install".length());
  }

  @Test
  void caretsStayAlignedWithEscapedAndWideCharacters() throws IOException {
    String text = "名前: \"a\u001bb\u202e\" target\n";
    String out = render(false, findingOn("x.yml", text, "target", "m", null));
    String[] shown = sourceAndCarets(out);
    // each CJK character takes two terminal columns
    int wideExtra = 2;
    assertThat(shown[0]).contains("\\x1b").contains("\\u202e");
    assertThat(shown[1].indexOf('^')).isEqualTo(shown[0].indexOf("target") + wideExtra);
    assertThat(shown[1]).endsWith("^^^^^^");
  }

  @Test
  void underlinesTheEscapedFormOfAControlCharacter() throws IOException {
    String out = render(false, findingOn("x.yml", "a: \u001b\n", "\u001b", "m", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[1].indexOf('^')).isEqualTo(shown[0].indexOf("\\x1b"));
    assertThat(shown[1]).endsWith(" ^^^^");
  }

  @Test
  void emptySpanGetsOneCaret() throws IOException {
    SourceFile file = SourceFile.of("ci.yml", "jobs:\n  build:\n    runs-on: x\n");
    int at = file.text().indexOf("runs-on");
    String out = render(false, ReportFixture.finding(file, "PLB903", Severity.NOTE, at, at,
        "no timeout", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[1]).isEqualTo("  |     ^");
    assertThat(shown[0]).isEqualTo("3 |     runs-on: x");
  }

  @Test
  void multiLineSpanIsUnderlinedToTheEndOfItsFirstLine() throws IOException {
    SourceFile file = SourceFile.of("ci.yml", "env:\n  A: 1\n  B: 2\n");
    String out = render(false, ReportFixture.finding(file, "PLB902", Severity.ERROR, 0,
        file.text().length() - 1, "secret", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[0]).isEqualTo("1 | env:");
    assertThat(shown[1]).isEqualTo("  | ^^^^");
    assertThat(out).doesNotContain("A: 1");
  }

  @Test
  void longLinesAreShownAsAWindowAroundTheSpan() throws IOException {
    String text = "a: " + "[".repeat(5000) + "TARGET" + "]".repeat(5000) + "\n";
    String out = render(false, findingOn("deep.yml", text, "TARGET", "too deep", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[0]).startsWith("1 | ...[[[").endsWith("]]]...");
    assertThat(shown[0].length()).isEqualTo("1 | ".length() + 3 + ConsoleReporter.MAX_SHOWN + 3);
    assertThat(shown[0].indexOf("TARGET")).isEqualTo(shown[1].indexOf('^'));
    assertThat(shown[1]).endsWith(" ^^^^^^");
  }

  @Test
  void aLongSpanIsUnderlinedToTheEdgeOfTheWindow() throws IOException {
    String text = "k: " + "x".repeat(300) + "\n";
    String out = render(false, findingOn("long.yml", text, "x".repeat(300), "long", null));
    String[] shown = sourceAndCarets(out);
    assertThat(shown[0]).isEqualTo("1 | k: " + "x".repeat(117) + "...");
    assertThat(shown[1]).isEqualTo("  |    " + "^".repeat(117));
  }

  @Test
  void spanAtTheEndOfALineGetsOneCaretAfterIt() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "key:\nnext: 1\n");
    String out = render(false, ReportFixture.finding(file, "PLB903", Severity.NOTE, 4, 4,
        "missing value", null));
    assertThat(sourceAndCarets(out)[1]).isEqualTo("  |     ^");
  }

  @Test
  void gutterIsAsWideAsTheLineNumber() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "x\n".repeat(11) + "bad: 1\n");
    int at = file.text().indexOf("bad");
    String out = render(false, ReportFixture.finding(file, "PLB901", Severity.WARNING, at, at + 3,
        "m", "h"));
    assertThat(out).contains("\n   |\n12 | bad: 1\n   | ^^^\n   = hint: h\n");
  }

  @Test
  void escapesControlCharactersInPathMessageSourceAndHint() throws IOException {
    String hostile = "\u001b]0;owned\u0007\u009b2J\u007f\u202e\u2066";
    Finding finding = findingOn("dir/" + hostile + ".yml", "v: \"" + hostile + "\"\n",
        "\"" + hostile + "\"", "bad value " + hostile, "remove " + hostile);
    String out = render(false, finding);
    assertThat(out.codePoints().filter(cp -> cp != '\n').filter(TerminalText::isUnsafe))
        .isEmpty();
    String escaped = "\\x1b]0;owned\\x07\\x9b2J\\x7f\\u202e\\u2066";
    assertThat(line(out, "dir/")).startsWith("dir/" + escaped + ".yml:1:4: ")
        .endsWith("bad value " + escaped);
    assertThat(line(out, "1 |")).isEqualTo("1 | v: \"" + escaped + "\"");
    assertThat(line(out, "  = hint:")).isEqualTo("  = hint: remove " + escaped);
    String[] shown = sourceAndCarets(out);
    assertThat(shown[1].indexOf('^')).isEqualTo(shown[0].indexOf('"'));
    assertThat(shown[1].length()).isEqualTo(shown[0].length());
  }

  @Test
  void tabsInMessagesAreKept() {
    assertThat(TerminalText.escape("a\tb")).isEqualTo("a\tb");
    assertThat(TerminalText.escape("line\nbreak\r")).isEqualTo("line\\x0abreak\\x0d");
    assertThat(TerminalText.escape("plain ü 名")).isEqualTo("plain ü 名");
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    Finding finding = findingOn("ci.yml", "uses: a@v1\n", "a@v1", "not pinned", "pin it");
    String plain = render(false, finding);
    String coloured = render(true, finding);
    assertThat(plain).doesNotContain("\u001b");
    assertThat(coloured).contains("\u001b[1;33mwarning\u001b[0m")
        .contains("\u001b[1m[PLB901]\u001b[0m")
        .contains("\u001b[1mci.yml:1:7:\u001b[0m")
        .contains("\u001b[1;33m^^^^\u001b[0m");
    assertThat(coloured.replaceAll(SGR, "")).isEqualTo(plain);
  }

  @Test
  void colourOutputHasNoEscapeButItsOwnColourCodes() throws IOException {
    String coloured = render(true, findingOn("a\u001b[2J.yml", "k: \u001b[31mred\n", "red",
        "msg \u001b[H", "hint \u009b"));
    assertThat(coloured.replaceAll(SGR, "").codePoints().filter(cp -> cp != '\n')
        .filter(TerminalText::isUnsafe)).isEmpty();
  }

  @Test
  void notificationsAreNotPrinted() throws IOException {
    String out = render(ReportFixture.result(), false);
    assertThat(out).doesNotContain("internal error").doesNotContain("huge.yml");
  }

  @Test
  void footerCountsFindingsAndFiles() {
    assertThat(ConsoleReporter.footer(new Summary(0, 0, 0, 0, 0, 12)))
        .isEqualTo("No findings (12 files linted).");
    assertThat(ConsoleReporter.footer(new Summary(0, 0, 0, 0, 0, 1)))
        .isEqualTo("No findings (1 file linted).");
    assertThat(ConsoleReporter.footer(new Summary(3, 2, 1, 0, 4, 12)))
        .isEqualTo("Found 3 errors, 2 warnings and 1 note in 4 files (12 files linted).");
    assertThat(ConsoleReporter.footer(new Summary(1, 0, 2, 0, 1, 1)))
        .isEqualTo("Found 1 error and 2 notes in 1 file (1 file linted).");
    assertThat(ConsoleReporter.footer(new Summary(0, 1, 0, 0, 1, 5)))
        .isEqualTo("Found 1 warning in 1 file (5 files linted).");
  }

  @Test
  void footerCountsSuppressedFindingsOnlyWhenThereAreAny() {
    assertThat(ConsoleReporter.footer(new Summary(0, 1, 0, 3, 1, 5)))
        .isEqualTo("Found 1 warning in 1 file (5 files linted, 3 suppressed).");
    assertThat(ConsoleReporter.footer(new Summary(0, 0, 0, 1, 0, 2)))
        .isEqualTo("No findings (2 files linted, 1 suppressed).");
  }

  @Test
  void suppressedFindingsAreNotShown() throws IOException {
    Finding shown = findingOn("a.yml", "k: shown\n", "shown", "visible problem", null);
    Finding hidden = findingOn("b.yml", "k: hidden\n", "hidden", "silenced problem", null)
        .withSuppression(Suppression.inSource("reviewed"));
    Finding baselined = findingOn("c.yml", "k: old\n", "old", "known problem", null)
        .withSuppression(Suppression.external(""));
    String out = render(false, shown, hidden, baselined);
    assertThat(out).contains("a.yml:1:4: warning[PLB901] visible problem")
        .doesNotContain("b.yml").doesNotContain("silenced").doesNotContain("c.yml")
        .endsWith("Found 1 warning in 1 file (3 files linted, 2 suppressed).\n");
  }

  @Test
  void emptyRunPrintsOnlyTheFooter() throws IOException {
    assertThat(render(new LintResult(List.of(), List.of(), List.of(), ReportFixture.files(7)), false))
        .isEqualTo("No findings (7 files linted).\n");
  }
}
