package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Copy;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image built in one stage (the final stage and the stages it builds on take nothing from
 * other stages) that installs compilers or build tools and keeps them, or runs a build
 * ({@code go build}, {@code mvn package}, {@code npm run build}...) whose toolchain then ships
 * with the result. Tools removed again in the RUN that installed them do not count. Toolbox
 * images and development containers ({@link ToolboxImage}) hold their tools on purpose. One
 * finding per image, at the first such package or build.
 */
@Rule(id = "DKR026", name = "single-stage-build-tools", platform = Platform.DOCKERFILE,
    severity = Severity.NOTE, tags = {"performance", "security"},
    summary = "Single-stage image that ships the compilers and build tools it was built with")
public final class SingleStageBuildTools implements DockerfileRule {

  /** Compilers and build tools, by the package names each family uses. */
  private static final Map<PackageManager.Family, List<String>> TOOLS = Map.of(
      PackageManager.Family.APT, List.of("build-essential", "gcc", "g++", "clang", "make",
          "cmake", "maven", "gradle", "golang", "golang-go", "rustc", "cargo"),
      PackageManager.Family.APK, List.of("build-base", "gcc", "g++", "clang", "make", "cmake",
          "maven", "gradle", "go", "rust", "cargo"),
      PackageManager.Family.RPM, List.of("gcc", "gcc-c++", "clang", "make", "cmake", "maven",
          "gradle", "golang", "rust", "cargo", "@development-tools", "Development Tools"),
      PackageManager.Family.ZYPPER, List.of("gcc", "gcc-c++", "clang", "make", "cmake", "maven",
          "gradle", "go", "rust", "cargo"));

  @Override
  public void visitDockerfileEnd(Dockerfile dockerfile, RuleContext ctx) {
    Optional<FinalImage> chain = FinalImage.of(dockerfile);
    if (chain.isEmpty() || takesFromOtherStages(chain.get())
        || ToolboxImage.is(chain.get(), ctx)) {
      return;
    }
    for (Stage stage : chain.get().buildOrder()) {
      for (Instruction instruction : stage.instructions()) {
        if (!(instruction instanceof Run run) || run.script().isEmpty()) {
          continue;
        }
        Script script = run.script().get();
        Optional<Finding> found = firstTool(script).or(() -> firstBuild(script));
        if (found.isPresent()) {
          ctx.report(found.get().span(), found.get().message(),
              "build in a stage of its own (FROM ... AS build) and COPY --from=build only the "
                  + "result into a slim final stage; or remove the tools in the RUN that uses "
                  + "them (apt-get purge --auto-remove, apk del .build-deps)");
          return;
        }
      }
    }
  }

  private record Finding(Span span, String message) {}

  /** Whether the image copies or mounts anything from another stage: a multi-stage build. */
  private static boolean takesFromOtherStages(FinalImage chain) {
    for (Stage stage : chain.stages()) {
      for (Instruction instruction : stage.instructions()) {
        if (instruction instanceof Copy copy && copy.fromStage().isPresent()) {
          return true;
        }
        if (instruction instanceof Run run && run.mounts().stream().map(Mount::options)
            .anyMatch(o -> o.containsKey("from") && stage.dockerfile().stage(o.get("from"))
                .isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Finding> firstTool(Script script) {
    KeptPackages kept = KeptPackages.of(script);
    for (PackageChange install : kept.installs()) {
      for (Word word : install.packages()) {
        String name = install.name(word);
        for (String tool : TOOLS.get(install.manager())) {
          if (PackageChange.isNamed(name, tool) && kept.keeps(install, tool)) {
            return Optional.of(new Finding(script.span(word), "build tool '" + name
                + "' is installed into a single-stage image and ships with it"));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Finding> firstBuild(Script script) {
    for (Command command : script.commands()) {
      Command c = command.effective();
      Optional<Word> step = buildStep(c);
      if (step.isPresent()) {
        Word name = c.nameWord().orElseThrow();
        String text = RunScript.oneLine(script.text().substring(name.start(), step.get().end()));
        return Optional.of(new Finding(script.span(name.start(), step.get().end()), "'" + text
            + "' builds in a single-stage image: the toolchain it needs ships with the result"));
      }
    }
    return Optional.empty();
  }

  /** The word that makes a command a build: {@code build} of {@code go build}. */
  private static Optional<Word> buildStep(Command c) {
    List<Word> operands = c.operands();
    if (operands.isEmpty()) {
      return Optional.empty();
    }
    Word first = operands.get(0);
    String sub = first.value();
    if (c.is("go", "cargo") && sub.equals("build")) {
      return Optional.of(first);
    }
    if (c.is("mvn", "mvnw")) {
      return operands.stream().filter(w -> List.of("package", "install", "verify")
          .contains(w.value())).findFirst();
    }
    if (c.is("gradle", "gradlew")) {
      return operands.stream().filter(w -> List.of("build", "assemble", "bootJar", "jar",
          "shadowJar", "installDist").contains(w.value())).findFirst();
    }
    if (c.is("dotnet") && (sub.equals("build") || sub.equals("publish"))) {
      return Optional.of(first);
    }
    if (c.is("npm", "yarn", "pnpm") && sub.equals("run") && operands.size() > 1
        && operands.get(1).value().equals("build")) {
      return Optional.of(operands.get(1));
    }
    if (c.is("yarn", "pnpm") && sub.equals("build")) {
      return Optional.of(first);
    }
    return Optional.empty();
  }
}
