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

class GitHubAnnotationsReporterTest {

  private static String render(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new GitHubAnnotationsReporter().write(new ReportContext(result, "0.1.0", Optional.empty(),
        false), out);
    return out.toString();
  }

  private static String render(Finding... findings) throws IOException {
    return render(new LintResult(List.of(findings), TestRules.ALL, List.of(),
        ReportFixture.files(1)));
  }

  private static Finding finding(String path, String text, String target, Severity severity,
      String message, String hint) {
    SourceFile file = SourceFile.of(path, text);
    int at = text.indexOf(target);
    return ReportFixture.finding(file, "PLB901", severity, at, at + target.length(), message,
        hint);
  }

  @Test
  void oneCommandPerFindingWithPositionTitleMessageAndHint() throws IOException {
    String out = render(finding("ci.yml", "steps:\n  - uses: actions/checkout@v4\n",
        "actions/checkout@v4", Severity.WARNING, "not pinned", "pin it"));
    assertThat(out).isEqualTo("::warning file=ci.yml,line=2,col=11,endLine=2,endColumn=30,"
        + "title=PLB901 test-unpinned-reference::not pinned%0Ahint: pin it\n");
  }

  @Test
  void severitiesAreErrorWarningAndNotice() throws IOException {
    String text = "a: 1\nb: 2\nc: 3\n";
    String out = render(finding("a.yml", text, "1", Severity.ERROR, "e", null),
        finding("a.yml", text, "2", Severity.WARNING, "w", null),
        finding("a.yml", text, "3", Severity.NOTE, "n", null));
    assertThat(out.lines().map(line -> line.substring(0, line.indexOf(' '))))
        .containsExactly("::error", "::warning", "::notice");
    assertThat(out).doesNotContain("hint");
  }

  @Test
  void messageEscapesPercentAndLineBreaks() throws IOException {
    String out = render(finding("a.yml", "k: v\n", "v", Severity.ERROR,
        "100% wrong\r\nsecond line: a, b", "50%\nmore"));
    assertThat(out).endsWith("::100%25 wrong%0D%0Asecond line: a, b%0Ahint: 50%25%0Amore\n");
    assertThat(out.lines()).hasSize(1);
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() throws IOException {
    String out = render(finding("dir,with:odd%chars/a\nb.yml", "k: v\n", "v", Severity.ERROR,
        "m", null));
    assertThat(out).startsWith("::error file=dir%2Cwith%3Aodd%25chars/a%0Ab.yml,line=1,");
    assertThat(GitHubAnnotationsReporter.property("a:b,c%d\re"))
        .isEqualTo("a%3Ab%2Cc%25d%0De");
    assertThat(GitHubAnnotationsReporter.data("a:b,c%d\re")).isEqualTo("a:b,c%25d%0De");
  }

  @Test
  void otherControlCharactersAreEscapedForTheLog() throws IOException {
    String out = render(ReportFixture.result());
    assertThat(out.codePoints().filter(cp -> cp != '\n').filter(TerminalText::isUnsafe))
        .isEmpty();
    assertThat(out).contains("\"hi \\x1b]0;pwned\\x07 \\u202edlrow\"");
  }

  @Test
  void ruleMissingFromTheRunIsTitledByItsId() throws IOException {
    SourceFile file = SourceFile.of("a.yml", "k: [\n");
    String out = render(ReportFixture.finding(file, "PLB000", Severity.ERROR, 3, 4, "m", null));
    assertThat(out).contains(",title=PLB000::m\n");
  }

  @Test
  void suppressedFindingsAreLeftOut() throws IOException {
    String out = render(ReportFixture.result());
    assertThat(out.lines()).hasSize(6);
    assertThat(out).doesNotContain("release.yml").doesNotContain("acme/");
  }

  @Test
  void runWithoutFindingsPrintsNothing() throws IOException {
    assertThat(render()).isEmpty();
    Finding silenced = finding("a.yml", "k: v\n", "v", Severity.ERROR, "m", null)
        .withSuppression(Suppression.external(""));
    assertThat(render(silenced)).isEmpty();
  }
}
