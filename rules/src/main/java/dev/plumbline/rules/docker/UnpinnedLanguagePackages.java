package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.DockerfileRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Language packages installed by name without an exact version: {@code pip install flask}
 * (or only a range, {@code flask>=2}), {@code npm install -g typescript} (or a tag or range,
 * {@code typescript@^5}), {@code gem install bundler} without {@code -v} or {@code :version},
 * {@code go install tool@latest} (also {@code go get} and {@code go run}; or a branch).
 * Requirements files, constraints files, lockfiles,
 * local paths, archives and URLs are not judged here. One finding per command, at its first
 * unpinned package, naming all of them.
 */
@Rule(id = "DKR014", name = "unpinned-language-packages", platform = Platform.DOCKERFILE,
    severity = Severity.WARNING, tags = {"reproducibility", "supply-chain"},
    enabledByDefault = false,
    summary = "pip, npm, gem or go install of a package without an exact version")
public final class UnpinnedLanguagePackages implements DockerfileRule {

  /** An exact npm version: 1.2.3, =1.2.3, v1.2.3, with an optional pre-release or build. */
  private static final Pattern NPM_EXACT =
      Pattern.compile("[=v]?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?");
  /** A Go module version or commit: v1.2.3, v0.0.0-2024...-abcdef, or a commit hash. */
  private static final Pattern GO_VERSION =
      Pattern.compile("v[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?|[0-9a-f]{7,40}");
  private static final Pattern PIP_ARCHIVE = Pattern.compile(".*\\.(whl|tar\\.gz|tgz|zip|tar)$");

  @Override
  public void visitInstruction(Instruction instruction, RuleContext ctx) {
    RunScript.of(instruction).ifPresent(script -> check(script, ctx));
  }

  private static void check(Script script, RuleContext ctx) {
    for (Command command : script.commands()) {
      Optional<Pip> pip = Pip.install(command);
      if (pip.isPresent()) {
        if (!pip.get().has("-c", "--constraint")) {
          List<Word> operands = pip.get().operands();
          report(script, "pip", unpinned(operands.subList(1, operands.size()),
              UnpinnedLanguagePackages::pipPinned), "pin each one (flask==3.0.3), or install "
              + "from a requirements file with exact versions: pip install -r requirements.txt",
              ctx);
        }
        continue;
      }
      Optional<NpmInstall> npm = NpmInstall.of(command);
      if (npm.isPresent()) {
        report(script, "npm", unpinned(npm.get().packages(), UnpinnedLanguagePackages::npmPinned),
            "pin each one (typescript@5.4.5), or list them in package.json with a lockfile "
                + "and run npm ci", ctx);
        continue;
      }
      Command c = command.effective();
      if (c.is("gem")) {
        gem(c).ifPresent(gems -> report(script, "gem", gems, "pin each one: gem install "
            + "bundler:2.5.10 (or -v 2.5.10), or install from a Gemfile.lock with bundle "
            + "install", ctx));
      } else if (c.is("go")) {
        goPackages(c).ifPresent(packages -> report(script, "go", unpinned(packages,
            UnpinnedLanguagePackages::goPinned), "name a release or commit: go install "
            + "golang.org/x/tools/cmd/goimports@v0.21.0", ctx));
      }
    }
  }

  private static void report(Script script, String tool, List<Word> unpinned, String hint,
      RuleContext ctx) {
    if (unpinned.isEmpty()) {
      return;
    }
    List<String> names = unpinned.stream().limit(3).map(w -> "'" + w.value() + "'").toList();
    String more = unpinned.size() > 3 ? " and " + (unpinned.size() - 3) + " more" : "";
    ctx.report(script.span(unpinned.get(0)), tool + " installs " + String.join(", ", names)
        + more + " without an exact version: each build may get a different one", hint);
  }

  private interface Pinned {
    /** Whether the package word is pinned, or not a registry package at all. */
    boolean test(String value);
  }

  private static List<Word> unpinned(List<Word> packages, Pinned pinned) {
    List<Word> found = new ArrayList<>();
    for (Word w : packages) {
      if (!w.value().isEmpty() && !pinned.test(w.value())) {
        found.add(w);
      }
    }
    return found;
  }

  private static boolean pipPinned(String p) {
    return p.contains("==") || p.contains("@") || p.contains("/") || p.startsWith(".")
        || p.contains("$") && !p.matches(".*[<>~!]=?.*") || PIP_ARCHIVE.matcher(p).matches();
  }

  private static boolean npmPinned(String p) {
    if (p.startsWith(".") || p.startsWith("/") || p.startsWith("~") || p.contains(":")
        || p.endsWith(".tgz") || p.endsWith(".tar.gz") || p.endsWith(".tar")) {
      return true; // a folder, an archive, a URL, git+..., file:, github:
    }
    String rest = p.startsWith("@") ? p.substring(Math.max(p.indexOf('/'), 0)) : p;
    int at = rest.indexOf('@');
    if (at < 0) {
      // user/repo is a GitHub shorthand; a bare name is the latest release
      return rest.contains("/") && !p.startsWith("@") || p.contains("$");
    }
    String version = rest.substring(at + 1);
    return NPM_EXACT.matcher(version).matches() || version.contains("$");
  }

  private static boolean goPinned(String p) {
    int at = p.lastIndexOf('@');
    if (at < 0) {
      return true; // a package of the module being built: go.mod gives the versions
    }
    String version = p.substring(at + 1);
    return GO_VERSION.matcher(version).matches() || version.contains("$");
  }

  /**
   * The packages of {@code go install} and {@code go get}, and the one {@code go run} runs (the
   * words after it are the program's arguments).
   */
  private static Optional<List<Word>> goPackages(Command c) {
    List<Word> operands = c.operands("-o", "-ldflags", "-gcflags", "-tags", "-mod", "-modfile",
        "-p", "-C", "-asmflags", "-overlay", "-pkgdir", "-toolexec", "-exec");
    if (operands.isEmpty()) {
      return Optional.empty();
    }
    List<Word> rest = operands.subList(1, operands.size());
    return switch (operands.get(0).value()) {
      case "install", "get" -> Optional.of(rest);
      case "run" -> Optional.of(rest.isEmpty() ? rest : rest.subList(0, 1));
      default -> Optional.empty();
    };
  }

  /** The gems of {@code gem install} that name no version, if it is one. */
  private static Optional<List<Word>> gem(Command c) {
    List<Word> operands = c.operands("-v", "--version", "-s", "--source", "-i",
        "--install-dir", "-n", "--bindir", "--platform", "-g", "--file");
    if (operands.isEmpty() || !List.of("install", "i").contains(operands.get(0).value())) {
      return Optional.empty();
    }
    if (c.hasFlag("-v", "--version")) {
      return Optional.of(List.of());
    }
    return Optional.of(unpinned(operands.subList(1, operands.size()),
        g -> g.contains(":") || g.endsWith(".gem") || g.contains("$")));
  }
}
