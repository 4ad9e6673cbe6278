package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Heredoc;
import dev.plumbline.core.docker.Keyword;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.FileCopy;
import dev.plumbline.core.model.docker.From;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.model.docker.Shell;
import dev.plumbline.core.model.docker.UnknownInstruction;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suggestions;
import dev.plumbline.core.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dockerfiles Docker would refuse to build. What the parser finds (bad directives, unterminated
 * here-documents, broken JSON arrays, ENV without '=') is reported under this rule by the engine;
 * this class checks each instruction the way BuildKit does before it builds anything: known
 * keyword, known flags with the right kind of value, the arguments it needs, FROM first.
 */
@Rule(id = "DKR000", name = "invalid-dockerfile", platform = Platform.DOCKERFILE,
    severity = Severity.ERROR, tags = {"correctness"},
    summary = "Dockerfile that Docker would refuse to build")
public final class InvalidDockerfile implements DockerfileRule {

  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
  private static final List<String> KEYWORDS =
      Arrays.stream(Keyword.values()).map(Enum::name).toList();

  @Override
  public void visitDockerfile(Dockerfile dockerfile, RuleContext ctx) {
    if (dockerfile.instructions().isEmpty()) {
      ctx.report(Span.at(ctx.file().position(0)), "the Dockerfile has no instructions",
          "start it with FROM <image>");
    } else if (dockerfile.stages().isEmpty()) {
      Instruction first = dockerfile.instructions().get(0);
      ctx.report(first.keywordSpan(), "the Dockerfile has no FROM instruction: there is no "
          + "stage to build", "add FROM <image> after the global ARGs");
    }
  }

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    check(instruction, ctx);
    if (instruction.stage().isEmpty() && !instruction.keyword().equals("ARG")
        && !(instruction instanceof UnknownInstruction)
        && !instruction.keyword().equals("FROM")) {
      ctx.report(instruction.keywordSpan(), instruction.keyword() + " comes before the first "
          + "FROM; only ARG may", "move it into a stage, after FROM");
    }
  }

  private static void check(Instruction instruction, RuleContext ctx) {
    if (instruction instanceof UnknownInstruction) {
      String keyword = instruction.syntax().keyword().text();
      ctx.report(instruction.keywordSpan(), "unknown instruction '" + keyword + "'"
          + Suggestions.didYouMean(keyword.toUpperCase(Locale.ROOT), KEYWORDS));
      return;
    }
    Keyword keyword = instruction.syntax().known().orElseThrow();
    if (!(instruction instanceof Healthcheck h && h.isNone())) {
      FlagCheck.check(instruction, keyword, ctx);
    }
    checkArguments(instruction, keyword, ctx);
    if (instruction instanceof Onbuild onbuild) {
      onbuild.trigger().filter(t -> !isDisallowedTrigger(t)).ifPresent(t -> check(t, ctx));
    }
  }

  /** ONBUILD of FROM, MAINTAINER or ONBUILD is DKR035's finding. */
  private static boolean isDisallowedTrigger(Instruction trigger) {
    return List.of("FROM", "MAINTAINER", "ONBUILD").contains(trigger.keyword());
  }

  private static void checkArguments(Instruction instruction, Keyword keyword, RuleContext ctx) {
    List<Word> args = instruction.arguments();
    switch (keyword) {
      case ADD, COPY -> checkCopy((FileCopy) instruction, ctx);
      case ARG, ENV, LABEL -> {
        needsOne(instruction, ctx);
        checkNames(instruction, keyword, ctx);
      }
      case EXPOSE, ONBUILD, RUN -> needsOne(instruction, ctx);
      case VOLUME -> {
        needsOne(instruction, ctx);
        args.stream().filter(a -> a.value().isBlank()).forEach(a ->
            ctx.report(a.span(), "VOLUME paths cannot be empty"));
      }
      case MAINTAINER, USER, WORKDIR, STOPSIGNAL -> needsOne(instruction, ctx);
      case FROM -> checkFrom((From) instruction, ctx);
      case SHELL -> checkShell((Shell) instruction, ctx);
      case HEALTHCHECK -> HealthcheckCheck.check((Healthcheck) instruction, ctx);
      case CMD, ENTRYPOINT -> { } // an empty command is allowed: it resets the image's
    }
  }

  private static void needsOne(Instruction instruction, RuleContext ctx) {
    if (instruction.arguments().isEmpty()) {
      ctx.report(instruction.keywordSpan(), instruction.keyword() + " needs an argument");
    }
  }

  /** {@code =value} without a name; words without '=' are the parser's finding. */
  private static void checkNames(Instruction instruction, Keyword keyword, RuleContext ctx) {
    List<Word> args = instruction.arguments();
    boolean legacy = keyword != Keyword.ARG && !args.isEmpty()
        && args.get(0).text().indexOf('=') < 0;
    if (legacy) {
      return;
    }
    for (Word word : args) {
      if (word.text().startsWith("=")) {
        ctx.report(word.span(), keyword + " '" + word.text() + "' has no name before '='");
      }
    }
  }

  private static void checkCopy(FileCopy copy, RuleContext ctx) {
    if (copy.arguments().size() < 2) {
      ctx.report(copy.keywordSpan(), copy.keyword() + " needs at least one source and a "
          + "destination", "write " + copy.keyword() + " <source>... <destination>");
      return;
    }
    Word destination = copy.destination().orElseThrow();
    for (Heredoc heredoc : copy.heredocs()) {
      if (heredoc.word().span().equals(destination.span())) {
        ctx.report(destination.span(), "a here-document cannot be the destination of "
            + copy.keyword());
      }
    }
  }

  private static void checkFrom(From from, RuleContext ctx) {
    List<Word> args = from.arguments();
    if (args.size() == 3 && from.asKeyword().isPresent()) {
      Word alias = args.get(2);
      if (!STAGE_NAME.matcher(alias.value().toLowerCase(Locale.ROOT)).matches()) {
        ctx.report(alias.span(), "invalid stage name '" + alias.text() + "': it must start with a "
            + "letter and hold only letters, digits, '-', '_' and '.'");
      }
    } else if (args.size() != 1) {
      Span span = args.isEmpty() ? from.keywordSpan() : args.get(0).span()
          .union(args.get(args.size() - 1).span());
      ctx.report(span, "FROM takes an image and, optionally, AS <name>", args.size() == 3
          ? "the second word must be AS" : "write FROM <image> [AS <name>]");
    }
  }

  private static void checkShell(Shell shell, RuleContext ctx) {
    if (shell.arguments().isEmpty()) {
      ctx.report(shell.keywordSpan(), "SHELL needs a JSON array such as "
          + "[\"/bin/bash\", \"-c\"]");
    } else if (!shell.isExecForm()) {
      ctx.report(shell.argumentText().orElseThrow().span(),
          "SHELL must be written as a JSON array, such as [\"/bin/bash\", \"-c\"]");
    }
  }
}
