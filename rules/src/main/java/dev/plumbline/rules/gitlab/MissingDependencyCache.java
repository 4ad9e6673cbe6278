package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job that installs a project's dependencies with a package manager while it has no
 * {@code cache:} (its own, a template's or {@code default:}'s; {@code cache: []} and {@code cache: {}} count as none),
 * so every run downloads them again. Reported at the first install command of the job's scripts.
 * Installing a named tool ({@code pip install awscli}, {@code npm install -g x}) is not a project's
 * dependencies and is left alone.
 */
@Rule(id = "GLC014", name = "missing-dependency-cache", platform = Platform.GITLAB_CI,
    severity = Severity.NOTE, tags = {"performance", "cost"},
    summary = "Job installs dependencies without a cache")
public final class MissingDependencyCache implements GitLabRule {

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden() || hasCache(job)) {
      return;
    }
    Map<String, Optional<Script>> scripts = new LinkedHashMap<>();
    scripts.put("before_script", job.beforeScript());
    scripts.put("script", job.script());
    scripts.put("after_script", job.afterScript());
    for (Map.Entry<String, Optional<Script>> written : scripts.entrySet()) {
      if (written.getValue().isEmpty()) {
        continue;
      }
      String keyword = written.getKey();
      Script script = written.getValue().get();
      for (Command command : script.commands()) {
        Command c = command.effective();
        Optional<Installer> installer = Installer.of(c);
        if (installer.isPresent()) {
          Word name = c.nameWord().orElseThrow();
          int end = c.words().get(c.words().size() - 1).end();
          ctx.report(job.nodeOf(script), script.span(name.start(), end),
              WrittenIn.describe(job, keyword) + " runs '" + installer.get().command
                  + "' without a cache: every run downloads the dependencies again",
              "add 'cache:' to the job or to 'default:', keyed on the lock file: "
                  + installer.get().hint);
          return; // one finding per job
        }
      }
    }
  }

  private static boolean hasCache(Job job) {
    Optional<YamlNode> cache = job.cache();
    return cache.isPresent() && !(cache.get() instanceof YamlSequence s && s.items().isEmpty())
        && !(cache.get() instanceof YamlMapping m && m.isEmpty());
  }

  /** A package manager's install command, and how to cache what it downloads. */
  private record Installer(String command, String hint) {

    static Optional<Installer> of(Command c) {
      String sub = c.subcommand().map(Word::value).orElse("");
      if (c.is("npm") && (sub.equals("ci") || isInstall(sub) && projectInstall(c))) {
        return found("npm " + sub, "'key: {files: [package-lock.json]}', 'paths: [.npm/]', "
            + "with 'npm ci --cache .npm --prefer-offline'");
      }
      if (c.is("yarn") && (sub.isEmpty() || sub.equals("install"))) {
        return found(sub.isEmpty() ? "yarn" : "yarn install", "'key: {files: [yarn.lock]}', "
            + "'paths: [.yarn-cache/]', with 'yarn install --cache-folder .yarn-cache'");
      }
      if (c.is("pnpm") && isInstall(sub) && projectInstall(c)) {
        return found("pnpm " + sub, "'key: {files: [pnpm-lock.yaml]}', 'paths: [.pnpm-store/]',"
            + " with 'pnpm config set store-dir .pnpm-store'");
      }
      if (isPip(c) && pipInstallsProject(c)) {
        return found(c.name() + " install", "'key: {files: [requirements.txt]}', "
            + "'paths: [.cache/pip/]', with 'PIP_CACHE_DIR: $CI_PROJECT_DIR/.cache/pip'");
      }
      if (c.is("poetry", "pipenv") && sub.equals("install") || c.is("uv") && sub.equals("sync")) {
        return found(c.program() + " " + sub, "the lock file as key, and the tool's cache "
            + "directory moved into the project (such as 'UV_CACHE_DIR: .uv-cache')");
      }
      if (c.is("mvn", "mvnw") && !c.args().isEmpty() && !versionOnly(c)) {
        return found(c.program(), "'key: {files: [pom.xml]}', 'paths: [.m2/repository/]', "
            + "with 'MAVEN_OPTS: -Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository'");
      }
      if (c.is("gradle", "gradlew") && !c.args().isEmpty() && !versionOnly(c)) {
        return found(c.program(), "'key: {files: [gradle/wrapper/gradle-wrapper.properties]}', "
            + "'paths: [.gradle/]', with 'GRADLE_USER_HOME: $CI_PROJECT_DIR/.gradle'");
      }
      if (c.is("bundle") && sub.equals("install")) {
        return found("bundle install", "'key: {files: [Gemfile.lock]}', 'paths: [vendor/ruby/]',"
            + " with 'bundle config set path vendor/ruby'");
      }
      if (c.is("go") && sub.equals("mod") && c.arg(1).map(Word::value).orElse("")
          .equals("download")) {
        return found("go mod download", "'key: {files: [go.sum]}', 'paths: [.go/pkg/mod/]', "
            + "with 'GOPATH: $CI_PROJECT_DIR/.go'");
      }
      if (c.is("composer") && sub.equals("install")) {
        return found("composer install", "'key: {files: [composer.lock]}', "
            + "'paths: [.composer-cache/]', with 'COMPOSER_CACHE_DIR: .composer-cache'");
      }
      if (c.is("cargo") && (sub.equals("build") || sub.equals("fetch"))) {
        return found("cargo " + sub, "'key: {files: [Cargo.lock]}', 'paths: [.cargo/, target/]',"
            + " with 'CARGO_HOME: $CI_PROJECT_DIR/.cargo'");
      }
      return Optional.empty();
    }

    private static Optional<Installer> found(String command, String hint) {
      return Optional.of(new Installer(command, hint));
    }

    private static boolean isInstall(String sub) {
      return sub.equals("install") || sub.equals("i");
    }

    /** {@code npm install} of the project's package.json: no package names, not global. */
    private static boolean projectInstall(Command c) {
      return !c.hasFlag("-g", "--global") && c.operands().size() == 1;
    }

    private static boolean isPip(Command c) {
      if (c.is("pip", "pip3")) {
        return true;
      }
      return c.program().startsWith("python") && c.arg(0).map(Word::value).orElse("").equals("-m")
          && c.arg(1).map(Word::value).orElse("").matches("pip3?");
    }

    /**
     * {@code pip install -r requirements.txt} or of the project itself ({@code .}, {@code -e .}):
     * a project's dependencies, not a tool picked by name.
     */
    private static boolean pipInstallsProject(Command c) {
      List<Word> args = c.args();
      int install = -1;
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i).value().equals("install")) {
          install = i;
          break;
        }
      }
      if (install < 0) {
        return false;
      }
      for (Word w : args.subList(install + 1, args.size())) {
        String v = w.value();
        if (v.equals("-r") || v.startsWith("--requirement") || v.startsWith("-r")
            || v.equals(".") || v.startsWith("./") || v.startsWith(".[")) {
          return true;
        }
      }
      return false;
    }

    private static boolean versionOnly(Command c) {
      return c.args().stream().allMatch(w -> w.value().equals("--version")
          || w.value().equals("-v") || w.value().equals("-version") || w.value().equals("-q"));
    }
  }
}
