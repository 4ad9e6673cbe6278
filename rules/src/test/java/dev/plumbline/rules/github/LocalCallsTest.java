package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.ProjectLint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GHA010 and GHA018 across a call: a workflow calling a reusable workflow and using an action of
 * the same repository, linted together.
 */
class LocalCallsTest {

  private static final String CALLER = ".github/workflows/ci.yml";
  private static final String CALLED = ".github/workflows/publish.yml";
  private static final String ACTION = ".github/actions/setup/action.yml";

  private static final String PUBLISH = """
      name: publish
      on:
        workflow_call:
          inputs:
            version:
              type: string
              required: true
            channel:
              type: string
              required: true
              default: stable
            dry-run:
              type: boolean
          secrets:
            NPM_TOKEN:
              required: true
            SLACK_WEBHOOK:
      permissions:
        contents: read
      jobs:
        publish:
          runs-on: ubuntu-24.04
          steps:
            - run: ./publish.sh "${{ inputs.version }}"
              env:
                NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                SENTRY: ${{ secrets.SENTRY_DSN }}
                GH: ${{ secrets.GITHUB_TOKEN }}
      """;

  private static final String SETUP = """
      name: Set up
      description: Install the toolchain
      inputs:
        version:
          description: Toolchain version
          required: true
        cache:
          description: Whether to cache
          default: "true"
      runs:
        using: composite
        steps:
          - run: ./install.sh "${{ inputs.version }}"
            shell: bash
      """;

  private static List<String> lint(String ruleId, String caller) {
    return ProjectLint.findings(ruleId, Map.of(), CALLER, caller, CALLED, PUBLISH, ACTION, SETUP);
  }

  private static String job(String body) {
    return """
        name: ci
        on: push
        permissions:
          contents: read
        jobs:
        """ + body.indent(2);
  }

  @Test
  void aCallPassingWhatTheWorkflowDeclaresIsClean() {
    assertThat(lint("GHA018", job("""
        release:
          uses: ./.github/workflows/publish.yml
          with:
            Version: 1.2.3
            dry-run: true
          secrets:
            NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
        """))).isEmpty();
  }

  @Test
  void undeclaredAndMissingInputsAndSecretsAreReported() {
    assertThat(lint("GHA018", job("""
        release:
          uses: ./.github/workflows/publish.yml
          with:
            verison: 1.2.3
          secrets:
            NPM_TOKN: ${{ secrets.NPM_TOKEN }}
        """))).containsExactly(
        CALLER + ":6:3 job 'release' does not pass input 'version', which "
            + "'./.github/workflows/publish.yml' requires and gives no default",
        CALLER + ":6:3 job 'release' does not pass secret 'NPM_TOKEN', which "
            + "'./.github/workflows/publish.yml' requires",
        CALLER + ":9:7 './.github/workflows/publish.yml' declares no input 'verison' (it "
            + "declares version, channel, dry-run); did you mean 'version'?",
        CALLER + ":11:7 './.github/workflows/publish.yml' declares no secret 'NPM_TOKN' (it "
            + "declares NPM_TOKEN, SLACK_WEBHOOK); did you mean 'NPM_TOKEN'?");
  }

  @Test
  void inheritedSecretsCountAsPassed() {
    assertThat(lint("GHA018", job("""
        release:
          uses: ./.github/workflows/publish.yml
          with:
            version: 1.2.3
          secrets: inherit
        """))).isEmpty();
  }

  @Test
  void aWorkflowWithoutWorkflowCallCannotBeCalled() {
    assertThat(ProjectLint.findings("GHA018", Map.of(), CALLER, job("""
        release:
          uses: ./.github/workflows/publish.yml
        """), CALLED, PUBLISH.replace("workflow_call", "workflow_dispatch"))).containsExactly(
        CALLER + ":7:11 './.github/workflows/publish.yml' cannot be called from a job: it has no "
            + "'workflow_call' trigger");
  }

  @Test
  void workflowsAndActionsNotInTheRepositoryAreNotJudged() {
    assertThat(lint("GHA018", job("""
        release:
          uses: ./.github/workflows/elsewhere.yml
          with:
            anything: 1
        build:
          runs-on: ubuntu-24.04
          steps:
            - uses: ./.github/actions/missing
              with:
                anything: 1
        """))).isEmpty();
  }

