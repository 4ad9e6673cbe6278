package dev.plumbline.maven;

import dev.plumbline.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's CI/CD and infrastructure files with Plumbline, in the build's own JVM, and
 * fails the build when a finding is at least {@code failOn}. In a multi-module build each module
 * lints its own directory, and a parent leaves its modules' directories to them, so every file
 * is linted once.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Files and directories to lint; the project's base directory when empty. */
  @Parameter
  private List<File> paths = new ArrayList<>();

  /**
   * Report formats, as {@code --format} takes them ({@code sarif=target/plumbline.sarif});
   * console output plus SARIF into {@code target/plumbline/plumbline.sarif} when empty.
   */
  @Parameter
  private List<String> formats = new ArrayList<>();

  /** The least severe finding that fails the build: error, warning, note or never. */
  @Parameter(property = "plumbline.failOn")
  private String failOn;

  /** A configuration file to use instead of the nearest {@code .plumbline.yml}. */
  @Parameter(property = "plumbline.config")
  private File config;

  /** A baseline file whose findings are hidden (see {@code plumbline --write-baseline}). */
  @Parameter(property = "plumbline.baseline")
  private File baseline;

  /** Skips the check. */
  @Parameter(property = "plumbline.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Plumbline check skipped");
      return;
    }
    Path base = project.getBasedir().toPath();
    List<String> args = new CheckArguments(base, project.getBuild().getDirectory(),
        project.getModules()).build(paths, formats, failOn, config, baseline);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Cli.run(args.toArray(String[]::new), stdout, stderr,
          Map.of("NO_COLOR", "1"), base);
    }
    out.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::info);
    err.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::warn);
    if (status == 1) {
      throw new MojoFailureException("Plumbline found problems at or above the fail-on level;"
          + " see the findings above");
    }
    if (status != 0) {
      throw new MojoExecutionException("Plumbline could not run: "
          + err.toString(StandardCharsets.UTF_8).strip());
    }
  }
}
