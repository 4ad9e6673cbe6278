package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.testing.Snapshots;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReporterSnapshotTest {

  static String render(String format, ReportContext context) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).write(context, out);
    return out.toString();
  }

  @ParameterizedTest(name = "{0} colour={1} -> {2}")
  @CsvSource({
      "console, false, console.txt",
      "console, true,  console-colour.txt",
      "json,    false, report.json",
      "sarif,   false, report.sarif",
      "junit,   false, report.junit.xml",
      "gitlab,  false, report.gitlab.json",
      "github,  false, report.github.txt",
  })
  void matchesSnapshot(String format, boolean colour, String snapshot) throws IOException {
    Snapshots.assertMatches(snapshot, render(format, ReportFixture.context(colour)));
  }

  @ParameterizedTest
  @CsvSource({"console, false", "console, true", "json, false", "sarif, false", "junit, false",
      "gitlab, false", "github, false"})
  void identicalInputGivesIdenticalBytes(String format, boolean colour) throws IOException {
    String first = render(format, ReportFixture.context(colour));
    String second = render(format, ReportFixture.context(colour));
    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void reportsWithoutSourceRootHoldNoAbsolutePath() throws IOException {
    ReportContext context = new ReportContext(ReportFixture.result(), ReportFixture.VERSION,
        java.util.Optional.empty(), false);
    for (String format : Reporters.formatNames()) {
      assertThat(render(format, context)).as(format)
          .doesNotContain("file:/").doesNotContain("/home/");
    }
  }
}
