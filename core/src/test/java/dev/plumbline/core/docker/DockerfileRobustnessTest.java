package dev.plumbline.core.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.docker.CommandInstruction;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Expose;
import dev.plumbline.core.model.docker.FileCopy;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.KeyValueInstruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.User;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input never makes the parser, the model or the scripts throw, and every span they give
 * stays inside the file: truncations of a file that uses every feature, random token soup, and
 * deep nesting.
 */
class DockerfileRobustnessTest {

  private static final String SAMPLE = """
      # syntax=docker/dockerfile:1
      ARG BASE=${REGISTRY:-docker.io}/library/debian:12
      FROM --platform=$BUILDPLATFORM ${BASE}@sha256:abc AS Build
      SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
      RUN --mount=type=cache,target="/var/cache/apt" apt-get update \\
          # inside
          && apt-get install -y curl \\

          && echo "done # not a comment"
      RUN <<EOF bash
      echo "${HOME}" | tee /x
      EOF
      RUN <<-A cat > /a && cat <<'B' > /b
      \tone
      \tA
      two
      B
      COPY --from=build --chown=1:1 <<EOF /etc/x
      k=v
      EOF
      ENV A=1 B="two words" C=a\\ b
      ENV LEGACY value with spaces
      EXPOSE 80/tcp ${PORT}
      USER app:app
      HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://x/"]
      CMD ["app", "--flag"]
      ONBUILD RUN echo 🐳 later
      ENTRYPOINT app 🐳
      """;

  private static final String BACKTICK = "# escape=`\nFROM w\nRUN dir C:\\ `\n  && echo `\n"
      + "# c\n  done\nCOPY [\"a\", `\n \"b\"]\n";

  private static final String[] TOKENS = {"FROM", "RUN", "COPY", "ONBUILD", "SHELL", "CMD",
      "HEALTHCHECK", "ENV", "ARG", "EXPOSE", "USER", "from", "ADD", "NOPE", " ", " ", "\t", "\n",
      "\n", "\r\n", "\\\n", "\\", "`", "`\n", "# escape=`\n", "#", "# c\n", "<<EOF", "<<-EOF",
      "<<'EOF'", "EOF\n", "\tEOF\n", "[", "]", "\"", "'", ",", "=", "--", "--mount=", "--from=x",
      "--link", "${", "}", "$A", ":-", "@sha256:", ":tag", "/", "AS", "x", "🐳", "\u00a0", "1"};

  @Test
  void everyTruncationOfARichFileIsReadWithoutErrors() {
    for (String text : new String[] {SAMPLE, BACKTICK}) {
      for (int end = 0; end <= text.length(); end++) {
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
          continue;
        }
        exercise(text.substring(0, end));
      }
    }
  }

  @Test
  void randomTokenSoupIsReadWithoutErrors() {
    Random random = new Random(20260101L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      exercise(text.toString());
    }
  }

  @Test
  void deepNestingAndLongLinesDoNotExhaustTheStack() {
    exercise("FROM a\n" + "ONBUILD ".repeat(20_000) + "RUN x\n");
    exercise("FROM a\nCMD " + "[".repeat(50_000) + "\n");
    exercise("FROM a\nCMD [\"a\", " + "[".repeat(50_000) + "]\n");
    exercise("FROM a\nRUN " + "echo \\\n".repeat(20_000) + "done\n");
    exercise("FROM a\nENV " + "${".repeat(20_000) + "\n");
    exercise("FROM a\nENV A=" + "${A:-".repeat(20_000) + "}".repeat(19_999) + "\n");
    Dockerfile df = exercise("FROM a\nRUN " + "<<E ".repeat(2_000) + "\n" + "E\n".repeat(2_000));
    assertThat(df.problems()).isEmpty();
  }

  static Dockerfile exercise(String text) {
    SourceFile file = SourceFile.of("Dockerfile", text);
    Dockerfile df = Dockerfile.parse(file);
    for (DockerProblem problem : df.problems()) {
      check(file, problem.span());
    }
    df.comments().forEach(c -> check(file, c.span()));
    df.directives().forEach(d -> check(file, d.valueSpan()));
    for (Instruction instruction : df.instructions()) {
      touch(file, instruction);
      if (instruction instanceof Onbuild onbuild) {
        onbuild.trigger().ifPresent(t -> touch(file, t));
      }
    }
    for (Stage stage : df.stages()) {
      stage.label();
      stage.baseStage();
      stage.image().ifPresent(image -> {
        check(file, image.repository().span());
        image.registry().ifPresent(r -> check(file, r.span()));
        image.tag().ifPresent(t -> check(file, t.span()));
        image.digest().ifPresent(d -> check(file, d.span()));
        image.isScratch();
        image.isVariable();
      });
      stage.alias().ifPresent(a -> check(file, a.span()));
    }
    return df;
  }

  private static void touch(SourceFile file, Instruction instruction) {
    check(file, instruction.keywordSpan());
    check(file, instruction.span());
    check(file, instruction.lineSpan());
    for (Flag flag : instruction.flags()) {
      check(file, flag.span());
      check(file, flag.nameSpan());
      check(file, flag.valueSpan());
    }
    for (Word word : instruction.arguments()) {
      check(file, word.span());
      word.value();
      word.variables().forEach(v -> check(file, v.span()));
    }
    for (Heredoc heredoc : instruction.heredocs()) {
      check(file, heredoc.bodySpan());
      heredoc.terminator().ifPresent(t -> check(file, t));
      heredoc.shebang();
      checkAll(file, heredoc.content());
    }
    if (instruction instanceof CommandInstruction command) {
      check(file, command.command().span());
      command.command().program();
      command.shell().options();
    }
    if (instruction instanceof Run run) {
      run.mounts().forEach(m -> m.target());
      run.script().ifPresent(script -> {
        for (int i = 0; i <= script.text().length(); i++) {
          check(file, script.span(i, Math.min(i + 1, script.text().length())));
        }
        check(file, script.span(0, script.text().length()));
      });
    }
    if (instruction instanceof KeyValueInstruction kv) {
      kv.pairs().forEach(p -> check(file, p.span()));
    }
    if (instruction instanceof FileCopy copy) {
      copy.sources().forEach(s -> copy.heredoc(s));
      copy.destination().ifPresent(d -> check(file, d.span()));
    }
    if (instruction instanceof Expose expose) {
      expose.ports().forEach(p -> p.protocol().ifPresent(w -> check(file, w.span())));
    }
    if (instruction instanceof User user) {
      user.isRoot();
      user.group().ifPresent(g -> check(file, g.span()));
    }
    if (instruction instanceof Healthcheck check) {
      check.command().ifPresent(c -> check(file, c.span()));
    }
  }

  private static void checkAll(SourceFile file, JoinedText text) {
    for (int i = 0; i < text.length(); i++) {
      check(file, text.span(i, i + 1));
    }
  }

  private static void check(SourceFile file, Span span) {
    assertThat(span.start().offset()).isBetween(0, file.text().length());
    assertThat(span.end().offset()).isBetween(span.start().offset(), file.text().length());
  }
}
