package dev.plumbline.core.model.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scripts of RUN instructions and their way back to the file. */
class RunScriptTest {

  private static List<Run> runs(String text) {
    return Dockerfile.parse(SourceFile.of("Dockerfile", text)).instructions(Run.class);
  }

  private static Script script(String text) {
    return runs(text).get(0).script().orElseThrow();
  }

  private static Span spanOf(Script script, String fragment) {
    int at = script.text().indexOf(fragment);
    assertThat(at).as("'%s' in the script", fragment).isNotNegative();
    return script.span(at, at + fragment.length());
  }

  /**
   * Every script character that comes from the file maps to that very character; the line
   * breaks that join a command line to its here-documents map to the end of a line.
   */
  private static void assertEveryOffsetMapsBack(Script script, SourceFile file) {
    String text = script.text();
    for (int i = 0; i < text.length(); i++) {
      Span span = script.span(i, i + 1);
      if (span.isEmpty()) {
        assertThat(text.charAt(i)).as("synthetic character %d", i).isEqualTo('\n');
        continue;
      }
      assertThat(span.length()).as("length of the span of character %d", i).isEqualTo(1);
      assertThat(file.text().charAt(span.start().offset())).as("character %d", i)
          .isEqualTo(text.charAt(i));
    }
  }

  @Test
  void aContinuedRunIsJoinedWithoutEscapesAndComments() {
    String text = """
        FROM debian
        RUN apt-get update \\
         # refresh first
            && apt-get install -y \\

               curl
        """;
    SourceFile file = SourceFile.of("Dockerfile", text);
    Script script = Dockerfile.parse(file).instructions(Run.class).get(0).script().orElseThrow();
    assertThat(script.text()).isEqualTo("apt-get update     && apt-get install -y        curl");
    assertThat(script.shell()).isEqualTo(ShellKind.POSIX);
    assertThat(script.startOptions()).isEmpty();
    assertThat(script.origin()).isEqualTo(Script.Origin.DOCKERFILE_RUN);
    assertThat(spanOf(script, "curl").toString()).isEqualTo("6:8-6:12");
    assertThat(spanOf(script, "install").toString()).isEqualTo("4:16-4:23");
    assertThat(spanOf(script, "update").toString()).isEqualTo("2:13-2:19");
    // a span across a joint covers what the joining left out
    assertThat(spanOf(script, "update     &&").toString()).isEqualTo("2:13-4:7");
    assertEveryOffsetMapsBack(script, file);
  }

  @Test
  void backtickContinuationsMapBackToo() {
    String text = "# escape=`\nFROM debian\nRUN echo a `\n  && echo b\n";
    SourceFile file = SourceFile.of("Dockerfile", text);
    Script script = Dockerfile.parse(file).instructions(Run.class).get(0).script().orElseThrow();
    assertThat(script.text()).isEqualTo("echo a   && echo b");
    assertThat(spanOf(script, "b").toString()).isEqualTo("4:11-4:12");
    assertEveryOffsetMapsBack(script, file);
  }

  @Test
  void aLoneHeredocRunsItsBodyWithTheStageShell() {
    String text = """
        FROM debian
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN <<EOF
        set -e
        curl -fsSL https://example.com | sh
        EOF
        """;
    SourceFile file = SourceFile.of("Dockerfile", text);
    Script script = Dockerfile.parse(file).instructions(Run.class).get(0).script().orElseThrow();
    assertThat(script.text()).isEqualTo("set -e\ncurl -fsSL https://example.com | sh\n");
    assertThat(script.shell()).isEqualTo(ShellKind.BASH);
    assertThat(script.startOptions()).containsExactly(ShellOption.PIPEFAIL);
    assertThat(spanOf(script, "| sh").toString()).isEqualTo("5:32-5:36");
    assertEveryOffsetMapsBack(script, file);
  }

  @Test
  void chompedHeredocBodiesLoseTheirLeadingTabs() {
    String text = "FROM debian\nRUN <<-EOF\n\t\techo one\n\techo two\n\tEOF\n";
    SourceFile file = SourceFile.of("Dockerfile", text);
    Script script = Dockerfile.parse(file).instructions(Run.class).get(0).script().orElseThrow();
    assertThat(script.text()).isEqualTo("echo one\necho two\n");
    assertThat(spanOf(script, "two").toString()).isEqualTo("4:7-4:10");
    assertEveryOffsetMapsBack(script, file);
  }

  @Test
  void aCommandWithHeredocsGivesTheShellTheBodiesAndDelimiters() {
    String text = """
        FROM debian
        RUN cat <<EOF > /etc/a && \\
            cat <<'END' > /etc/b
        one $HOME
        EOF
        two
        END
        RUN echo next
        """;
    SourceFile file = SourceFile.of("Dockerfile", text);
    Script script = Dockerfile.parse(file).instructions(Run.class).get(0).script().orElseThrow();
    assertThat(script.text())
        .isEqualTo("cat <<EOF > /etc/a &&     cat <<'END' > /etc/b\none $HOME\nEOF\ntwo\nEND");
    assertThat(spanOf(script, "$HOME").toString()).isEqualTo("4:5-4:10");
    assertThat(spanOf(script, "END").toString()).isEqualTo("3:12-3:15");
    int lastEnd = script.text().lastIndexOf("END");
    assertThat(script.span(lastEnd, lastEnd + 3).toString()).isEqualTo("7:1-7:4");
    int firstBreak = script.text().indexOf('\n');
    assertThat(script.span(firstBreak, firstBreak + 1).toString()).isEqualTo("3:25-3:25");
    assertEveryOffsetMapsBack(script, file);
  }

  @Test
  void shebangsChooseTheInterpreterOfALoneHeredoc() {
    List<Run> runs = runs("""
        FROM python
        RUN <<EOF
        #!/usr/bin/env python3
        print("hi")
        EOF
        RUN <<EOF
        #!/bin/bash -e
        echo hi
        EOF
        """);
    assertThat(runs.get(0).script()).isEmpty();
    Script bash = runs.get(1).script().orElseThrow();
    assertThat(bash.shell()).isEqualTo(ShellKind.BASH);
    assertThat(bash.startOptions()).containsExactly(ShellOption.ERREXIT);
    assertThat(bash.text()).startsWith("#!/bin/bash -e\n");
  }

  @Test
  void noScriptForExecFormOtherShellsOrBrokenJson() {
    List<Run> runs = runs("""
        FROM mcr.microsoft.com/powershell
        RUN ["echo", "exec form"]
        RUN ["echo", 'broken']
        SHELL ["pwsh", "-Command"]
        RUN Write-Host hi
        """);
    assertThat(runs).extracting(Run::script)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void onbuildRunTriggersHaveScripts() {
    Dockerfile df = Dockerfile.parse(SourceFile.of("Dockerfile", "FROM a\nONBUILD RUN make all\n"));
    Run trigger = (Run) df.instructions(Onbuild.class).get(0).trigger().orElseThrow();
    Script script = trigger.script().orElseThrow();
    assertThat(script.text()).isEqualTo("make all");
    assertThat(script.span(0, 4).toString()).isEqualTo("2:13-2:17");
  }
}
