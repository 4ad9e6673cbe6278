package dev.plumbline.core.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  private static ParsedDockerfile parse(String text) {
    return DockerfileParser.parse(SourceFile.of("Dockerfile", text));
  }

  /** "line:col-line:col" of a span. */
  private static String at(Span span) {
    return span.toString();
  }

  @Test
  void readsKeywordsArgumentsAndTheirPositions() {
    ParsedDockerfile parsed = parse("FROM alpine:3.19 AS base\n  run   echo hi  \n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.instructions()).hasSize(2);
    InstructionNode from = parsed.instructions().get(0);
    assertThat(from.known()).contains(Keyword.FROM);
    assertThat(at(from.keyword().span())).isEqualTo("1:1-1:5");
    assertThat(from.arguments()).extracting(Word::text)
        .containsExactly("alpine:3.19", "AS", "base");
    assertThat(at(from.arguments().get(2).span())).isEqualTo("1:21-1:25");
    InstructionNode run = parsed.instructions().get(1);
    assertThat(run.keyword().text()).isEqualTo("run");
    assertThat(run.known()).contains(Keyword.RUN);
    assertThat(at(run.keyword().span())).isEqualTo("2:3-2:6");
    assertThat(run.argumentText().orElseThrow().text()).isEqualTo("echo hi");
    assertThat(at(run.argumentText().orElseThrow().span())).isEqualTo("2:9-2:16");
    assertThat(at(run.span())).isEqualTo("2:3-2:18");
  }

  @Test
  void joinsContinuationLinesSkippingCommentAndBlankLines() {
    ParsedDockerfile parsed = parse("""
        FROM alpine
        RUN apk add \\
            # the compiler
            gcc \\

          make
        EXPOSE 80
        """);
    InstructionNode run = parsed.instructions().get(1);
    // Docker keeps the space before the escape and the indentation of continuation lines
    assertThat(run.line().text()).isEqualTo("RUN apk add     gcc   make");
    Word args = run.argumentText().orElseThrow();
    assertThat(args.text()).isEqualTo("apk add     gcc   make");
    int make = args.text().indexOf("make");
    assertThat(at(args.spanOf(make, make + 4))).isEqualTo("6:3-6:7");
    int gcc = args.text().indexOf("gcc");
    assertThat(at(args.spanOf(gcc, gcc + 3))).isEqualTo("4:5-4:8");
    assertThat(at(run.span())).isEqualTo("2:1-6:7");
    assertThat(parsed.comments()).extracting(Comment::line).containsExactly(3);
    assertThat(parsed.comments().get(0).body()).isEqualTo(" the compiler");
    assertThat(parsed.instructions().get(2).keyword().text()).isEqualTo("EXPOSE");
    assertThat(at(parsed.instructions().get(2).keyword().span())).isEqualTo("7:1-7:7");
  }

  @Test
  void anEscapedEscapeAtTheEndIsNotAContinuation() {
    ParsedDockerfile parsed = parse("FROM a\nRUN echo \\\\\nRUN next\n");
    assertThat(parsed.instructions()).hasSize(3);
    assertThat(parsed.instructions().get(1).argumentText().orElseThrow().text())
        .isEqualTo("echo \\\\");
  }

  @Test
  void continuationAllowsTrailingBlanksAfterTheEscape() {
    ParsedDockerfile parsed = parse("FROM a\nRUN one \\  \n  two\n");
    assertThat(parsed.instructions()).hasSize(2);
    assertThat(parsed.instructions().get(1).argumentText().orElseThrow().text())
        .isEqualTo("one   two");
  }

  @Test
  void backtickEscapeDirectiveChangesTheContinuationCharacter() {
    ParsedDockerfile parsed = parse("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN dir C:\\ `
            && echo done
        COPY C:\\src C:\\dst
        """);
    assertThat(parsed.escape()).isEqualTo('`');
    assertThat(parsed.directives()).extracting(ParserDirective::name).containsExactly("escape");
    assertThat(parsed.instructions()).hasSize(3);
    Word args = parsed.instructions().get(1).argumentText().orElseThrow();
    assertThat(args.text()).isEqualTo("dir C:\\     && echo done");
    int echo = args.text().indexOf("echo");
    assertThat(at(args.spanOf(echo, echo + 4))).isEqualTo("4:8-4:12");
    assertThat(parsed.instructions().get(2).arguments()).extracting(Word::value)
        .containsExactly("C:\\src", "C:\\dst");
  }

  @Test
  void directivesAreCaseInsensitiveAndOnlyAtTheTop() {
    ParsedDockerfile parsed = parse("""
        # Syntax = docker/dockerfile:1.7
        #CHECK=skip=JSONArgsRecommended
        # a comment ends the directives
        # escape=`
        FROM alpine
        """);
    assertThat(parsed.directives()).extracting(ParserDirective::name)
        .containsExactly("syntax", "check");
    assertThat(parsed.directive("syntax").orElseThrow().value()).isEqualTo("docker/dockerfile:1.7");
    assertThat(at(parsed.directive("syntax").orElseThrow().valueSpan())).isEqualTo("1:12-1:33");
    assertThat(parsed.escape()).isEqualTo('\\');
    assertThat(parsed.comments()).extracting(Comment::line).containsExactly(3, 4);
  }

  @Test
  void aBlankLineOrUnknownDirectiveEndsTheDirectives() {
    assertThat(parse("\n# escape=`\nFROM a\n").escape()).isEqualTo('\\');
    assertThat(parse("# foo=bar\n# escape=`\nFROM a\n").escape()).isEqualTo('\\');
  }

  @Test
  void badAndRepeatedDirectivesAreProblems() {
    ParsedDockerfile parsed = parse("# escape=x\n# escape=`\nFROM a\n");
    assertThat(parsed.problems()).extracting(DockerProblem::message).containsExactly(
        "invalid escape character 'x': it must be \\ or `",
        "only one 'escape' parser directive can be used; this one is ignored");
    assertThat(at(parsed.problems().get(0).span())).isEqualTo("1:10-1:11");
    assertThat(parsed.escape()).isEqualTo('\\');
  }

  @Test
  void readsHeredocsWithTheirBodiesAndTerminators() {
    ParsedDockerfile parsed = parse("""
        FROM alpine
        RUN <<EOF
        echo one
        EOF
        RUN <<-EOT cat > /a && cat <<'X' > /b
        \ttabbed
        \tEOT
        $HOME stays
        X
        COPY <<EOF /etc/conf
        key=value
        EOF
        """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.instructions()).extracting(i -> i.keyword().text())
        .containsExactly("FROM", "RUN", "RUN", "COPY");

    Heredoc first = parsed.instructions().get(1).heredocs().get(0);
    assertThat(first.name()).isEqualTo("EOF");
    assertThat(first.body().text()).isEqualTo("echo one\n");
    assertThat(at(first.bodySpan())).isEqualTo("3:1-4:1");
    assertThat(at(first.terminator().orElseThrow())).isEqualTo("4:1-4:4");
    assertThat(at(first.word().span())).isEqualTo("2:5-2:10");
    assertThat(at(parsed.instructions().get(1).fullSpan())).isEqualTo("2:1-4:4");

    List<Heredoc> two = parsed.instructions().get(2).heredocs();
    assertThat(two).extracting(Heredoc::name).containsExactly("EOT", "X");
    assertThat(two.get(0).chomp()).isTrue();
    assertThat(two.get(0).expands()).isTrue();
    assertThat(two.get(0).body().text()).isEqualTo("\ttabbed\n");
    assertThat(two.get(0).content().text()).isEqualTo("tabbed\n");
    assertThat(at(two.get(0).content().span(0, 6))).isEqualTo("6:2-6:8");
    assertThat(at(two.get(0).terminator().orElseThrow())).isEqualTo("7:2-7:5");
    assertThat(two.get(1).expands()).isFalse();
    assertThat(two.get(1).body().text()).isEqualTo("$HOME stays\n");
    assertThat(at(two.get(1).bodySpan())).isEqualTo("8:1-9:1");

    InstructionNode copy = parsed.instructions().get(3);
    assertThat(copy.arguments()).extracting(Word::text).containsExactly("<<EOF", "/etc/conf");
    assertThat(copy.heredocs().get(0).body().text()).isEqualTo("key=value\n");
  }

  @Test
  void heredocsAreOnlyReadForShellFormRunCopyAndAdd() {
    ParsedDockerfile parsed = parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nENV A=<<EOF\n"
        + "RUN echo \"<<EOF\" <<<here\n");
    assertThat(parsed.instructions()).hasSize(4);
    assertThat(parsed.instructions()).allMatch(i -> i.heredocs().isEmpty());
    assertThat(parsed.problems()).isEmpty();
  }

  @Test
  void anUnterminatedHeredocIsAProblemAndRunsToTheEnd() {
    ParsedDockerfile parsed = parse("FROM a\nRUN <<EOF\necho one\nRUN echo two\n");
    assertThat(parsed.instructions()).hasSize(2);
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("unterminated here-document", "'EOF'");
      assertThat(at(p.span())).isEqualTo("2:5-2:10");
    });
    Heredoc heredoc = parsed.instructions().get(1).heredocs().get(0);
    assertThat(heredoc.isTerminated()).isFalse();
    assertThat(heredoc.body().text()).isEqualTo("echo one\nRUN echo two\n");
  }

  @Test
  void readsExecFormStringsWithPositions() {
    ParsedDockerfile parsed = parse("FROM a\nCMD [ \"app\", \"--say\", \"a \\\"b\\\"\" ]\n");
    InstructionNode cmd = parsed.instructions().get(1);
    assertThat(cmd.isExecForm()).isTrue();
    assertThat(cmd.arguments()).extracting(Word::value).containsExactly("app", "--say", "a \"b\"");
    assertThat(at(cmd.arguments().get(0).span())).isEqualTo("2:7-2:12");
    assertThat(parsed.problems()).isEmpty();
  }

  @Test
  void brokenJsonArraysAreProblemsAndReadAsShellForm() {
    ParsedDockerfile parsed = parse("""
        FROM a
        CMD ['app', '--serve']
        ENTRYPOINT ["app",]
        RUN ["a", "b"
        RUN [ -f /etc/x ] && echo ok
        RUN [ "$A" = "b" ]
        CMD ["app", 1]
        CMD ["app"] extra
        HEALTHCHECK CMD [ -f /tmp/healthy ]
        """);
    List<InstructionNode> nodes = parsed.instructions();
    assertThat(nodes.get(1).form()).isEqualTo(InstructionNode.Form.BROKEN_EXEC);
    assertThat(nodes.get(2).form()).isEqualTo(InstructionNode.Form.BROKEN_EXEC);
    assertThat(nodes.get(3).form()).isEqualTo(InstructionNode.Form.SHELL);
    assertThat(nodes.get(4).form()).isEqualTo(InstructionNode.Form.SHELL);
    assertThat(nodes.get(5).form()).isEqualTo(InstructionNode.Form.SHELL);
    assertThat(nodes.get(6).isExecForm()).isTrue();
    assertThat(nodes.get(7).isExecForm()).isTrue();
    assertThat(nodes.get(8).form()).isEqualTo(InstructionNode.Form.SHELL);
    assertThat(parsed.problems()).extracting(p -> at(p.span()) + " " + p.message()).containsExactly(
        "2:6-2:7 CMD: not a valid JSON array (strings must be in double quotes (\"), not single "
            + "quotes), so Docker reads it as shell form",
        "3:19-3:20 ENTRYPOINT: not a valid JSON array (a comma before ']' is not allowed in "
            + "JSON), so Docker reads it as shell form",
        "7:13-7:14 CMD: in an exec-form (JSON) array every element must be a string",
        "8:13-8:18 CMD: unexpected text after the JSON array");
  }

  @Test
  void readsFlagsWithNamesValuesAndSpans() {
    ParsedDockerfile parsed = parse("""
        FROM --platform=$BUILDPLATFORM golang AS build
        RUN --mount=type=cache,target="/root/.cache" --network=none -- go build
        COPY --from=build --link /out /app
        """);
    InstructionNode from = parsed.instructions().get(0);
    Flag platform = from.flags().get(0);
    assertThat(platform.name()).isEqualTo("platform");
    assertThat(platform.valueText()).contains("$BUILDPLATFORM");
    assertThat(at(platform.span())).isEqualTo("1:6-1:31");
    assertThat(at(platform.nameSpan())).isEqualTo("1:6-1:16");
    assertThat(at(platform.valueSpan())).isEqualTo("1:17-1:31");
    assertThat(from.arguments()).extracting(Word::text).containsExactly("golang", "AS", "build");

    InstructionNode run = parsed.instructions().get(1);
    assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "network");
    assertThat(run.flags().get(0).valueText()).contains("type=cache,target=/root/.cache");
    assertThat(run.argumentText().orElseThrow().text()).isEqualTo("go build");

    InstructionNode copy = parsed.instructions().get(2);
    assertThat(copy.flags().get(1).name()).isEqualTo("link");
    assertThat(copy.flags().get(1).value()).isEmpty();
    assertThat(at(copy.flags().get(1).valueSpan())).isEqualTo("3:25-3:25");
    assertThat(copy.arguments()).extracting(Word::text).containsExactly("/out", "/app");
  }

  @Test
  void onbuildWrapsATriggerWithItsOwnSpans() {
    ParsedDockerfile parsed = parse(
        "FROM a\nONBUILD  COPY --chown=app . /src\nONBUILD RUN <<EOF\nmake\nEOF\n");
    InstructionNode onbuild = parsed.instructions().get(1);
    InstructionNode trigger = onbuild.trigger().orElseThrow();
    assertThat(trigger.known()).contains(Keyword.COPY);
    assertThat(at(trigger.keyword().span())).isEqualTo("2:10-2:14");
    assertThat(at(trigger.flags().get(0).span())).isEqualTo("2:15-2:26");
    assertThat(trigger.arguments()).extracting(Word::text).containsExactly(".", "/src");
    InstructionNode run = parsed.instructions().get(2);
    assertThat(run.heredocs()).extracting(Heredoc::name).containsExactly("EOF");
    assertThat(run.trigger().orElseThrow().heredocs()).hasSize(1);
    assertThat(at(run.fullSpan())).isEqualTo("3:1-5:4");
    assertThat(parsed.instructions()).hasSize(3);
  }

  @Test
  void envLabelAndArgWordsKeepQuotesInTextAndDropThemInValue() {
    ParsedDockerfile parsed = parse("""
        ARG A B=two
        FROM a
        ENV PATH="/opt/bin:$PATH" MSG='hi there' ESC=a\\ b
        ENV LEGACY some value with spaces
        LABEL broken
        """);
    assertThat(parsed.instructions().get(0).arguments()).extracting(Word::text)
        .containsExactly("A", "B=two");
    assertThat(parsed.instructions().get(2).arguments()).extracting(Word::value)
        .containsExactly("PATH=/opt/bin:$PATH", "MSG=hi there", "ESC=a b");
    assertThat(parsed.instructions().get(3).arguments()).extracting(Word::text)
        .containsExactly("LEGACY", "some value with spaces");
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("LABEL broken has no value: write broken=<value>");
      assertThat(at(p.span())).isEqualTo("5:7-5:13");
    });
  }

  @Test
  void findsVariableReferences() {
    ParsedDockerfile parsed = parse(
        "FROM ${REGISTRY:-docker.io}/python:${PY}-slim\nENV A='$NOT' B=\\$NOT C=\"$YES\"\n");
    Word image = parsed.instructions().get(0).arguments().get(0);
    List<VariableReference> refs = image.variables();
    assertThat(refs).extracting(VariableReference::name).containsExactly("REGISTRY", "PY");
    assertThat(refs.get(0).operator()).contains(":-");
    assertThat(refs.get(0).argument()).contains("docker.io");
    assertThat(refs.get(0).hasDefault()).isTrue();
    assertThat(at(refs.get(1).span())).isEqualTo("1:36-1:41");
    assertThat(image.isSingleVariable()).isFalse();
    List<Word> env = parsed.instructions().get(1).arguments();
    assertThat(env.get(0).variables()).isEmpty();
    assertThat(env.get(1).variables()).isEmpty();
    assertThat(env.get(2).variables()).extracting(VariableReference::name).containsExactly("YES");
  }

  @Test
  void keepsGoingAfterProblemsAndReadsEverythingElse() {
    ParsedDockerfile parsed = parse("FROM a\nCMD ['x']\nRUN <<EOF\n");
    assertThat(parsed.instructions()).hasSize(3);
    assertThat(parsed.problems()).hasSize(2);
  }

  @Test
  void emptyAndCommentOnlyFilesHaveNoInstructions() {
    assertThat(parse("").instructions()).isEmpty();
    assertThat(parse("# only\n\n  # comments\n").instructions()).isEmpty();
    assertThat(parse("# only\n\n  # comments\n").comments()).hasSize(2);
  }

  @Test
  void aContinuationAtTheEndOfTheFileEndsTheInstruction() {
    ParsedDockerfile parsed = parse("FROM a\nRUN echo \\\n# trailing comment\n");
    assertThat(parsed.instructions()).hasSize(2);
    assertThat(parsed.instructions().get(1).argumentText().orElseThrow().text()).isEqualTo("echo");
    assertThat(parsed.comments()).hasSize(1);
  }

  @Test
  void commentLinesInsideHeredocBodiesAreComments() {
    ParsedDockerfile parsed = parse("FROM a\nRUN <<EOF\n#!/bin/sh\n  # inside\necho\nEOF\n");
    assertThat(parsed.comments()).extracting(Comment::line).containsExactly(4);
  }
}
