package dev.plumbline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plumbline",
    versionProvider = Version.class,
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "[COMMAND]",
    description = {
        "Lint CI/CD pipelines and infrastructure code: GitHub Actions workflows and actions,",
        "GitLab CI pipelines, Dockerfiles, Kubernetes manifests and Terraform.",
        "",
        "Without a command, runs 'check' on the given paths (default: the current directory).",
        "Exit status: 0 no findings at or above --fail-on, 1 findings at or above it,",
        "2 usage, configuration or I/O error. Findings hidden by --baseline or suppressed",
        "in the source never fail the run; --write-baseline always exits with 0."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  plumbline                            lint the current repository",
        "  plumbline .github/workflows/ci.yml   lint one file",
        "  plumbline --format console --format sarif=build/plumbline.sarif",
        "                                       print findings and write SARIF",
        "  plumbline --fail-on error .          fail only on errors",
        "  plumbline --write-baseline plumbline-baseline.json",
        "                                       accept today's findings",
        "  plumbline --baseline plumbline-baseline.json",
        "                                       report only findings not in the baseline",
        "  cat ci.yml | plumbline --stdin-filename .github/workflows/ci.yml -",
        "                                       lint standard input as that file",
        "  plumbline rules                      list every rule",
        "  plumbline explain GHA004             why a rule matters, how to fix it",
        "  plumbline score --format html=score.html",
        "                                       the repository's DevOps maturity score",
        "  plumbline init                       write a starter .plumbline.yml"})
final class PlumblineCommand implements Callable<Integer> {

  private final Environment environment;

  @Mixin
  CheckOptions options;

  PlumblineCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return new CheckRunner(environment).run(options);
  }
}
