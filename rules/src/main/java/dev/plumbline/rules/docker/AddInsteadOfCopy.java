package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Add;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Onbuild;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ADD where COPY says the same thing more plainly (local files that are not archives), and ADD of
 * a URL without {@code --checksum}, whose content is whatever the server returns that day.
 */
@Rule(id = "DKR006", name = "add-instead-of-copy", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"best-practice", "supply-chain"},
    summary = "ADD of plain local files, or of a URL without --checksum")
public final class AddInsteadOfCopy implements DockerfileRule {

  private static final int NAMES_SHOWN = 3;

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    if (instruction instanceof Add add) {
      check(add, ctx);
    } else if (instruction instanceof Onbuild onbuild
        && onbuild.trigger().orElse(null) instanceof Add add) {
      check(add, ctx);
    }
  }

  private static void check(Add add, RuleContext ctx) {
    List<Word> sources = add.sources();
    if (sources.isEmpty()) {
      return; // invalid-dockerfile reports it
    }
    List<Word> plain = sources.stream()
        .filter(s -> AddSource.of(add, s) == AddSource.PLAIN).toList();
    if (!plain.isEmpty() && plain.size() == sources.size()) {
      ctx.report(add.keywordSpan(), "ADD of " + names(add, plain) + " only copies local files: "
          + "COPY does the same without ADD's downloading and unpacking",
          "replace ADD with COPY; keep ADD for local tar archives that are meant to be unpacked");
    } else if (!plain.isEmpty()) {
      boolean one = plain.size() == 1;
      ctx.report(plain.get(0).span(), names(add, plain) + (one ? " is not an archive" : " are "
          + "not archives") + ": ADD only copies " + (one ? "it" : "them"),
          "copy plain files with a COPY instruction of their own and keep ADD for the archive");
    }
    if (add.checksum().isPresent()) {
      return;
    }
    for (Word source : sources) {
      if (AddSource.of(add, source) == AddSource.URL) {
        ctx.report(source.span(), "ADD downloads '" + Urls.withoutCredentials(source.value())
                + "' without --checksum: the build takes whatever the server returns",
            "pin the content with --checksum=sha256:<digest> (Dockerfile syntax 1.6 or later), "
                + "or download it in a RUN and verify it with sha256sum -c");
      }
    }
  }

  /** {@code 'a.py', 'conf/'} — at most a few names — or {@code a here-document}. */
  private static String names(Add add, List<Word> words) {
    String shown = words.stream().limit(NAMES_SHOWN)
        .map(w -> add.heredoc(w).isPresent() ? "a here-document" : "'" + w.value() + "'")
        .collect(Collectors.joining(", "));
    return words.size() > NAMES_SHOWN
        ? shown + " and " + (words.size() - NAMES_SHOWN) + " more" : shown;
  }
}