  @Test
  void localActionInputsAreCheckedAgainstItsMetadata() {
    assertThat(lint("GHA018", job("""
        build:
          runs-on: ubuntu-24.04
          steps:
            - uses: ./.github/actions/setup
              with:
                version: 1.2.3
                cache: false
            - name: Setup again
              uses: ./.github/actions/setup
              with:
                cahce: false
        """))).containsExactly(
        CALLER + ":13:9 step 'Setup again' does not pass input 'version', which action "
            + "'./.github/actions/setup' requires and gives no default",
        CALLER + ":16:11 action './.github/actions/setup' declares no input 'cahce' (it declares "
            + "version, cache); did you mean 'cache'?");
  }

  @Test
  void aCompositeActionCallingAnotherLocalActionIsChecked() {
    String other = """
        name: Other
        description: Calls setup
        runs:
          using: composite
          steps:
            - uses: ./.github/actions/setup
              with:
                versoin: 1
        """;
    assertThat(ProjectLint.findings("GHA018", Map.of(), ACTION, SETUP,
        ".github/actions/other/action.yml", other)).containsExactly(
        ".github/actions/other/action.yml:6:7 step 'step 1' does not pass input 'version', which "
            + "action './.github/actions/setup' requires and gives no default",
        ".github/actions/other/action.yml:8:9 action './.github/actions/setup' declares no input "
            + "'versoin' (it declares version, cache); did you mean 'version'?");
  }

  @Test
  void secretsInheritListsTheSecretsTheLocalWorkflowDeclaresAndReads() {
    List<String> findings = lint("GHA010", job("""
        release:
          uses: ./.github/workflows/publish.yml
          with:
            version: 1.2.3
          secrets: inherit
        """));
    assertThat(findings).containsExactly(CALLER + ":10:14 'secrets: inherit' hands every secret "
        + "of the repository, its environments and its organization to "
        + "'./.github/workflows/publish.yml', whatever it needs (it declares NPM_TOKEN, "
        + "SLACK_WEBHOOK)");
  }

  @Test
  void secretsInheritHintNamesTheSecretsToPass() {
    assertThat(ProjectLint.hints("GHA010", Map.of(), CALLER, job("""
        release:
          uses: ./.github/workflows/publish.yml
          secrets: inherit
        """), CALLED, PUBLISH)).containsExactly("pass only the secrets it declares: secrets: { "
        + "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}, SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }} }; it "
        + "also reads SENTRY_DSN without declaring them: declare them under its "
        + "on.workflow_call.secrets and pass them too");
  }

  @Test
  void secretsInheritToAWorkflowThatUsesNoSecretsSaysSo() {
    String plain = """
        name: lint
        on: workflow_call
        permissions:
          contents: read
        jobs:
          lint:
            runs-on: ubuntu-24.04
            steps:
              - run: make lint
        """;
    assertThat(ProjectLint.findings("GHA010", Map.of(), CALLER, job("""
        lint:
          uses: ./.github/workflows/lint.yml
          secrets: inherit
        """), ".github/workflows/lint.yml", plain)).singleElement().asString()
        .endsWith("; it declares and reads no secret");
  }

  @Test
  void aCallAtTheCallersCommitIsResolvedToo() {
    assertThat(lint("GHA018", job("""
        release:
          uses: $/.github/workflows/publish.yml
          with:
            version: 1.2.3
            extra: 1
          secrets: inherit
        """))).containsExactly(CALLER + ":10:7 '$/.github/workflows/publish.yml' declares no "
        + "input 'extra' (it declares version, channel, dry-run)");
  }

  @Test
  void secretsInheritToAWorkflowThatOnlyReadsUndeclaredSecretsNamesThem() {
    String undeclared = """
        name: images
        on: workflow_call
        permissions:
          contents: read
        jobs:
          push:
            runs-on: ubuntu-24.04
            steps:
              - run: ./push.sh
                env:
                  TOKEN: ${{ secrets['DOCKERHUB_TOKEN'] }}
        """;
    assertThat(ProjectLint.hints("GHA010", Map.of(), CALLER, job("""
        images:
          uses: ./.github/workflows/images.yml
          secrets: inherit
        """), ".github/workflows/images.yml", undeclared)).containsExactly("it reads "
        + "DOCKERHUB_TOKEN without declaring them: declare them under its on.workflow_call.secrets "
        + "and pass them too");
  }
}
