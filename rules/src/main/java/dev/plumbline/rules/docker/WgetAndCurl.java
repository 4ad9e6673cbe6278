package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.CommandLine;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Operator;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Both curl and wget in one image: the final stage and the stages it builds on run both, install
 * both, or run one and check health with the other. Build stages copied from are thrown away and
 * do not count, nor does a tool installed and removed again in the same RUN, nor a RUN that
 * falls back from one to the other ({@code command -v curl || ...}, {@code curl ... || wget
 * ...}), nor do toolbox images and development containers ({@link ToolboxImage}), which hold
 * their tools on purpose. The finding is at the first use of the tool that came second.
 */
@Rule(id = "DKR034", name = "wget-and-curl", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"performance"},
    summary = "The image uses both wget and curl where one download tool would do")
public final class WgetAndCurl implements DockerfileRule {

  private static final List<String> TOOLS = List.of("curl", "wget");

  /** One place the image needs a tool. */
  private record Use(String tool, Span span, boolean installs) {
    int line() {
      return span.start().line();
    }
  }

  @Override
  public void visitDockerfileEnd(Dockerfile dockerfile, RuleContext ctx) {
    Optional<FinalImage> chain = FinalImage.of(dockerfile);
    if (chain.isEmpty() || ToolboxImage.is(chain.get(), ctx)) {
      return;
    }
    List<Use> uses = new ArrayList<>();
    for (Stage stage : chain.get().buildOrder()) {
      for (Instruction instruction : stage.instructions()) {
        if (instruction instanceof Run run) {
          run.script().ifPresent(script -> collect(script, uses));
        } else if (instruction instanceof Healthcheck check) {
          check.command().flatMap(WgetAndCurl::program).ifPresent(uses::add);
        }
      }
    }
    if (uses.isEmpty()) {
      return;
    }
    Use first = uses.get(0);
    for (Use use : uses) {
      if (!use.tool().equals(first.tool())) {
        String what = use.installs() ? "installed" : "used";
        ctx.report(use.span(), "'" + use.tool() + "' is " + what + " here while '" + first.tool()
                + "' is " + (first.installs() ? "installed" : "used") + " at line "
                + first.line() + ": the image carries two download tools",
            "do every download with " + first.tool() + " (or every one with " + use.tool()
                + ") and install only that one");
        return;
      }
    }
  }

  private static void collect(Script script, List<Use> uses) {
    if (fallsBack(script)) {
      return;
    }
    KeptPackages kept = KeptPackages.of(script);
    List<Use> found = new ArrayList<>();
    for (String tool : TOOLS) {
      for (PackageChange install : kept.installs()) {
        install.find(tool).filter(w -> install.name(w).equals(tool))
            .filter(w -> kept.keeps(install, tool))
            .ifPresent(w -> found.add(new Use(tool, script.span(w), true)));
      }
    }
    for (Command c : script.commands()) {
      Command e = c.effective();
      if (e.is("curl", "wget") && !removedInThisRun(kept, e.program())) {
        found.add(new Use(e.program(), script.span(e.nameWord().orElseThrow()), false));
      }
    }
    found.sort((a, b) -> Integer.compare(a.span().start().offset(), b.span().start().offset()));
    uses.addAll(found);
  }

  /** A tool the RUN installs and removes again is gone before the layer is stored. */
  private static boolean removedInThisRun(KeptPackages kept, String tool) {
    for (PackageChange install : kept.installs()) {
      if (install.find(tool).isPresent() && !kept.keeps(install, tool)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the RUN picks whichever tool is there: it asks for one ({@code command -v},
   * {@code which}, {@code type}, {@code hash}), or joins them with {@code ||}.
   */
  private static boolean fallsBack(Script script) {
    List<Command> tools = new ArrayList<>();
    for (Command c : script.commands()) {
      Command e = c.effective();
      boolean probe = (c.is("command") && c.hasFlag("-v", "-V") || e.is("which", "type", "hash"))
          && c.args().stream().anyMatch(w -> TOOLS.contains(w.value()));
      if (probe) {
        return true;
      }
      if (e.is("curl", "wget")) {
        tools.add(e);
      }
    }
    for (int i = 0; i + 1 < tools.size(); i++) {
      Command a = tools.get(i);
      Command b = tools.get(i + 1);
      if (!a.program().equals(b.program()) && script.text().substring(a.end(), b.start())
          .contains(Operator.Kind.OR.text())) {
        return true;
      }
    }
    return false;
  }

  /** The tool a HEALTHCHECK CMD runs, if it is one of them. */
  private static Optional<Use> program(CommandLine command) {
    Optional<String> program = command.program()
        .map(p -> p.substring(p.lastIndexOf('/') + 1));
    if (program.isEmpty() || !TOOLS.contains(program.get())) {
      return Optional.empty();
    }
    Span span;
    if (command.isExecForm()) {
      span = command.execForm().get(0).span();
    } else {
      Word text = command.shellForm().orElseThrow();
      int start = text.text().length() - text.text().stripLeading().length();
      span = text.spanOf(start, start + command.program().get().length());
    }
    return Optional.of(new Use(program.get(), span, false));
  }
}
